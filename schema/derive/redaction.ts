import type { DatasetDefinition, TypedRow } from '../core/dataset.js';
import type { TypedValue } from '../core/field-type.js';

export type PublicValues = Record<string, TypedValue | null>;

/**
 * The public form of a record, derived from the dataset's field policy and the reviewer's choices:
 * public fields as they are, masked fields through their mask, regulator-only fields and fields the
 * reviewer withheld left out entirely (not blanked: absent, so nothing can leak through them).
 */
export function publicValues(
  def: DatasetDefinition,
  row: TypedRow,
  withheld: readonly string[] = [],
): PublicValues {
  const out: PublicValues = {};
  for (const field of def.fields) {
    if (field.sensitivity === 'regulator-only' || withheld.includes(field.key)) continue;
    const value = row[field.key];
    if (value === null || value === undefined) {
      out[field.key] = null;
    } else if (field.sensitivity === 'masked') {
      // A masked field without a mask function is a definition bug: fail closed.
      out[field.key] = field.mask ? field.mask(value) : null;
    } else {
      out[field.key] = value;
    }
  }
  return out;
}

/** Fields a reviewer may withhold on approval, beyond the fixed policy. */
export const withholdableFields = (def: DatasetDefinition) =>
  def.fields.filter((f) => f.withholdable && f.sensitivity !== 'regulator-only').map((f) => f.key);

/** Lower-cased text of the search fields, for substring search (pg_trgm) over Chinese. */
export function searchText(def: DatasetDefinition, values: PublicValues, enterpriseName: string): string {
  const parts = [enterpriseName, ...def.searchFields.map((key) => values[key])];
  return parts
    .filter((p) => p !== null && p !== undefined)
    .join(' ')
    .toLowerCase();
}
