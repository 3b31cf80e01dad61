import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { performanceReviews } from '../../schema/datasets/index.js';
import { downloadColumns, escapeFormula } from '../../src/public/columns.js';
import type { PublicRecord } from '../../src/public/records.js';
import { writeCsv } from '../../src/public/writers/csv.js';
import { writeXlsx } from '../../src/public/writers/xlsx.js';

const INJECTIONS: [string, string][] = [
  ['=1+1', "'=1+1"],
  ['+cmd|/C calc', "'+cmd|/C calc"],
  ['-2+3', "'-2+3"],
  ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
  ['\t=1+1', "'\t=1+1"],
  ['\r=1+1', "'\r=1+1"],
  ['普通备注', '普通备注'],
  ['1+1', '1+1'],
  ['', ''],
];

const record = (values: Record<string, unknown>): PublicRecord => ({
  id: '00000000-0000-4000-8000-000000000001',
  dataset: 'PERFORMANCE_REVIEWS',
  enterpriseId: '00000000-0000-4000-8000-000000000002',
  enterpriseName: '=示范企业',
  publishedAt: new Date('2024-05-01T06:00:00Z'),
  values,
  status: 'CURRENT',
  supersededById: null,
  supersededAt: null,
  withdrawnAt: null,
  withdrawalReason: null,
  submissionId: '00000000-0000-4000-8000-000000000003',
  rowNumber: 2,
});

async function* once(r: PublicRecord) {
  yield r;
}

async function collect(write: (out: PassThrough) => Promise<void>): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await write(out);
  out.end();
  return Buffer.concat(chunks);
}

describe('formula injection', () => {
  test.each(INJECTIONS)('escapeFormula(%j) → %j', (input, expected) => {
    expect(escapeFormula(input)).toBe(expected);
  });

  const columns = downloadColumns(performanceReviews);
  const at = (key: string) => columns.findIndex((c) => c.key === key);

  test.each(INJECTIONS)('a text field %j is escaped in CSV and XLSX', async (remark, expected) => {
    const r = record({ remarks: remark, totalProfit: '-12.5', score: '96.50', period: '2023' });
    const csv = (await collect((out) => writeCsv(out, columns, once(r)))).toString('utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain(',-12.5,');
    expect(csv).toContain("'=示范企业");
    const xlsx = await collect((out) => writeXlsx(out, 'sheet', columns, once(r)));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(xlsx).buffer);
    const row = book.worksheets[0]!.getRow(2);
    // XML parsers normalise a CR to LF when reading the sheet back; the escape is what matters.
    expect(row.getCell(at('remarks') + 1).value ?? '').toBe(expected.replace('\r', '\n'));
    expect(row.getCell(at('totalProfit') + 1).value).toBe(-12.5);
    expect(row.getCell(at('score') + 1).value).toBe(96.5);
  });

  test.each([
    ['-12.5', { kind: 'number', value: -12.5 }],
    ['5000', { kind: 'number', value: 5000 }],
    ['0.10', { kind: 'number', value: 0.1 }],
    // More digits than a double holds: kept as exact text rather than silently rounded.
    ['12345678901234567.89', { kind: 'text', value: '12345678901234567.89' }],
  ])('a decimal field %s becomes %j', (value, expected) => {
    expect(columns[at('totalProfit')]!.cell(record({ totalProfit: value }))).toMatchObject(expected);
  });
});
