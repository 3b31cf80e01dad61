import type { DatasetDefinition, FieldDefinition } from '../../schema/core/dataset.js';
import { snakeCase } from '../../schema/derive/row-table.js';

/** How a field is filtered, ordered and shown: one of the value kinds the field types produce. */
export type ValueKind =
  | 'text'
  | 'enum'
  | 'decimal'
  | 'integer'
  | 'boolean'
  | 'date'
  | 'timestamp'
  | 'year-month';

export interface RecordField {
  key: string;
  column: string;
  kind: ValueKind;
  definition: FieldDefinition;
  /** Anyone may read it in a published record (the public schema names it). */
  public: boolean;
  /** Present in every record a caller may read: public and never withheld by a reviewer. */
  alwaysPublic: boolean;
  /** Sums and averages make sense (money, decimals, counts; not years). */
  numeric: boolean;
  /** May be a groupBy key: a value shared by many records (not an amount, not a date). */
  groupable: boolean;
  /** May take part in a field-to-field comparison. */
  comparable: boolean;
}

function kindOf(f: FieldDefinition): ValueKind {
  if (f.type.choices && f.type.sql === 'text') return 'enum';
  switch (f.type.sql) {
    case 'numeric':
      return 'decimal';
    case 'integer':
      return 'integer';
    case 'boolean':
      return 'boolean';
    case 'date':
      return 'date';
    case 'timestamp':
      return 'timestamp';
    default:
      return f.type.kind === 'year-month' ? 'year-month' : 'text';
  }
}

const GROUPABLE: ReadonlySet<ValueKind> = new Set(['text', 'enum', 'integer', 'boolean', 'year-month']);

function recordField(f: FieldDefinition): RecordField {
  const kind = kindOf(f);
  // A field whose public form is decided row by row (a natural person's name masked as 李*, personal
  // data masked inside free text: schema/derive/redaction.ts) is not served in public form from the
  // typed rows at all, which hold the raw values; publishedRecords gives its redacted form.
  const maskedPerRow = f.personName !== undefined || f.type.textContent === 'free-text';
  const isPublic = f.sensitivity === 'public' && !maskedPerRow;
  const alwaysPublic = isPublic && !f.withholdable;
  return {
    key: f.key,
    column: snakeCase(f.key),
    kind,
    definition: f,
    public: isPublic,
    alwaysPublic,
    numeric: kind === 'decimal' || (kind === 'integer' && f.type.kind !== 'year'),
    // Grouping and comparisons name fields in enums shared by both schemas: only what anyone may see.
    groupable: alwaysPublic && GROUPABLE.has(kind) && f.type.kind !== 'resident-id',
    comparable:
      alwaysPublic && (kind === 'decimal' || kind === 'integer' || kind === 'date' || kind === 'timestamp'),
  };
}

const cache = new WeakMap<DatasetDefinition, RecordField[]>();

/** The dataset's fields as the records API sees them, in template order. */
export function recordFields(def: DatasetDefinition): RecordField[] {
  let fields = cache.get(def);
  if (!fields) {
    fields = def.fields.map(recordField);
    cache.set(def, fields);
  }
  return fields;
}

export const fieldOf = (def: DatasetDefinition, key: string) => recordFields(def).find((f) => f.key === key);

/** EXECUTIVE_PAY → ExecutivePay; PROPERTY_TRANSACTIONS → PropertyTransaction (one record). */
export function typePrefix(def: DatasetDefinition): string {
  const words = def.graphqlName.replace(/S$/, '').toLowerCase().split('_');
  return words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
}

/** ExecutivePay → executivePay, for root field names. */
export const fieldPrefix = (def: DatasetDefinition) => {
  const p = typePrefix(def);
  return p.charAt(0).toLowerCase() + p.slice(1);
};

/** totalPreTax → TOTAL_PRE_TAX, the form field keys take in enums. */
export const screaming = (key: string) => snakeCase(key).toUpperCase();
