import type { DatasetDefinition, FieldDefinition } from '../core/dataset.js';
import type { ParseContext } from '../core/field-type.js';

export type MoneyUnit = NonNullable<ParseContext['sheetUnit']>;

const NEEDS_NFKC = /[\u3000\uFF00-\uFFEF]/;
// Spaces and line breaks inside header cells, required-column markers (*, ※, ★), and the
// separators that make 'Project code', 'project_code' and 'projectCode' the same header.
const IGNORED = /[\s_\-*※★]/g;
const TRAILING_PAREN = /\(([^()]*)\)$/;
// The same units written without brackets: 转让比例%, 评估值万元, 挂牌价格/万元.
const TRAILING_UNIT = /\/?(%|人民币万元|万元人民币|人民币亿元|亿元人民币|人民币元|元人民币|万元|亿元|元)$/;
// Published tables also spell the currency out: 人民币万元, 万元人民币.
const UNIT_WORDS: Record<string, MoneyUnit> = {
  元: 'yuan',
  人民币元: 'yuan',
  元人民币: 'yuan',
  万元: 'wan',
  人民币万元: 'wan',
  万元人民币: 'wan',
  亿元: 'yi',
  人民币亿元: 'yi',
  亿元人民币: 'yi',
};

/** Comparison form of a header or label: NFKC ((万元) = （万元）), no spaces or markers, lower case. */
export function normalizeLabel(text: string): string {
  const folded = NEEDS_NFKC.test(text) ? text.normalize('NFKC') : text;
  return folded.replace(IGNORED, '').toLowerCase();
}

/** The label without a trailing unit (bracketed or not), and the money unit it states. */
export function splitUnit(normalized: string): { base: string; unit?: MoneyUnit } {
  const m = TRAILING_PAREN.exec(normalized) ?? TRAILING_UNIT.exec(normalized);
  if (!m || m.index === 0) return { base: normalized };
  const unit = UNIT_WORDS[m[1] ?? ''];
  return unit ? { base: normalized.slice(0, m.index), unit } : { base: normalized.slice(0, m.index) };
}

export interface LabelMatch {
  field: FieldDefinition;
  /** Money unit stated by the header cell itself, e.g. 评估值(元). */
  unit?: MoneyUnit;
}

export interface LabelIndex {
  match(header: string): LabelMatch | undefined;
}

/**
 * Precomputed header matcher for a dataset: exact zh label, en label or key first; then the same
 * without a trailing parenthesis, so `评估值`, `评估值（万元）` and `评估值(元)` all find the field.
 */
export function buildLabelIndex(def: DatasetDefinition): LabelIndex {
  const exact = new Map<string, FieldDefinition>();
  const bases = new Map<string, FieldDefinition | null>();
  for (const field of def.fields) {
    for (const name of [field.label.zh, field.label.en, field.key]) {
      const normalized = normalizeLabel(name);
      exact.set(normalized, field);
      const { base } = splitUnit(normalized);
      const seen = bases.get(base);
      // Two fields sharing a base would make the short form ambiguous: then only exact matches count.
      bases.set(base, seen === undefined || seen === field ? field : null);
    }
  }
  return {
    match(header) {
      const normalized = normalizeLabel(header);
      if (normalized === '') return undefined;
      const { base, unit } = splitUnit(normalized);
      const field = exact.get(normalized) ?? bases.get(base) ?? undefined;
      if (!field) return undefined;
      return unit ? { field, unit } : { field };
    },
  };
}
