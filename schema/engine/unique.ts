import type { DatasetDefinition, TypedRow } from '../core/dataset.js';

export interface UniqueHit {
  fields: string[];
  firstRow: number;
}

/**
 * Remembers each unique key's first row; memory holds one short string per key and row, nothing
 * else. A key is skipped when a required part of it is empty or unreadable (that is already
 * reported); optional parts compare as empty.
 */
export function uniqueTracker(def: DatasetDefinition) {
  const required = new Set(def.fields.filter((f) => f.required).map((f) => f.key));
  const keys = def.uniqueKeys.map((fields) => ({ fields, seen: new Map<string, number>() }));
  // Reused for every row: joining an array builds the key as one flat string, which the Map hashes
  // at once; concatenation would build a rope that has to be flattened first (twice as slow).
  const parts: string[] = [];
  return (values: TypedRow, row: number, invalid: ReadonlySet<string> | undefined): UniqueHit[] => {
    let hits: UniqueHit[] | undefined;
    for (const key of keys) {
      let skip = false;
      parts.length = key.fields.length;
      for (let i = 0; i < key.fields.length; i++) {
        const field = key.fields[i] ?? '';
        const value = values[field];
        const empty = value === null || value === undefined;
        if (invalid?.has(field) || (empty && required.has(field))) {
          skip = true;
          break;
        }
        parts[i] = empty ? '' : String(value);
      }
      if (skip) continue;
      const composite = parts.join('\u0000');
      const firstRow = key.seen.get(composite);
      if (firstRow === undefined) key.seen.set(composite, row);
      else {
        hits ??= [];
        hits.push({ fields: key.fields, firstRow });
      }
    }
    return hits ?? NONE;
  };
}

const NONE: UniqueHit[] = [];
