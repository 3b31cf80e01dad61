import type { DatasetDefinition } from '../../schema/core/dataset.js';
import type { Actor } from '../auth/actor.js';
import type { SqlClient } from '../db/database.js';
import { badInput } from '../submissions/access.js';
import { type Audience, audienceOf, type RecordOptions } from './audience.js';
import { outputExpr } from './expressions.js';
import { recordFields } from './fields.js';
import { afterSql, cursorColumns, cursorOf, type OrderInput, orderSql, sortKeys } from './order.js';
import { scopedRows, withCondition } from './query.js';
import { join, raw, render, type Sql, sql } from './sql.js';
import type { Where } from './where.js';

export interface RecordsInput extends RecordOptions {
  where?: Where | null;
  orderBy?: OrderInput[] | null;
  first?: number | null;
  after?: string | null;
}

/** A row as selected: `__`-prefixed columns about the record, then its fields by key. */
export type RecordRow = Record<string, unknown>;

export interface RecordPage {
  nodes: RecordRow[];
  cursors: string[];
  hasNextPage: boolean;
  /** Counted only when asked for (a second query). */
  totalCount: () => Promise<number>;
}

/** What every row carries: its position, which keys the cursor and the record's id. */
const POSITION = raw('r.submission_id AS __submission, r.row_number AS __row');

/** Columns about the record, each read only when the GraphQL field that shows it is selected. */
const META: Record<string, Sql> = {
  submission: raw('s.receipt_code AS __receipt'),
  status: raw('s.status AS __status'),
  publishedAt: raw('s.published_at AS __published'),
  enterprise: raw('e.name AS __enterprise, e.uscc AS __uscc'),
};

/** The meta columns selected (all when `selected` is absent: exports read everything). */
const metaColumns = (selected?: ReadonlySet<string>) =>
  Object.entries(META)
    .filter(([name]) => !selected || selected.has(name))
    .map(([, column]) => column);

/** Field columns the caller may read, limited to those selected (all when `selected` is absent). */
export function fieldColumns(
  def: DatasetDefinition,
  audience: Audience,
  selected?: ReadonlySet<string>,
): Sql[] {
  return recordFields(def)
    .filter((f) => (f.public || !audience.public) && (!selected || selected.has(f.key)))
    .map((f) => sql`${outputExpr(f, audience)} AS ${raw(`"${f.key}"`)}`);
}

export const MAX_PAGE = 500;

/** 50 unless asked; more than MAX_PAGE is refused rather than quietly cut (it is counted in the cost). */
export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return 50;
  // An integer in range, checked here because listRecords writes it into the statement's text.
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE)
    throw badInput(`first 须在 1 到 ${MAX_PAGE} 之间`, `first must be between 1 and ${MAX_PAGE}`, {
      argument: 'first',
      limit: MAX_PAGE,
    });
  return first;
}

const EMPTY: RecordPage = { nodes: [], cursors: [], hasNextPage: false, totalCount: async () => 0 };

/** One page of the records the actor may read, in one query (plus a count when asked). */
export async function listRecords(
  sqlClient: SqlClient,
  actor: Actor | null,
  def: DatasetDefinition,
  input: RecordsInput,
  selected?: ReadonlySet<string>,
): Promise<RecordPage> {
  const audience = audienceOf(actor, input);
  if (!audience) return EMPTY;
  const rows = scopedRows(def, audience, input.where);
  const keys = sortKeys(def, audience, input.orderBy);
  const limit = pageSize(input.first);
  const columns = [
    POSITION,
    ...metaColumns(selected),
    ...fieldColumns(def, audience, selected),
    ...cursorColumns(keys),
  ];
  // The page size is written into the text, not sent as a parameter: with LIMIT $n PostgreSQL
  // cannot cost a generic plan and plans the prepared statement again on every call. It is a
  // number pageSize has checked (1–MAX_PAGE), never text from the caller.
  const statement = sql`SELECT ${join(columns, ', ')} ${rows.from}
    WHERE ${withCondition(rows, afterSql(keys, input.after))}
    ORDER BY ${orderSql(keys)} LIMIT ${raw(String(limit + 1))}`;
  const { text, params } = render(statement);
  const found = (await sqlClient.query<RecordRow>(text, params, { prepare: true })).rows;
  const nodes = found.slice(0, limit);
  let cursors: string[] | undefined;
  return {
    nodes,
    // Written only when asked for (edges, pageInfo, an export's next page), not for every page.
    get cursors() {
      cursors ??= nodes.map((row) => cursorOf(keys, row));
      return cursors;
    },
    hasNextPage: found.length > limit,
    totalCount: async () => {
      const count = render(sql`SELECT count(*)::int AS n ${rows.from} WHERE ${rows.condition}`);
      const result = await sqlClient.query<{ n: number }>(count.text, count.params, { prepare: true });
      return Number(result.rows[0]?.n ?? 0);
    },
  };
}
