import type { GraphQLSchema } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { DomainError, unauthenticated } from '../../errors.js';

// GraphQL's wording (graphql-js 16) when a document names something the schema does not have.
const UNKNOWN_NAME =
  /^(Cannot query field|Unknown argument|Unknown type|Unknown directive|Value ".*" does not exist)/;

/** Production's one answer to an anonymous document naming anything outside the public schema. */
const notPublic = () =>
  new DomainError('UNAUTHENTICATED', {
    zh: '请先登录，或检查查询中的字段名称',
    en: 'Sign in first, or check the field names in the query',
  });

const asValidationError = (refusal: DomainError) =>
  createGraphQLError(refusal.localized.en, {
    extensions: { code: refusal.code, message: refusal.localized },
  });

/**
 * Anonymous callers get the public schema, where internal operations do not exist.
 * - In development, an operation that is valid in the internal schema but not in the public one is
 *   answered UNAUTHENTICATED, as CONTRACT.md promises for protected operations; a misspelt one gets
 *   GraphQL's "Cannot query field".
 * - In production that difference would let anyone map the internal schema with introspection
 *   off, so every document that names a field, argument or type the public schema lacks — internal
 *   or nonexistent — gets one and the same refusal.
 */
export function useSignInHint(
  publicSchema: GraphQLSchema,
  internalSchema: GraphQLSchema,
  options: { production: boolean },
): Plugin {
  return {
    onValidate({ params, validateFn }) {
      if (params.schema !== publicSchema) return;
      return ({ result, setResult }) => {
        if (result.length === 0) return;
        const document = params.documentAST;
        if (options.production) {
          if (result.some((error) => UNKNOWN_NAME.test(error.message)))
            setResult([asValidationError(notPublic())]);
          return;
        }
        // Yoga's own validate: under some loaders `graphql` is loaded twice, and schemas do not cross.
        if (validateFn(internalSchema, document).length > 0) return;
        // Errors that the public schema alone explains (depth, aliases …) stay as they are.
        if (validateFn(publicSchema, document).length === 0) return;
        setResult([asValidationError(unauthenticated())]);
      };
    },
  };
}
