import type { GraphQLError } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { REQUEST_ID_HEADER } from '../request-id.js';

/**
 * Every GraphQL error the client sees carries `extensions.requestId`, the id that is also on the
 * request's log line: support finds the log entry from a user's screenshot of the error.
 */
export function useRequestIdInErrors(): Plugin {
  return {
    onResultProcess({ request, result, setResult }) {
      const requestId = request.headers.get(REQUEST_ID_HEADER);
      if (!requestId || Array.isArray(result) || !('errors' in result) || !result.errors) return;
      setResult({ ...result, errors: result.errors.map((error) => withRequestId(error, requestId)) });
    },
  };
}

/**
 * Made by Yoga's createGraphQLError, not `new GraphQLError` from our ESM import of graphql: Yoga
 * (CommonJS) only recognises its own copy's class, and drops the internal `extensions.http`
 * (status, headers) from errors it recognises — from ours it leaked to every client over HTTP.
 */
function withRequestId(error: GraphQLError, requestId: string): GraphQLError {
  return createGraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: { ...error.extensions, requestId },
  });
}
