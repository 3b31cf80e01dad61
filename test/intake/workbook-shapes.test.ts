// Issue 9 defects 2, 4 and 5 and issue 14 item 4, from workbooks this test builds itself.
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { type ValidatedRow, validateFile } from '../../src/intake/validate-file.js';
import { namespacedXlsx } from '../importers/zip-writer.js';
import { sampleExample, sampleHeader, sampleRows } from '../support/executive-pay-sample.js';

const header = sampleHeader;
const lines = sampleRows;
const example = sampleExample;

async function validate(bytes: Uint8Array, filename = 'x.xlsx') {
  const rows: ValidatedRow[] = [];
  const report = await validateFile(
    { bytes, filename, dataset: 'executive-pay', today: '2024-06-28' },
    { emit: async (batch) => void rows.push(...batch) },
  );
  return { report, names: rows.map((r) => r.values.name) };
}

async function xlsx(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function instructions(ws: ExcelJS.Worksheet): void {
  ws.addRow(['填报说明']);
  ws.addRow(['1. 金额单位为万元，保留两位小数。']);
  ws.addRow(['2. 填写示例：']);
  ws.addRow(header);
  ws.addRow(example);
}

describe('the sheet is chosen on evidence', () => {
  test('a 填报说明 sheet with a 填写示例 table first: the data sheet is read, the instructions listed', async () => {
    const bytes = await xlsx((wb) => {
      instructions(wb.addWorksheet('填报说明'));
      const data = wb.addWorksheet('薪酬表');
      data.addRow(header);
      for (const line of lines) data.addRow(line);
    });
    const { report, names } = await validate(bytes);
    expect(names).toEqual(['张伟', '李娜', '王芳']);
    expect(report).toMatchObject({ sheetName: '薪酬表', rowCount: 3, errorCount: 0, warningCount: 0 });
    expect(report.ignoredSheets).toEqual([
      { name: '填报说明', reason: expect.objectContaining({ zh: expect.stringContaining('填写示例') }) },
    ]);
  });

  test('even with one real row against a longer example, instructions lose to data', async () => {
    const bytes = await xlsx((wb) => {
      const help = wb.addWorksheet('填报说明');
      instructions(help);
      help.addRow(example);
      const data = wb.addWorksheet('Sheet2');
      data.addRow(header);
      data.addRow(lines[0] ?? []);
    });
    const { report, names } = await validate(bytes);
    expect(names).toEqual(['张伟']);
    expect(report.sheetName).toBe('Sheet2');
  });

  test('a second sheet of real rows is never skipped silently: a warning names it, on its own sheet', async () => {
    const bytes = await xlsx((wb) => {
      const big = wb.addWorksheet('2023年');
      big.addRow(header);
      for (const line of lines) big.addRow(line);
      const small = wb.addWorksheet('补报');
      small.addRow(header);
      small.addRow(lines[0] ?? []);
    });
    const { report } = await validate(bytes);
    expect(report.sheetName).toBe('2023年');
    expect(report.issues).toEqual([
      expect.objectContaining({ code: 'sheet-ignored', severity: 'warning', sheet: '补报', value: '补报' }),
    ]);
    expect(report.issues[0]?.message.zh).toContain('1行数据');
  });

  test('every issue of a workbook names the sheet it is on', async () => {
    const bytes = await xlsx((wb) => {
      const data = wb.addWorksheet('数据');
      data.addRow(header);
      data.addRow([...(lines[0] ?? []).slice(0, 3), '']);
    });
    const { report } = await validate(bytes);
    expect(report.errorCount).toBeGreaterThan(0);
    expect(new Set(report.issues.map((i) => i.sheet))).toEqual(new Set(['数据']));
  });
});

describe('many sheets', () => {
  test('40 sheets are sampled in one pass and the one with data is read', async () => {
    const bytes = await xlsx((wb) => {
      for (let i = 1; i < 40; i++) wb.addWorksheet(`空表${i}`).addRow(['备注']);
      const data = wb.addWorksheet('数据');
      data.addRow(header);
      for (const line of lines) data.addRow(line);
    });
    const { report, names } = await validate(bytes);
    expect(names).toEqual(['张伟', '李娜', '王芳']);
    expect(report.sheetName).toBe('数据');
    expect(report.ignoredSheets).toHaveLength(39);
    expect(report.ignoredSheets?.[0]?.reason.en).toContain('no header row');
  });

  test('a workbook of 100 sheets is refused with a coded error, zh and en', async () => {
    const bytes = await xlsx((wb) => {
      for (let i = 1; i <= 100; i++) wb.addWorksheet(`S${i}`).addRow(header);
    });
    const error = await validate(bytes).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'too-many-sheets', params: { count: 100, limit: 50 } });
    expect((error as { localized: { zh: string } }).localized.zh).toContain('100个工作表');
  });
});

