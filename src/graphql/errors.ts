import { GraphQLError } from 'graphql';
import { DomainError } from '../errors.js';

/**
 * Yoga's error mask: expected refusals (DomainError) reach the client with their stable
 * `extensions.code` and both languages; anything else is a bug, logged by the caller and masked.
 */
export function maskError(error: unknown, message: string): Error {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original instanceof DomainError) {
    return new GraphQLError(original.localized.en, {
      nodes: error instanceof GraphQLError ? error.nodes : undefined,
      path: error instanceof GraphQLError ? error.path : undefined,
      extensions: { code: original.code, message: original.localized, ...original.details },
    });
  }
  // Errors raised by GraphQL itself (validation, bad variables) are already safe to show.
  if (error instanceof GraphQLError && !error.originalError) return error;
  return new GraphQLError(message, {
    nodes: error instanceof GraphQLError ? error.nodes : undefined,
    path: error instanceof GraphQLError ? error.path : undefined,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  });
}
