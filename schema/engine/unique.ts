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
  return (values: TypedRow, row: number, invalid: ReadonlySet<string> | undefined): UniqueHit[] => {
    let hits: UniqueHit[] | undefined;
    for (const key of keys) {
      let composite = '';
      let skip = false;
      for (const field of key.fields) {
        const value = values[field];
        const empty = value === null || value === undefined;
        if (invalid?.has(field) || (empty && required.has(field))) {
          skip = true;
          break;
        }
        composite += `${empty ? '' : String(value)}\u0000`;
      }
      if (skip) continue;
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
