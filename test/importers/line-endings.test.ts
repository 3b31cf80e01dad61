// Issue 9, defect 1: every line ending (CRLF, LF, CR, and any mixture) ends a record.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { openSpreadsheet, readAllRows } from '../../importers/index.js';

async function rowsOf(text: string) {
  const opened = await openSpreadsheet({ bytes: new TextEncoder().encode(text), filename: 'x.csv' });
  return (await readAllRows(opened)).map((r) => ({ row: r.row, cells: r.cells }));
}

describe('CSV line endings', () => {
  test.each([
    ['CRLF header, LF rows (appended by another tool)', '名称,备注\r\n甲,一\n乙,二\n丙,三\n'],
    ['LF only', '名称,备注\n甲,一\n乙,二\n丙,三\n'],
    ['CR only (old Mac)', '名称,备注\r甲,一\r乙,二\r丙,三\r'],
    ['every kind mixed', '名称,备注\r\n甲,一\r乙,二\n丙,三\r\n'],
  ])('%s: every line is its own row', async (_name, text) => {
    expect(await rowsOf(text)).toEqual([
      { row: 1, cells: ['名称', '备注'] },
      { row: 2, cells: ['甲', '一'] },
      { row: 3, cells: ['乙', '二'] },
      { row: 4, cells: ['丙', '三'] },
    ]);
  });

  test('a line ending inside quotes stays in the cell, whatever the file uses elsewhere', async () => {
    expect(await rowsOf('名称,备注\r\n甲,"第一行\n第二行"\n乙,二\r\n')).toEqual([
      { row: 1, cells: ['名称', '备注'] },
      { row: 2, cells: ['甲', '第一行\n第二行'] },
      { row: 3, cells: ['乙', '二'] },
    ]);
  });
});

const CELL_CHARS = ['a', 'Z', '中', '文', ' ', ',', '"', '\n', '\r', '\r\n', '1', '.', '-'];
const cell = fc.array(fc.constantFrom(...CELL_CHARS), { maxLength: 6 }).map((parts) => parts.join(''));
// The last cell holds a letter: trailing blank cells are dropped by design, and a blank row is skipped.
const row = fc
  .tuple(fc.array(cell, { maxLength: 4 }), fc.constantFrom('x', '甲', 'end'))
  .map(([cells, last]) => [...cells, last]);
const ending = fc.constantFrom('\r\n', '\n', '\r');

function quote(value: string, always: boolean): string {
  if (!always && !/[",\r\n]/.test(value)) return value;
  return `"${value.replaceAll('"', '""')}"`;
}

describe('CSV round trip (property)', () => {
  test('any rows, quoting and mixture of line endings read back as the same rows', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(row, ending, fc.boolean()), { minLength: 1, maxLength: 12 }),
        fc.boolean(),
        async (lines, finalEnding) => {
          const text = lines
            .map(([cells, end, always], i) => {
              const line = cells.map((c) => quote(c, always)).join(',');
              return i < lines.length - 1 || finalEnding ? line + end : line;
            })
            .join('');
          const read = await rowsOf(text);
          expect(read.map((r) => r.cells)).toEqual(lines.map(([cells]) => cells));
          expect(read.map((r) => r.row)).toEqual(lines.map((_, i) => i + 1));
        },
      ),
      { numRuns: 300 },
    );
  });
});
