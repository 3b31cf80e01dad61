import { describe, expect, test } from 'vitest';
import { FORMULA_ERROR } from '../../importers/cell-value.js';
import { openSpreadsheet, readAllRows } from '../../importers/index.js';
import { EXECUTIVES_TITLE, xlsxBytes } from './fixtures.js';
import { minimalXlsx, namespacedXlsx } from './zip-writer.js';

// An 18-digit code typed into a number cell: Excel keeps 15 significant digits; we keep the number.
const USCC_AS_NUMBER = Number('913501001234567890');

async function read(bytes: Uint8Array, preferredSheet?: string) {
  const opened = await openSpreadsheet({ bytes }, preferredSheet ? { preferredSheet } : {});
  return { info: opened.info, rows: await readAllRows(opened), stats: opened.stats };
}

describe('XLSX sheets', () => {
  test('a title merged across the sheet stays one cell; a vertical merge fills its rows', async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet('薪酬');
      ws.addRow([EXECUTIVES_TITLE]);
      ws.mergeCells('A1:D1');
      ws.addRow(['企业名称', '姓名', '职务']);
      ws.addRow(['甲集团', '张三', '董事长']);
      ws.addRow([null, '李四', '总经理']);
      ws.addRow([null, '王五', '副总经理']);
      ws.addRow(['乙集团', '赵六', '董事长']);
      ws.mergeCells('A3:A5');
    });
    const { info, rows } = await read(bytes);
    // Six row elements: the title, the header and four data rows (the progress bar's estimate).
    expect(info).toEqual({ format: 'xlsx', sheetName: '薪酬', date1904: false, rowElements: 6 });
    expect(rows.map((r) => [r.row, r.cells])).toEqual([
      [1, [EXECUTIVES_TITLE]],
      [2, ['企业名称', '姓名', '职务']],
      [3, ['甲集团', '张三', '董事长']],
      [4, ['甲集团', '李四', '总经理']],
      [5, ['甲集团', '王五', '副总经理']],
      [6, ['乙集团', '赵六', '董事长']],
    ]);
  });

  test('a hidden first sheet is skipped', async () => {
    const bytes = await xlsxBytes((wb) => {
      const hidden = wb.addWorksheet('代码表');
      hidden.state = 'hidden';
      hidden.addRow(['hidden']);
      wb.addWorksheet('数据').addRow(['visible']);
    });
    const { info, rows } = await read(bytes);
    expect(info.format === 'xlsx' && info.sheetName).toBe('数据');
    expect(rows[0]?.cells).toEqual(['visible']);
  });

  test('the preferred (template) sheet wins over the first visible sheet', async () => {
    const bytes = await xlsxBytes((wb) => {
      wb.addWorksheet('说明').addRow(['instructions']);
      wb.addWorksheet('企业负责人薪酬').addRow(['data']);
    });
    expect((await read(bytes, '企业负责人薪酬')).rows[0]?.cells).toEqual(['data']);
    expect((await read(bytes, '不存在')).rows[0]?.cells).toEqual(['instructions']);
  });

  test('only hidden sheets: sheet-not-found', async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet('a');
      ws.state = 'hidden';
    });
    await expect(read(bytes)).rejects.toMatchObject({ code: 'sheet-not-found' });
  });
});

