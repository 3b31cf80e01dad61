import type { IncomingMessage } from 'node:http';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import type { AppServices, GraphQLContext } from '../graphql/context.js';
import { maskError } from '../graphql/errors.js';
import { internalSchema, publicSchema } from '../graphql/schema.js';
import { callerOf } from './audience.js';
import { useArgumentLimits } from './plugins/use-argument-limits.js';
import { useBilingualValidation } from './plugins/use-bilingual-validation.js';
import { usePublicBudget } from './plugins/use-public-budget.js';
import { usePublicLimits } from './plugins/use-public-limits.js';
import { useQueryLimits } from './plugins/use-query-limits.js';
import { useSignInHint } from './plugins/use-sign-in-hint.js';
import { useUploadLimit } from './plugins/use-upload-limit.js';
import { yogaLogging } from './yoga-logging.js';

export type SunshineYoga = YogaServerInstance<Record<string, unknown>, GraphQLContext>;

export interface YogaOptions {
  graphiql: boolean;
  /** In production anonymous callers cannot introspect, nor probe, the internal schema. */
  production: boolean;
  /** Operational plugins (metrics, request ids) added by the app. */
  plugins?: Plugin[];
}

/**
 * The GraphQL endpoint. Tests call `yoga.fetch()` in-process; the HTTP server mounts it at /graphql.
 * Anonymous callers are served the public schema (published, redacted data, under query limits);
 * signed-in callers the internal one, which contains every public type and field as well.
 * docs/limits.md lists every limit a request meets here.
 */
export function createSunshineYoga(services: AppServices, options: YogaOptions): SunshineYoga {
  return createYoga<Record<string, unknown>, GraphQLContext>({
    schema: async ({ request }) => ((await callerOf(services, request)) ? internalSchema : publicSchema),
    plugins: [
      usePublicBudget(services),
      useUploadLimit(services.limits),
      useQueryLimits(),
      usePublicLimits(publicSchema),
      useSignInHint(publicSchema, internalSchema, options),
      useDisableIntrospection({
        isDisabled: async (request) => options.production && !(await callerOf(services, request)),
      }),
      ...(options.plugins ?? []),
      useArgumentLimits(),
      useBilingualValidation(services.logger),
    ],
    // useUploadLimit enforces the limits from MAX_UPLOAD_BYTES and MAX_REQUEST_BYTES; Yoga's
    // default (25 MB, refused in bare English) refused files the limit allows.
    maxRequestBodySize: false,
    graphqlEndpoint: '/graphql',
    graphiql: options.graphiql ? { title: 'Sunshine 阳光国资 GraphQL' } : false,
    // The GraphiQL page with its scripts inlined from the installed package: no CDN, so it works on
    // an intranet without internet.
    renderGraphiQL,
    landingPage: false,
    logging: yogaLogging(services.logger),
    maskedErrors: { maskError },
    context: async ({ request, req }) => ({
      ...services,
      actor: await callerOf(services, request),
      clientAddress: services.addressOf(req as IncomingMessage | undefined),
    }),
  });
}