function sheetJsBook(): XLSX.WorkBook {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['填报说明'], ['按模板填写']]), '说明');
  const data = XLSX.utils.aoa_to_sheet([['2023年度企业负责人薪酬情况表'], header, ...lines]);
  XLSX.utils.book_append_sheet(book, data, '薪酬');
  return book;
}

describe('Excel 97-2003, WPS and HTML tables', () => {
  test('a BIFF8 .xls is read, and the report says xls', async () => {
    const bytes = new Uint8Array(XLSX.write(sheetJsBook(), { type: 'buffer', bookType: 'biff8' }));
    const { report, names } = await validate(bytes, '薪酬.xls');
    expect(names).toEqual(['张伟', '李娜', '王芳']);
    expect(report).toMatchObject({ format: 'xls', sheetName: '薪酬', headerRow: 2, errorCount: 0 });
  });

  test('the same file saved by WPS as .et says et', async () => {
    const bytes = new Uint8Array(XLSX.write(sheetJsBook(), { type: 'buffer', bookType: 'biff8' }));
    const { report } = await validate(bytes, '薪酬.et');
    expect(report).toMatchObject({ format: 'et', rowCount: 3, errorCount: 0 });
  });

  test('an HTML table saved as .xls by a web system is read as text, and the report says html', async () => {
    const cells = (row: string[]) => `<tr>${row.map((c) => `<td>${c}</td>`).join('')}</tr>`;
    const html = `<html><head><meta charset="utf-8"></head><body><table>${cells(header)}${lines.map(cells).join('')}</table></body></html>`;
    const { report, names } = await validate(new TextEncoder().encode(html), '导出.xls');
    expect(names).toEqual(['张伟', '李娜', '王芳']);
    expect(report).toMatchObject({ format: 'html', rowCount: 3, errorCount: 0 });
  });
});

describe('XLSX written by the .NET Open XML SDK', () => {
  const inline = (ref: string, text: string) =>
    `<x:c r="${ref}" t="inlineStr"><x:is><x:t>${text}</x:t></x:is></x:c>`;
  const column = (i: number) => String.fromCharCode(65 + i);
  const rowXml = (r: number, cells: string[]) =>
    `<x:row r="${r}">${cells
      .map((c, i) =>
        // Numbers as numbers, the name as a formula's string result (t="str"), the rest inline.
        i === 3 && r > 1
          ? `<x:c r="${column(i)}${r}" t="str"><x:f>"${c}"</x:f><x:v>${c}</x:v></x:c>`
          : /^\d+(\.\d+)?$/.test(c) && r > 1 && i !== 2
            ? `<x:c r="${column(i)}${r}"><x:v>${c}</x:v></x:c>`
            : c === ''
              ? ''
              : inline(`${column(i)}${r}`, c),
      )
      .join('')}</x:row>`;

  test('x:-prefixed elements, inline strings and t="str" are read, not called damaged', async () => {
    const body = [header, ...lines].map((cells, i) => rowXml(i + 1, cells)).join('');
    const sheet = `<?xml version="1.0" encoding="utf-8"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>${body}</x:sheetData></x:worksheet>`;
    const { report, names } = await validate(namespacedXlsx(sheet, 'x'));
    expect(names).toEqual(['张伟', '李娜', '王芳']);
    expect(report).toMatchObject({ format: 'xlsx', rowCount: 3, errorCount: 0, warningCount: 0 });
  });
});
