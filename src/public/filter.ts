import type { DatasetDefinition } from '../../schema/core/dataset.js';
import { DomainError } from '../errors.js';

export type RecordStatus = 'CURRENT' | 'SUPERSEDED' | 'WITHDRAWN';
export const RECORD_STATUSES: RecordStatus[] = ['CURRENT', 'SUPERSEDED', 'WITHDRAWN'];

/** What the public may filter published records by; the same filter serves GraphQL and downloads. */
export interface RecordFilter {
  dataset: DatasetDefinition;
  /** Substring of names, project names and titles (any case), e.g. 示范城建. */
  search?: string | null;
  enterpriseId?: string | null;
  /** Substring of the enterprise name. */
  enterpriseName?: string | null;
  status?: RecordStatus[] | null;
  publishedFrom?: Date | null;
  publishedTo?: Date | null;
  /** Exact matches on public fields, e.g. { field: 'transactionType', value: 'EQUITY_TRANSFER' }. */
  fields?: { field: string; value: string }[] | null;
}

/** Collects positional parameters while a query is assembled. */
export class SqlParams {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => UUID.test(value);

// Users type % and _ literally; only our own wildcards may match anything.
const likeContains = (text: string) => `%${text.toLowerCase().replace(/[\\%_]/g, '\\$&')}%`;

/**
 * The condition for a search term. pg_trgm's GIN index serves terms of three characters or more
 * (search_text is lower-cased at publication; ILIKE also covers ASCII case). A shorter term yields no
 * trigram, so it is looked up among the text's characters and character pairs (search_grams, its
 * own GIN index): an exact answer, since a 1- or 2-character substring is one of them.
 */
function searchCondition(search: string, params: SqlParams): string {
  const term = search.toLowerCase();
  if ([...term].length <= 2 && !/\s/.test(term)) return `search_grams @> ARRAY[${params.add(term)}]::text[]`;
  return `search_text ILIKE ${params.add(likeContains(search))}`;
}

const STATUS_SQL: Record<RecordStatus, string> = {
  CURRENT: '(withdrawn_at IS NULL AND superseded_at IS NULL)',
  SUPERSEDED: '(withdrawn_at IS NULL AND superseded_at IS NOT NULL)',
  WITHDRAWN: '(withdrawn_at IS NOT NULL)',
};

export const badFilter = (zh: string, en: string) => new DomainError('BAD_USER_INPUT', { zh, en });

/** Field filters may only name fields the public can see (never regulator-only or masked ones). */
function publicFieldKey(def: DatasetDefinition, key: string): string {
  const field = def.fields.find((f) => f.key === key && f.sensitivity === 'public');
  if (!field) throw badFilter(`不能按字段 ${key} 筛选`, `Cannot filter by field ${key}`);
  return field.key;
}

/** The WHERE conditions of a filter, ANDed. */
export function filterConditions(filter: RecordFilter, params: SqlParams): string[] {
  const where = [`dataset = ${params.add(filter.dataset.graphqlName)}::"DatasetKey"`];
  const search = filter.search?.trim();
  if (search) where.push(searchCondition(search, params));
  if (filter.enterpriseId) {
    where.push(isUuid(filter.enterpriseId) ? `enterprise_id = ${params.add(filter.enterpriseId)}` : 'FALSE');
  }
  const name = filter.enterpriseName?.trim();
  if (name) where.push(`enterprise_name ILIKE ${params.add(likeContains(name))}`);
  if (filter.status?.length) where.push(`(${filter.status.map((s) => STATUS_SQL[s]).join(' OR ')})`);
  if (filter.publishedFrom) where.push(`published_at >= ${params.add(filter.publishedFrom.toISOString())}`);
  if (filter.publishedTo) where.push(`published_at <= ${params.add(filter.publishedTo.toISOString())}`);
  for (const f of filter.fields ?? []) {
    const key = publicFieldKey(filter.dataset, f.field);
    where.push(`"values"->>${params.add(key)} = ${params.add(f.value)}`);
  }
  return where;
}
