import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { actorFromToken } from '../auth/auth.service.js';
import type { AppServices, GraphQLContext } from '../graphql/context.js';
import { domainErrorOf, maskError } from '../graphql/errors.js';
import { schema } from '../graphql/schema.js';

export type SunshineYoga = YogaServerInstance<Record<string, unknown>, GraphQLContext>;

export interface YogaOptions {
  graphiql: boolean;
}

/** The GraphQL endpoint. Tests call `yoga.fetch()` in-process; the HTTP server mounts it at /graphql. */
export function createSunshineYoga(services: AppServices, options: YogaOptions): SunshineYoga {
  return createYoga<Record<string, unknown>, GraphQLContext>({
    schema,
    graphqlEndpoint: '/graphql',
    graphiql: options.graphiql ? { title: 'Sunshine 阳光国资 GraphQL' } : false,
    landingPage: false,
    logging: {
      debug: (...args) => services.logger.debug(args.map(String).join(' ')),
      info: (...args) => services.logger.info(args.map(String).join(' ')),
      warn: (...args) => services.logger.warn(args.map(String).join(' ')),
      // Refusals are expected (a wrong password, a stranger's id): not errors worth an alert.
      error: (...args) =>
        domainErrorOf(args[0])
          ? services.logger.debug({ code: domainErrorOf(args[0])?.code }, 'request refused')
          : services.logger.error({ err: args[0] }, 'graphql error'),
    },
    maskedErrors: { maskError },
    context: async ({ request }) => ({ ...services, actor: await actorFromRequest(services, request) }),
  });
}

async function actorFromRequest(services: AppServices, request: Request) {
  const header = request.headers.get('authorization');
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  // A missing, malformed or expired token makes the caller anonymous; protected fields then
  // answer UNAUTHENTICATED, public ones still work.
  return match?.[1] ? actorFromToken(services.db, services.signer, match[1]) : null;
}
