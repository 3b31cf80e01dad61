import type { ObjectRef, SchemaTypes } from '@pothos/core';
import { builder, type SubGraph } from '../builder.js';

type BuilderTypes =
  typeof builder extends PothosSchemaTypes.SchemaBuilder<infer Types extends SchemaTypes> ? Types : never;

/** One page of a list, with the cursor of each node. */
export interface Page<T> {
  nodes: T[];
  cursors: string[];
  hasNextPage: boolean;
  /** A number, or how to count: then the count runs only when a client selects totalCount. */
  totalCount: number | (() => Promise<number>);
}

export const MAX_PAGE = 500;

/** Clamps a client's `first` to a sane page size. */
export const pageSize = (first: number | null | undefined, fallback = 50) =>
  Math.min(Math.max(first ?? fallback, 1), MAX_PAGE);

/**
 * Splits a fetched `limit + 1` rows into a page: the extra row only tells there is a next page.
 * Each cursor is encoded when first read: most clients ask for `pageInfo.endCursor` only, and
 * encoding fifty cursors cost a public page more than its query's own parsing (bench:public).
 */
export function toPage<T>(
  rows: T[],
  limit: number,
  totalCount: Page<T>['totalCount'],
  cursorOf: (node: T) => string,
): Page<T> {
  const nodes = rows.slice(0, limit);
  return { nodes, cursors: lazyCursors(nodes, cursorOf), hasNextPage: rows.length > limit, totalCount };
}

/** An array of the nodes' cursors, each computed on first access (indexing, `at`, `map` alike). */
function lazyCursors<T>(nodes: T[], cursorOf: (node: T) => string): string[] {
  const known: string[] = new Array(nodes.length);
  return new Proxy(known, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) {
        const node = nodes[Number(key)];
        if (node !== undefined) target[Number(key)] ??= cursorOf(node);
      }
      return Reflect.get(target, key, receiver);
    },
    // Array methods skip holes they are told are not there: every index of a node is there.
    has: (target, key) =>
      (typeof key === 'string' && /^\d+$/.test(key) && Number(key) < nodes.length) ||
      Reflect.has(target, key),
  });
}

export const emptyPage = <T>(): Page<T> => ({ nodes: [], cursors: [], hasNextPage: false, totalCount: 0 });

export const PageInfo = builder
  .objectRef<{ hasNextPage: boolean; endCursor: string | null }>('PageInfo')
  .implement({
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
      totalCount: t.int({
        resolve: (page) => (typeof page.totalCount === 'function' ? page.totalCount() : page.totalCount),
      }),
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