describe('XLSX cell values', () => {
  test('formulas give cached results; rich text and hyperlinks give text; numbers stay numbers', async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet('s');
      ws.addRow([
        { formula: 'B2*2', result: 20 },
        { formula: 'B2*3' },
        { richText: [{ text: '富' }, { text: '文本' }] },
        { text: '链接', hyperlink: 'https://example.com' },
        USCC_AS_NUMBER,
        true,
      ]);
    });
    const { rows, stats } = await read(bytes);
    expect(rows[0]?.cells).toEqual([20, null, '富文本', '链接', USCC_AS_NUMBER, true]);
    expect(typeof rows[0]?.cells[4]).toBe('number');
    expect(stats.formulasWithoutResult).toBe(1);
  });

  test('date cells are Dates, in the 1900 and in the 1904 system', async () => {
    const date = new Date(Date.UTC(2024, 0, 31));
    for (const date1904 of [false, true]) {
      const bytes = await xlsxBytes((wb) => {
        wb.properties.date1904 = date1904;
        wb.addWorksheet('s').addRow([date, 45292]);
      });
      const { info, rows } = await read(bytes);
      expect(info).toMatchObject({ date1904 });
      expect(rows[0]?.cells).toEqual([date, 45292]);
    }
  });

  test('formula results: strings stay strings, cached errors are errors (not blanks); error cells keep text', async () => {
    const sheet = `<worksheet><sheetData><row r="1">
      <c r="A1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="B1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c>
      <c r="C1" t="e"><v>#N/A</v></c></row></sheetData></worksheet>`;
    const { rows, stats } = await read(minimalXlsx(sheet));
    expect(rows[0]?.cells).toEqual([FORMULA_ERROR, 'ab', '#N/A']);
    expect(rows[0]?.computed).toEqual([true, true]);
    expect(stats.formulasWithoutResult).toBe(0);
  });

  test('a cached 0 is a value, for plain and shared formulas alike', async () => {
    // As Excel writes a SUM dragged down: the first cell holds the formula, the others share it.
    const sheet = `<worksheet><sheetData>
      <row r="1"><c r="A1"><v>0</v></c><c r="B1"><f>A1*2</f><v>0</v></c><c r="C1"><f t="shared" ref="C1:C2" si="0">A1+1</f><v>1</v></c></row>
      <row r="2"><c r="A2"><v>-1</v></c><c r="C2"><f t="shared" si="0"/><v>0</v></c></row>
      </sheetData></worksheet>`;
    const { rows, stats } = await read(minimalXlsx(sheet));
    expect(rows.map((r) => [r.cells, r.computed])).toEqual([
      [
        [0, 0, 1],
        [undefined, true, true],
      ],
      [
        [-1, null, 0],
        [undefined, undefined, true],
      ],
    ]);
    expect(stats.formulasWithoutResult).toBe(0);
  });

  test('a formula whose result has a date format gives a Date', async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet('s');
      ws.getCell('A1').value = { formula: 'DATE(2024,1,1)', result: 45292 };
      ws.getCell('A1').numFmt = 'yyyy-mm-dd';
    });
    expect((await read(bytes)).rows[0]?.cells).toEqual([new Date(Date.UTC(2024, 0, 1))]);
  });

  test('rows far apart keep their Excel row numbers', async () => {
    const sheet =
      '<worksheet><sheetData><row r="3"><c r="B3" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>';
    expect((await read(minimalXlsx(sheet))).rows).toEqual([{ row: 3, cells: [null, 'x'] }]);
  });

  test('rows without r= (valid, written by some generators) are read by the tolerant reader', async () => {
    const sheet =
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row><c t="inlineStr"><is><t>x</t></is></c></row><row><c t="inlineStr"><is><t>y</t></is></c></row></sheetData></worksheet>';
    const { rows } = await read(namespacedXlsx(sheet));
    expect(rows.map((r) => [r.row, r.cells])).toEqual([
      [1, ['x']],
      [2, ['y']],
    ]);
  });

  test('a million blank rows stop after the blank-run limit', async () => {
    const blank = Array.from(
      { length: 5000 },
      (_, i) => `<row r="${i + 2}"><c r="A${i + 2}" s="0"/></row>`,
    ).join('');
    const sheet = `<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row>${blank}<row r="9000"><c r="A9000"><v>2</v></c></row></sheetData></worksheet>`;
    const { rows, stats } = await read(minimalXlsx(sheet));
    expect(rows).toEqual([{ row: 1, cells: [1] }]);
    expect(stats.stoppedAfterBlankRun).toBe(1001);
  });
});
