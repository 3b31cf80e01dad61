import type { GraphQLError } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';
import type { Localized } from '../../schema/core/localized.js';
import { DomainError } from '../errors.js';

interface GraphQLErrorLike {
  name: 'GraphQLError';
  message: string;
  originalError?: unknown;
  nodes?: GraphQLError['nodes'];
  path?: GraphQLError['path'];
  extensions?: Record<string, unknown>;
}

// Duck-typed on purpose: under some loaders the executor's GraphQLError class is a different copy
// (ESM vs CommonJS build of graphql), so `instanceof` would wrongly mask every refusal.
const isGraphQLError = (error: unknown): error is GraphQLErrorLike =>
  error instanceof Error && error.name === 'GraphQLError';

/**
 * Unwraps the domain refusal behind a GraphQL error, if there is one: a scalar's refusal of a
 * variable arrives wrapped twice ("Variable $file got invalid value …; Expected type File. …").
 */
export function domainErrorOf(error: unknown, depth = 0): DomainError | undefined {
  if (error instanceof DomainError) return error;
  if (!isGraphQLError(error) || depth > 3) return undefined;
  return domainErrorOf(error.originalError, depth + 1);
}

// The codes GraphQL and Yoga give a request they refuse before running it: the request's fault.
const REQUEST_CODES: Record<string, string> = {
  GRAPHQL_PARSE_FAILED: '查询语法错误',
  GRAPHQL_VALIDATION_FAILED: '查询不符合接口定义',
  BAD_REQUEST: '请求格式错误',
  BAD_USER_INPUT: '参数无效',
};

/**
 * A refusal raised by GraphQL or Yoga themselves (syntax, validation, variables, an unreadable
 * body): safe to show, but it only has English words and sometimes an inner error attached.
 */
export function requestRefusalOf(error: unknown): { code: string; en: string } | undefined {
  if (!isGraphQLError(error) || domainErrorOf(error)) return undefined;
  const code = typeof error.extensions?.code === 'string' ? error.extensions.code : undefined;
  if (code && code in REQUEST_CODES) return { code, en: error.message };
  // GraphQL's own errors carry no inner error; anything wrapping one is a resolver's failure.
  if (code || error.originalError) return undefined;
  const kind = error.message.startsWith('Syntax Error')
    ? 'GRAPHQL_PARSE_FAILED'
    : 'GRAPHQL_VALIDATION_FAILED';
  return { code: kind, en: error.message };
}

export const localizedRefusal = (code: string, en: string): Localized => ({
  zh: `${REQUEST_CODES[code] ?? '请求无效'}：${en}`,
  en,
});

/**
 * Yoga's error mask: expected refusals (DomainError) reach the client with their stable
 * `extensions.code` and both languages; refusals of the request by GraphQL or Yoga keep their code
 * and gain a Chinese message (inner errors dropped); anything else is a bug, logged by the caller
 * and masked, never with a stack.
 */
export function maskError(error: unknown, message: string): Error {
  // Already masked (coded and bilingual): Yoga may pass a result's errors through here again.
  if (isGraphQLError(error) && !error.originalError && error.extensions?.message) return error as Error;
  const location = isGraphQLError(error) ? { nodes: error.nodes, path: error.path } : {};
  // A refusal outside any field (variables, limits, the body) is the whole request's: HTTP 400
  // unless it says otherwise ("spec": JSON clients keep 200, as for GraphQL's validation errors).
  const http = isGraphQLError(error) && error.path ? {} : { http: { spec: true, status: 400 } };
  const refusal = domainErrorOf(error);
  if (refusal) {
    return createGraphQLError(refusal.localized.en, {
      ...location,
      extensions: { code: refusal.code, message: refusal.localized, ...http, ...refusal.details },
    });
  }
  const request = requestRefusalOf(error);
  if (request && isGraphQLError(error)) {
    return createGraphQLError(request.en, {
      ...location,
      extensions: {
        code: request.code,
        message: localizedRefusal(request.code, request.en),
        ...http,
        ...(error.extensions?.http ? { http: error.extensions.http } : {}),
      },
    });
  }
  return createGraphQLError(message, {
    ...location,
    extensions: { code: 'INTERNAL_SERVER_ERROR', message: { zh: '服务器内部错误', en: message } },
  });
}
