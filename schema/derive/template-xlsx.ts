import ExcelJS from 'exceljs';
import { columnLetter } from '../core/cells.js';
import type { DatasetDefinition, FieldDefinition } from '../core/dataset.js';
import {
  columnFormat,
  columnWidth,
  HEADER_ROW,
  headerNote,
  headerText,
  inputPrompt,
  instructionLine,
  TEMPLATE_ROWS,
} from './template-hints.js';

/** Name of the hidden sheet that feeds the dropdowns (inline lists are capped at 255 characters). */
export const CODE_LIST_SHEET = '代码表';

// exceljs implements worksheet.dataValidations (and the 'any' type for input-message-only
// validations) but leaves both out of its typings.
interface Validation {
  type: 'any' | 'list';
  formulae: string[];
  allowBlank?: boolean;
  showInputMessage?: boolean;
  promptTitle?: string;
  prompt?: string;
  showErrorMessage?: boolean;
  errorStyle?: 'stop' | 'warning' | 'information';
  errorTitle?: string;
  error?: string;
}
type WithValidations = { dataValidations: { add(address: string, validation: Validation): void } };

/** Writes each distinct choice list once on the code-list sheet; returns field key → range formula. */
function writeCodeLists(workbook: ExcelJS.Workbook, def: DatasetDefinition): Map<string, string> {
  const sheet = workbook.addWorksheet(CODE_LIST_SHEET, { state: 'hidden' });
  const byList = new Map<string, string>();
  const byField = new Map<string, string>();
  for (const field of def.fields) {
    const labels = field.type.choices?.map((c) => c.label.zh);
    if (!labels) continue;
    const id = labels.join('\u0000');
    let formula = byList.get(id);
    if (!formula) {
      const col = columnLetter(byList.size);
      sheet.getCell(`${col}1`).value = field.label.zh;
      labels.forEach((label, i) => {
        sheet.getCell(`${col}${i + 2}`).value = label;
      });
      formula = `'${CODE_LIST_SHEET}'!$${col}$2:$${col}$${labels.length + 1}`;
      byList.set(id, formula);
    }
    byField.set(field.key, formula);
  }
  return byField;
}

function validationFor(field: FieldDefinition, list: string | undefined): Validation {
  const prompt = { showInputMessage: true, ...inputPrompt(field) };
  if (!list) return { type: 'any', formulae: [], ...prompt };
  return {
    type: 'list',
    formulae: [list],
    allowBlank: true,
    ...prompt,
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: '请从下拉列表选择',
    error: `「${field.label.zh}」只能填写下拉列表中的值。`,
  };
}

function writeHeader(sheet: ExcelJS.Worksheet, def: DatasetDefinition): void {
  const last = columnLetter(def.fields.length - 1);
  sheet.mergeCells(`A1:${last}1`);
  Object.assign(sheet.getCell('A1'), {
    value: `${def.title.zh}填报模板`,
    font: { bold: true, size: 16 },
    alignment: { horizontal: 'center', vertical: 'middle' },
  });
  sheet.getRow(1).height = 30;
  sheet.mergeCells(`A2:${last}2`);
  sheet.getCell('A2').value = instructionLine(def);
  def.fields.forEach((field, i) => {
    const cell = sheet.getCell(HEADER_ROW, i + 1);
    cell.value = headerText(field);
    cell.note = headerNote(field);
    cell.font = { bold: true, color: { argb: field.required ? 'FFC00000' : 'FF000000' } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  sheet.getRow(HEADER_ROW).height = 36;
}

/**
 * The blank template of a dataset as XLSX bytes: title, instruction line (with the unit), zh header
 * row frozen, text-formatted ID columns, and input messages and dropdowns over a bounded range of
 * rows. Pure: the same definition always gives the same workbook (creation date fixed).
 */
export async function templateXlsx(def: DatasetDefinition): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Sunshine 阳光国资';
  workbook.created = new Date(Date.UTC(2024, 0, 1));
  workbook.modified = workbook.created;
  const sheet = workbook.addWorksheet(def.sheetName, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: HEADER_ROW }],
  });
  const lists = writeCodeLists(workbook, def);
  def.fields.forEach((field, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = columnWidth(field);
    const numFmt = columnFormat(field);
    if (numFmt) column.numFmt = numFmt;
  });
  writeHeader(sheet, def);
  const validations = (sheet as unknown as WithValidations).dataValidations;
  def.fields.forEach((field, i) => {
    const col = columnLetter(i);
    const range = `${col}${HEADER_ROW + 1}:${col}${HEADER_ROW + TEMPLATE_ROWS}`;
    validations.add(range, validationFor(field, lists.get(field.key)));
  });
  // The data sheet first and active, so Excel opens on it and the importer prefers it.
  workbook.views = [
    { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' },
  ];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
