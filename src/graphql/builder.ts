import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import PrismaPlugin from '@pothos/plugin-prisma';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import SubGraphPlugin from '@pothos/plugin-sub-graph';
import { DateTimeResolver, JSONResolver } from 'graphql-scalars';
import { forbidden, unauthenticated } from '../errors.js';
import type PrismaTypes from '../generated/pothos-types.js';
import { getDatamodel } from '../generated/pothos-types.js';
import { queryTooComplex } from './complexity-error.js';
import type { GraphQLContext } from './context.js';

/**
 * Two audiences, one builder: `internal` (signed-in users) and `public` (anyone). Types and root
 * fields are internal unless they opt in with `subGraphs: PUBLIC`, so nothing reaches the public
 * schema by accident; the public schema is built from the opted-in part only.
 */
export type SubGraph = 'public' | 'internal';
export const PUBLIC: SubGraph[] = ['public', 'internal'];

/** Configures the builder; defines no types (one file per domain type does that). */
export const builder = new SchemaBuilder<{
  Context: GraphQLContext;
  PrismaTypes: PrismaTypes;
  SubGraphs: SubGraph;
  AuthScopes: {
    authenticated: boolean;
    filer: boolean;
    reviewer: boolean;
    approver: boolean;
    regulator: boolean;
    admin: boolean;
  };
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    JSON: { Input: unknown; Output: unknown };
    /** 'YYYY-MM-DD' (src/graphql/types/date.ts). */
    Date: { Input: string; Output: string | Date };
    File: { Input: File; Output: never };
    // Typed records (src/graphql/types/records-scalars.ts): exact text forms, never JS numbers or Dates.
    Decimal: { Input: string; Output: string };
    YearMonth: { Input: string; Output: string };
    LocalDateTime: { Input: string; Output: string };
  };
  DefaultFieldNullability: false;
}>({
  // scope-auth must come first so that it wraps every other plugin's resolvers.
  plugins: [ScopeAuthPlugin, SubGraphPlugin, PrismaPlugin, ComplexityPlugin],
  // A public type's fields are public too; the Query and Mutation roots override this below.
  subGraphs: { defaultForTypes: ['internal'], fieldsInheritFromTypes: true },
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: (ctx) => ({
      authenticated: ctx.actor !== null,
      filer: ctx.actor?.role === 'ENTERPRISE_FILER',
      reviewer: ctx.actor?.role === 'REGULATOR_REVIEWER',
      approver: ctx.actor?.role === 'REGULATOR_APPROVER',
      regulator: ctx.actor?.role === 'REGULATOR_REVIEWER' || ctx.actor?.role === 'REGULATOR_APPROVER',
      admin: ctx.actor?.role === 'PLATFORM_ADMIN',
    }),
    // Anonymous callers are told to sign in; signed-in callers that lack the role are refused.
    unauthorizedError: (_parent, ctx) => (ctx.actor ? forbidden() : unauthenticated()),
  },
  prisma: {
    client: (ctx) => ctx.db.prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: false,
    onUnusedQuery: null,
  },
  complexity: {
    defaultComplexity: 1,
    defaultListMultiplier: 10,
    limit: { complexity: 5000, depth: 12, breadth: 100 },
    // Pothos checks while executing: its own error would be masked as a 500 (issue 14).
    complexityError: (kind, result) => queryTooComplex(kind, result),
  },
});

builder.addScalarType('DateTime', DateTimeResolver, { subGraphs: PUBLIC });
builder.addScalarType('JSON', JSONResolver, { subGraphs: PUBLIC });
// Both roots exist in both schemas, but each root field is internal unless it opts in.
builder.queryType({ subGraphs: PUBLIC, defaultSubGraphsForFields: ['internal'] });
builder.mutationType({ subGraphs: PUBLIC, defaultSubGraphsForFields: ['internal'] });
