import { createHash } from 'node:crypto';

/** JSON with object keys sorted at every depth, so the same entry always hashes the same way. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export const GENESIS_HASH = '0'.repeat(64);

export interface HashedFields {
  at: string;
  actorId: string | null;
  actorUsername: string | null;
  action: string;
  submissionId: string | null;
  details: Record<string, unknown>;
}

/** hash = SHA-256(previous hash, newline, canonical JSON of the entry's fields). */
export function entryHash(prevHash: string, fields: HashedFields): string {
  return createHash('sha256')
    .update(`${prevHash}\n${canonicalJson(fields)}`)
    .digest('hex');
}
