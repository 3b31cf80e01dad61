import type { DatasetDefinition } from '../../schema/core/dataset.js';

export type StatusFilter = 'all' | 'current' | 'corrected' | 'withdrawn';
export const STATUS_FILTERS: StatusFilter[] = ['all', 'current', 'corrected', 'withdrawn'];

/** What the dataset page was asked for; the same names go to the download links. */
export interface RecordFilters {
  q: string;
  enterprise: string;
  status: StatusFilter;
  /** Dataset-specific field filters (only the view's facets), field key → value. */
  fields: Record<string, string>;
  /** Keyset cursor of the page (opaque); `page` is its number, for display only. */
  after: string;
  page: number;
}

const MAX_QUERY = 100;
const MAX_PAGE = 10_000;

export function parseFilters(def: DatasetDefinition, query: URLSearchParams): RecordFilters {
  const text = (name: string) => (query.get(name) ?? '').trim().slice(0, MAX_QUERY);
  const status = query.get('status') as StatusFilter | null;
  const fields: Record<string, string> = {};
  for (const key of def.view.facets) {
    const value = text(key);
    if (value) fields[key] = value;
  }
  const page = Number.parseInt(query.get('page') ?? '1', 10);
  return {
    q: text('q'),
    enterprise: text('enterprise'),
    status: status && STATUS_FILTERS.includes(status) ? status : 'all',
    fields,
    after: (query.get('after') ?? '').slice(0, 200),
    page: Number.isSafeInteger(page) && page >= 1 ? Math.min(page, MAX_PAGE) : 1,
  };
}

/** The filters as a query string, omitting defaults; a page is given as its cursor and number. */
export function filterQuery(filters: RecordFilters, page?: { after: string; page: number }): string {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  if (filters.enterprise) params.set('enterprise', filters.enterprise);
  if (filters.status !== 'all') params.set('status', filters.status);
  for (const [key, value] of Object.entries(filters.fields)) params.set(key, value);
  if (page) {
    params.set('after', page.after);
    params.set('page', String(page.page));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

// The open data routes name the statuses as the public API does (SUPERSEDED for a corrected record).
const API_STATUS: Record<Exclude<StatusFilter, 'all'>, string> = {
  current: 'current',
  corrected: 'superseded',
  withdrawn: 'withdrawn',
};

/** The same filters in the open data routes' own parameter names (src/public/download-filter.ts). */
export function downloadQuery(filters: RecordFilters): string {
  const params = new URLSearchParams();
  if (filters.q) params.set('search', filters.q);
  if (filters.enterprise) params.set('enterprise', filters.enterprise);
  if (filters.status !== 'all') params.set('status', API_STATUS[filters.status]);
  for (const [key, value] of Object.entries(filters.fields)) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}
