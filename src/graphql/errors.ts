import { GraphQLError } from 'graphql';
import { DomainError } from '../errors.js';

interface GraphQLErrorLike {
  name: 'GraphQLError';
  originalError?: unknown;
  nodes?: GraphQLError['nodes'];
  path?: GraphQLError['path'];
}

// Duck-typed on purpose: under some loaders the executor's GraphQLError class is a different copy
// (ESM vs CommonJS build of graphql), so `instanceof` would wrongly mask every refusal.
const isGraphQLError = (error: unknown): error is GraphQLErrorLike =>
  error instanceof Error && error.name === 'GraphQLError';

/** Unwraps the domain refusal behind a GraphQL error, if there is one. */
export function domainErrorOf(error: unknown): DomainError | undefined {
  const original = isGraphQLError(error) ? error.originalError : error;
  return original instanceof DomainError ? original : undefined;
}

/**
 * Yoga's error mask: expected refusals (DomainError) reach the client with their stable
 * `extensions.code` and both languages; anything else is a bug, logged by the caller and masked.
 */
export function maskError(error: unknown, message: string): Error {
  const location = isGraphQLError(error) ? { nodes: error.nodes, path: error.path } : {};
  const refusal = domainErrorOf(error);
  if (refusal) {
    return new GraphQLError(refusal.localized.en, {
      ...location,
      extensions: { code: refusal.code, message: refusal.localized, ...refusal.details },
    });
  }
  // Errors raised by GraphQL itself (syntax, validation, bad variables) are already safe to show.
  if (isGraphQLError(error) && !error.originalError) return error as unknown as GraphQLError;
  return new GraphQLError(message, { ...location, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
}
