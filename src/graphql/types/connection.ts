import type { ObjectRef, SchemaTypes } from '@pothos/core';
import { builder, type SubGraph } from '../builder.js';

type BuilderTypes =
  typeof builder extends PothosSchemaTypes.SchemaBuilder<infer Types extends SchemaTypes> ? Types : never;

/** One page of a list, with the cursor of each node. */
export interface Page<T> {
  nodes: T[];
  cursors: string[];
  hasNextPage: boolean;
  totalCount: number;
}

export const MAX_PAGE = 500;

/** Clamps a client's `first` to a sane page size. */
export const pageSize = (first: number | null | undefined, fallback = 50) =>
  Math.min(Math.max(first ?? fallback, 1), MAX_PAGE);

/** Splits a fetched `limit + 1` rows into a page: the extra row only tells there is a next page. */
export function toPage<T>(
  rows: T[],
  limit: number,
  totalCount: number,
  cursorOf: (node: T) => string,
): Page<T> {
  const nodes = rows.slice(0, limit);
  return { nodes, cursors: nodes.map(cursorOf), hasNextPage: rows.length > limit, totalCount };
}

export const emptyPage = <T>(): Page<T> => ({ nodes: [], cursors: [], hasNextPage: false, totalCount: 0 });

const PageInfo = builder.objectRef<{ hasNextPage: boolean; endCursor: string | null }>('PageInfo').implement({
  subGraphs: ['public', 'internal'],
  fields: (t) => ({
    hasNextPage: t.exposeBoolean('hasNextPage'),
    endCursor: t.exposeString('endCursor', { nullable: true }),
  }),
});

/** A Relay-style `<Name>Connection` (edges, nodes, pageInfo, totalCount) over a node type. */
export function connectionType<T>(
  name: string,
  node: ObjectRef<BuilderTypes, T>,
  subGraphs: SubGraph[] = ['internal'],
) {
  const Edge = builder.objectRef<{ cursor: string; node: T }>(`${name}Edge`).implement({
    subGraphs,
    fields: (t) => ({
      cursor: t.exposeString('cursor'),
      // Generic T cannot satisfy Pothos's conditional resolver type; the ref guarantees the shape.
      node: t.field({ type: node, resolve: (edge) => edge.node as never }),
    }),
  });
  return builder.objectRef<Page<T>>(`${name}Connection`).implement({
    subGraphs,
    fields: (t) => ({
      totalCount: t.exposeInt('totalCount'),
      nodes: t.field({ type: [node], resolve: (page) => page.nodes }),
      edges: t.field({
        type: [Edge],
        resolve: (page) => page.nodes.map((n, i) => ({ node: n, cursor: page.cursors[i] ?? '' })),
      }),
      pageInfo: t.field({
        type: PageInfo,
        resolve: (page) => ({ hasNextPage: page.hasNextPage, endCursor: page.cursors.at(-1) ?? null }),
      }),
    }),
  });
}
