import type { DatasetDefinition, FieldDefinition } from '../../schema/core/dataset.js';
import type { Lang, Messages } from './i18n.js';

const dateTime = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** A timestamp as the public reads it: Beijing time, 'YYYY-MM-DD HH:mm'. */
export function formatTimestamp(at: Date | string): string {
  return dateTime.format(new Date(at));
}

export function formatDate(at: Date | string): string {
  return formatTimestamp(at).slice(0, 10);
}

/** Thousands separators on a canonical decimal string, without ever going through a float. */
function groupDigits(decimal: string): string {
  const match = /^(-?)(\d+)(\.\d+)?$/.exec(decimal);
  if (!match) return decimal;
  return `${match[1]}${(match[2] ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${match[3] ?? ''}`;
}

/** A public value as text: enum keys become their labels, booleans 是/否, 'OPEN' 至今. */
export function formatValue(field: FieldDefinition, value: unknown, lang: Lang, t: Messages): string {
  if (value === null || value === undefined || value === '') return t.empty;
  if (typeof value === 'boolean') return value ? t.yes : t.no;
  const text = String(value);
  const choice = field.type.choices?.find((c) => c.key === text);
  if (choice) return choice.label[lang];
  if (text === 'OPEN') return t.openEnded;
  if (field.type.kind === 'money') return groupDigits(text);
  if (field.type.kind === 'date-time') return text.replace('T', ' ').slice(0, 16);
  return text;
}

/** A field's label, with the money unit added where the template heading leaves it implicit. */
export function fieldLabel(def: DatasetDefinition, field: FieldDefinition, lang: Lang, t: Messages): string {
  if (field.type.kind !== 'money' || field.label.zh.includes('元')) return field.label[lang];
  return `${field.label[lang]}${def.moneyUnit === 'wan' ? t.unitWan : t.unitYuan}`;
}
