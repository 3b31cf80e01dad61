import { GraphQLError, type GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { unauthenticated } from '../../errors.js';

/**
 * Anonymous callers get the public schema, where internal operations do not exist. Rather than
 * "Cannot query field 'me'", an operation that is valid in the internal schema but not in the
 * public one is answered UNAUTHENTICATED, as CONTRACT.md promises for protected operations.
 */
export function useSignInHint(publicSchema: GraphQLSchema, internalSchema: GraphQLSchema): Plugin {
  return {
    onValidate({ params, validateFn }) {
      if (params.schema !== publicSchema) return;
      return ({ result, setResult }) => {
        if (result.length === 0) return;
        const document = params.documentAST;
        // Yoga's own validate: under some loaders `graphql` is loaded twice, and schemas do not cross.
        if (validateFn(internalSchema, document).length > 0) return;
        // Errors that the public schema alone explains (depth, aliases …) stay as they are.
        if (validateFn(publicSchema, document).length === 0) return;
        const refusal = unauthenticated();
        setResult([
          new GraphQLError(refusal.localized.en, {
            extensions: { code: refusal.code, message: refusal.localized },
          }),
        ]);
      };
    },
  };
}
