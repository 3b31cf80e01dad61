import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { AppServices, GraphQLContext } from '../graphql/context.js';
import { domainErrorOf, maskError } from '../graphql/errors.js';
import { internalSchema, publicSchema } from '../graphql/schema.js';
import { callerOf } from './audience.js';
import { usePublicLimits } from './plugins/use-public-limits.js';
import { useSignInHint } from './plugins/use-sign-in-hint.js';
import { useUploadLimit } from './plugins/use-upload-limit.js';

export type SunshineYoga = YogaServerInstance<Record<string, unknown>, GraphQLContext>;

export interface YogaOptions {
  graphiql: boolean;
  /** In production anonymous callers cannot introspect the (public) schema. */
  production: boolean;
}

/**
 * The GraphQL endpoint. Tests call `yoga.fetch()` in-process; the HTTP server mounts it at /graphql.
 * Anonymous callers are served the public schema (published, redacted data, under query limits);
 * signed-in callers the internal one, which contains every public type and field as well.
 */
export function createSunshineYoga(services: AppServices, options: YogaOptions): SunshineYoga {
  return createYoga<Record<string, unknown>, GraphQLContext>({
    schema: async ({ request }) => ((await callerOf(services, request)) ? internalSchema : publicSchema),
    plugins: [
      useUploadLimit(services.limits.maxUploadBytes),
      usePublicLimits(publicSchema),
      useSignInHint(publicSchema, internalSchema),
      useDisableIntrospection({
        isDisabled: async (request) => options.production && !(await callerOf(services, request)),
      }),
    ],
    // useUploadLimit enforces the limit from MAX_UPLOAD_BYTES; Yoga's default (25 MB, refused in
    // bare English) refused files the limit allows.
    maxRequestBodySize: false,
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
    context: async ({ request }) => ({ ...services, actor: await callerOf(services, request) }),
  });
}
