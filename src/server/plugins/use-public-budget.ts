import type { IncomingMessage } from 'node:http';
import type { Plugin } from 'graphql-yoga';
import type { AppServices } from '../../graphql/context.js';
import { callerOf } from '../audience.js';

/**
 * Anonymous GraphQL requests spend the caller's address budget (PUBLIC_REQUESTS_PER_MINUTE) before
 * their body is read; signed-in callers are not counted. Over it: TOO_MANY_REQUESTS, HTTP 429.
 */
export function usePublicBudget(services: AppServices): Plugin<Record<string, unknown>> {
  return {
    async onRequestParse({ request, serverContext }) {
      if (await callerOf(services, request)) return;
      const req = (serverContext as { req?: IncomingMessage }).req;
      await services.publicBudget.take(services.addressOf(req));
    },
  };
}
