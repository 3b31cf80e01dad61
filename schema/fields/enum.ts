import type { FieldType } from '../core/field-type.js';
import type { Localized } from '../core/localized.js';
import { cellText } from './normalize.js';
import { EMPTY, fail, ok } from './results.js';

export interface EnumOption {
  key: string;
  label: Localized;
  /** Other spellings seen in the wild (e.g. 协议 for 协议转让). */
  aliases?: string[];
}

/** Comparison form: NFKC already applied by cellText; spaces and case do not matter. */
function fold(text: string): string {
  return text.replace(/\s+/g, '').toLowerCase();
}

/** One of a fixed list, matched by zh label, en label, key or alias; the value is the key. */
export function enumOf(options: EnumOption[]): FieldType {
  const lookup = new Map<string, string>();
  for (const option of options) {
    for (const name of [option.key, option.label.zh, option.label.en, ...(option.aliases ?? [])]) {
      lookup.set(fold(name.normalize('NFKC')), option.key);
    }
  }
  const expected: Localized = {
    zh: options.map((o) => `“${o.label.zh}”`).join('、'),
    en: options.map((o) => `"${o.label.en}"`).join(', '),
  };
  const choices = options.map(({ key, label }) => ({ key, label }));
  return {
    kind: 'enum',
    graphql: 'String',
    sql: 'text',
    tableSchema: { type: 'string', constraints: { enum: options.map((o) => o.label.zh) } },
    hint: { zh: `从下拉列表选择：${expected.zh}`, en: `choose from the list: ${expected.en}` },
    choices,
    parse(cell) {
      const text = cellText(cell);
      if (text === null) return EMPTY;
      const key = lookup.get(fold(text));
      return key === undefined ? fail('enum-mismatch', { expected }) : ok(key);
    },
  };
}
