import { createGraphQLError, type Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import { localizedRefusal } from '../../graphql/errors.js';

/**
 * GraphQL's validation errors ("Cannot query field …", limits of graphql-armor) come in English
 * only and never pass the error mask: each gains the code and a Chinese message here, as every
 * other refusal has, and is logged at warn (they never reach Yoga's error log). Registered last, so
 * it also sees what the other validation plugins decided.
 */
export function useBilingualValidation(logger: Logger): Plugin {
  return {
    onValidate() {
      return ({ result, setResult }) => {
        if (result.length === 0) return;
        const first = result[0];
        const code = first?.extensions?.code ?? 'GRAPHQL_VALIDATION_FAILED';
        // An anonymous caller asking for a protected operation is ordinary (a session that ended).
        logger[code === 'UNAUTHENTICATED' ? 'debug' : 'warn'](
          { code, reason: first?.message.slice(0, 300) },
          'request refused',
        );
        if (result.every((error) => error.extensions?.message)) return;
        setResult(
          result.map((error) =>
            error.extensions?.message
              ? error
              : createGraphQLError(error.message, {
                  nodes: error.nodes,
                  extensions: {
                    ...error.extensions,
                    code: 'GRAPHQL_VALIDATION_FAILED',
                    message: localizedRefusal('GRAPHQL_VALIDATION_FAILED', error.message),
                  },
                }),
          ),
        );
      };
    },
  };
}
