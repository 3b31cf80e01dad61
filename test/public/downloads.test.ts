import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { fileThrough, listen, performanceCsv, propertyCsv, signIn } from './support.js';

const EXECUTIVE_PAY = readFileSync(
  new URL('../../src/demo/files/a-executive-pay.csv', import.meta.url),
  'utf8',
);

async function workbook(response: Response) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await response.arrayBuffer());
  const sheet = book.worksheets[0]!;
  const header = (sheet.getRow(1).values as unknown[]).slice(1);
  return {
    sheet,
    header,
    cell: (row: number, name: string) => sheet.getRow(row).getCell(header.indexOf(name) + 1),
  };
}

describe('open data downloads', () => {
  let t: TestApp;
  let base: string;
  const get = (path: string) => fetch(`${base}${path}`);
  const text = async (path: string) => (await get(path)).text();

  beforeAll(async () => {
    t = await createTestApp();
    const tokens = await signIn(t);
    await fileThrough(
      t,
      tokens,
      'PROPERTY_TRANSACTIONS',
      propertyCsv({ code: 'G32018SH1000301', name: '临港物流园区资产转让' }),
    );
    await fileThrough(
      t,
      tokens,
      'PROPERTY_TRANSACTIONS',
      propertyCsv({ code: 'G32018SH1000302', name: '=HYPERLINK("http://evil")' }),
    );
    await fileThrough(t, tokens, 'PERFORMANCE_REVIEWS', performanceCsv('-12.5', '-2+3'));
    // 张伟's tenure runs 至今 (an open end); 李娜's end is blank; 王强's ended 2023-08.
    await fileThrough(t, tokens, 'EXECUTIVE_PAY', EXECUTIVE_PAY);
    base = await listen(t);
  });
  afterAll(() => t.dispose());

  test('CSV: UTF-8 with BOM, zh headers in template order, then the publication columns', async () => {
    const response = await get('/api/datasets/property-transactions.csv');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = new TextDecoder().decode(bytes.slice(3)).trim().split('\n');
    expect(header).toMatch(/^项目编号,项目名称,交易类型,披露阶段,/);
    expect(header).toMatch(/,备注,报送企业,发布时间,状态,更正为,撤回原因$/);
    expect(header).not.toContain('受让方证件号码');
    expect(rows).toHaveLength(2);
    expect(rows.join('\n')).toContain('临港物流园区资产转让,产权转让,正式披露');
  });

  test('a filtered download holds only the matching records', async () => {
    const csv = await text(`/api/datasets/property-transactions.csv?search=${encodeURIComponent('物流园')}`);
    expect(csv.trim().split('\n')).toHaveLength(2);
    const none = await text('/api/datasets/property-transactions.csv?status=withdrawn');
    expect(none.trim().split('\n')).toHaveLength(1);
    const bad = await get('/api/datasets/property-transactions.csv?buyerIdNumber=1');
    expect(bad.status).toBe(400);
  });

  test('formula-like text is escaped in CSV while a real negative number stays a number', async () => {
    const property = await text('/api/datasets/property-transactions.csv');
    expect(property).toContain(`"'=HYPERLINK(""http://evil"")"`);
    const reviews = await text('/api/datasets/performance-reviews.csv');
    const row = reviews.trim().split('\n')[1]!;
    expect(row).toContain(',-12.5,');
    expect(row).toContain(",'-2+3,");
  });

  test('XLSX: zh headers, text kept as published in text cells, numbers as numbers', async () => {
    const response = await get('/api/datasets/performance-reviews.xlsx');
    expect(response.status).toBe(200);
    const { header, cell } = await workbook(response);
    expect(header.slice(0, 2)).toEqual(['考核类型', '考核期间']);
    expect(cell(2, '利润总额(万元)').value).toBe(-12.5);
    expect(cell(2, '考核得分').value).toBe(96.5);
    // A text cell is never a formula: the value stays as typed, no ' added, and the cell is
    // formatted as text so that editing it keeps it text.
    expect(cell(2, '备注').value).toBe('-2+3');
    expect(cell(2, '备注').numFmt).toBe('@');
    expect(cell(2, '状态').value).toBe('现行');
  });

  test('an open end (至今) reads 至今 in CSV and XLSX and null in JSON; one 企业名称 column', async () => {
    const csv = await text('/api/datasets/executive-pay.csv');
    const [header, ...rows] = csv.replace('\uFEFF', '').trim().split('\n');
    const headers = header!.split(',');
    expect(headers.filter((h) => h === '企业名称')).toHaveLength(1);
    expect(new Set(headers).size).toBe(headers.length);
    const end = headers.indexOf('任职终止');
    const byName = new Map(rows.map((r) => [r.split(',')[headers.indexOf('姓名')], r.split(',')[end]]));
    expect(Object.fromEntries(byName)).toEqual({ 张伟: '至今', 李娜: '', 王强: '2023-08' });
    expect(csv).not.toContain('OPEN');

    const { sheet, cell } = await workbook(await get('/api/datasets/executive-pay.xlsx'));
    const ends = [2, 3, 4].map((r) => [cell(r, '姓名').value, cell(r, '任职终止').value]);
    expect(Object.fromEntries(ends)).toEqual({ 张伟: '至今', 李娜: null, 王强: '2023-08' });
    expect(sheet.rowCount).toBe(4);

    const body = await (await get('/api/datasets/executive-pay.json')).json();
    const tenure = body.records.map((r: { values: Record<string, unknown> }) => [
      r.values.name,
      r.values.tenureEnd,
    ]);
    expect(Object.fromEntries(tenure)).toEqual({ 张伟: null, 李娜: null, 王强: '2023-08' });
    const dictionary = await (await get('/api/datasets/executive-pay/dictionary.json')).json();
    const field = dictionary.fields.find((f: { key: string }) => f.key === 'tenureEnd');
    expect(field.openEnded).toMatchObject({ zh: expect.stringContaining('至今') });
  });

  test('JSON: { dataset, generatedAt, fields, records } with values by key', async () => {
    const body = await (await get('/api/datasets/property-transactions.json')).json();
    expect(body).toMatchObject({ dataset: 'property-transactions', generatedAt: expect.any(String) });
    expect(body.fields.map((f: { key: string }) => f.key)).not.toContain('buyerIdNumber');
    expect(body.records).toHaveLength(2);
    expect(body.records[1]).toMatchObject({
      status: 'CURRENT',
      enterpriseName: '上海示范城建集团有限公司',
      values: { projectName: '临港物流园区资产转让', transactionType: 'EQUITY_TRANSFER' },
    });
  });

  test('the data dictionary lists public fields with labels, types and units', async () => {
    const body = await (await get('/api/datasets/property-transactions/dictionary.json')).json();
    const appraised = body.fields.find((f: { key: string }) => f.key === 'appraisedValue');
    expect(appraised).toMatchObject({ label: { zh: '评估值(万元)' }, type: 'money', unit: { zh: '万元' } });
    expect(JSON.stringify(body)).not.toContain('buyerIdNumber');
    expect(body.tableSchema.fields.length).toBe(body.fields.length);
  });

  test.each([
    '/api/datasets/no-such-thing.csv',
    '/api/datasets/property-transactions.pdf',
    '/api/datasets/../etc/passwd.json',
  ])('%s is 404 JSON', async (path) => {
    const response = await get(path);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
  });
});
