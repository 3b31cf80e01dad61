import type { DatasetDefinition, FieldDefinition, TypedRow } from '../core/dataset.js';
import type { TypedValue } from '../core/field-type.js';
import { maskPersonalData, maskPersonName } from '../identifiers/personal-data.js';

export type PublicValues = Record<string, TypedValue | null>;

/** A reviewer's choice for one field of one row (区分处理). */
export type RedactionDecision = 'withhold' | 'publish';
/** The reviewer's choices for one row, by field key. */
export type RowDecisions = ReadonlyMap<string, RedactionDecision>;

const NO_DECISIONS: RowDecisions = new Map();

/**
 * The public form of a record, derived from the dataset's field policy and the reviewer's choices:
 * - regulator-only fields, fields the reviewer withheld for the whole submission and fields
 *   withheld on this row are left out entirely (not blanked: absent, so nothing leaks through them);
 * - masked fields go through their mask;
 * - by default, a natural person's name (`personName`) is masked (李*) and resident IDs and mobile
 *   numbers inside free text are masked; the reviewer's `publish` on that row lifts these defaults.
 * Withholding always wins over publishing.
 */
export function publicValues(
  def: DatasetDefinition,
  row: TypedRow,
  withheld: readonly string[] = [],
  decisions: RowDecisions = NO_DECISIONS,
): PublicValues {
  const out: PublicValues = {};
  for (const field of def.fields) {
    const decision = decisions.get(field.key);
    if (field.sensitivity === 'regulator-only' || withheld.includes(field.key) || decision === 'withhold')
      continue;
    const value = row[field.key];
    if (value === null || value === undefined) {
      out[field.key] = null;
    } else if (field.sensitivity === 'masked') {
      // A masked field without a mask function is a definition bug: fail closed.
      out[field.key] = field.mask ? field.mask(value) : null;
    } else {
      out[field.key] = decision === 'publish' ? value : maskedByDefault(field, row, value);
    }
  }
  return out;
}

/** The value with the default privacy masks applied (a person's name, personal data in free text). */
function maskedByDefault(field: FieldDefinition, row: TypedRow, value: TypedValue): TypedValue {
  if (typeof value !== 'string') return value;
  if (field.personName?.(row)) return maskPersonName(value);
  if (field.type.textContent === 'free-text') return maskPersonalData(value);
  return value;
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
