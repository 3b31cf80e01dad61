import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { openSpreadsheet, readAllRows } from '../../importers/open.js';
import { getDataset } from '../../schema/datasets/index.js';
import { validateRows } from '../../schema/engine/index.js';

async function workbookWithPercent(format: string | undefined) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  sheet.addRow(['项目编号', '转让比例(%)']);
  const row = sheet.addRow(['G32018SH1000120', 0.12]);
  if (format) row.getCell(2).numFmt = format;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('a percent-formatted number cell', () => {
  test.each([
    ['0%', '12'],
    ['0.00%', '12'],
    [undefined, '0.12'],
  ])('with format %s reads as %s percentage points', async (format, expected) => {
    const bytes = await workbookWithPercent(format);
    const rows = await readAllRows(await openSpreadsheet({ bytes }));
    expect(rows[1]?.numFmts?.[1]).toBe(format);
    const values: unknown[] = [];
    const opened = await openSpreadsheet({ bytes });
    await validateRows(getDataset('property-transactions')!, opened.info, opened.batches, {
      today: '2024-06-28',
      onRow: (r) => values.push(r.values.transferPercent),
    });
    expect(values).toEqual([expected]);
  });
});
