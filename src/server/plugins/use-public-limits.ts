import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** Limits for anonymous callers; documented in the README. */
export const PUBLIC_LIMITS = { depth: 8, aliases: 10, cost: 5000 };

/**
 * graphql-armor's depth, alias and cost rules, applied only when a request runs against the public
 * schema: anyone can send those, while signed-in users are known and already held by the Pothos
 * complexity limits. The rules join validation, so a refused query never executes.
 */
export function usePublicLimits(publicSchema: GraphQLSchema): Plugin {
  const rules = [
    maxDepthRule({ n: PUBLIC_LIMITS.depth, exposeLimits: true }),
    maxAliasesRule({ n: PUBLIC_LIMITS.aliases, exposeLimits: true }),
    costLimitRule({ maxCost: PUBLIC_LIMITS.cost, exposeLimits: true }),
  ];
  return {
    onValidate({ params, addValidationRule }) {
      if (params.schema !== publicSchema) return;
      for (const rule of rules) addValidationRule(rule);
    },
  };
}
