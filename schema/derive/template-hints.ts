import type { DatasetDefinition, FieldDefinition } from '../core/dataset.js';

/** Data rows of the template that carry dropdowns and input messages: bounded, never whole columns. */
export const TEMPLATE_ROWS = 2000;
/** Title, instruction line, header: data starts below. */
export const HEADER_ROW = 3;

// Excel's own limits for a data validation's input message.
const PROMPT_TITLE_MAX = 32;
const PROMPT_MAX = 255;

const clip = (text: string, max: number) =>
  [...text].length > max ? `${[...text].slice(0, max - 1).join('')}…` : text;

/** The header text: the zh label, marked `*` when required (the header matcher ignores the mark). */
export function headerText(field: FieldDefinition): string {
  return field.required ? `*${field.label.zh}` : field.label.zh;
}

/** What the filer is told about a column, in the cell's input message (zh only: Excel's space is short). */
export function inputPrompt(field: FieldDefinition): { promptTitle: string; prompt: string } {
  const parts = [field.required ? '必填。' : '选填。', field.type.hint.zh];
  if (field.hint) parts.push(`；${field.hint.zh}`);
  return { promptTitle: clip(field.label.zh, PROMPT_TITLE_MAX), prompt: clip(parts.join(''), PROMPT_MAX) };
}

/** The fuller note on the header cell: both languages, key for machine users. */
export function headerNote(field: FieldDefinition): string {
  const lines = [
    `${field.label.zh}（${field.required ? '必填' : '选填'}）：${field.type.hint.zh}`,
    field.hint?.zh,
    `${field.label.en} (${field.required ? 'required' : 'optional'}): ${field.type.hint.en}`,
    field.hint?.en,
    `key: ${field.key}`,
  ];
  return lines.filter((line): line is string => Boolean(line)).join('\n');
}

/** Excel number format for a column: IDs and codes as text so no digit is lost. */
export function columnFormat(field: FieldDefinition): string | undefined {
  if (field.type.textFormat) return '@';
  switch (field.type.kind) {
    case 'date':
      return 'yyyy-mm-dd';
    case 'date-time':
      return 'yyyy-mm-dd hh:mm';
    // Text, because Excel turns a typed 2019.10 into the number 2019.1.
    case 'year-month':
      return '@';
    default:
      return undefined;
  }
}

/** The line under the title: unit of amounts and how to fill in. */
export function instructionLine(def: DatasetDefinition): string {
  const hasMoney = def.fields.some((f) => f.type.kind === 'money');
  const unit = hasMoney ? `单位：${def.moneyUnit === 'wan' ? '万元' : '元'}　` : '';
  return `${unit}带*号的列为必填；请从第${HEADER_ROW + 1}行起逐行填写，每行一条记录，选中单元格可查看填写说明。`;
}

export function columnWidth(field: FieldDefinition): number {
  const label = [...field.label.zh].length * 2 + 4;
  const hint = field.type.kind === 'text' ? 24 : 14;
  return Math.min(40, Math.max(hint, label));
}
