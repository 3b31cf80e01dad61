import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { fileThrough, listen, performanceCsv, propertyCsv, signIn } from './support.js';

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
    expect(header).toMatch(/,备注,企业名称,发布时间,状态,更正为,撤回原因$/);
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

  test('XLSX: zh headers, escaped text, numbers as numbers', async () => {
    const response = await get('/api/datasets/performance-reviews.xlsx');
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 2)).toEqual(['考核类型', '考核期间']);
    const row = sheet.getRow(2);
    const cell = (name: string) => row.getCell(header.indexOf(name) + 1).value;
    expect(cell('利润总额(万元)')).toBe(-12.5);
    expect(cell('考核得分')).toBe(96.5);
    expect(cell('备注')).toBe("'-2+3");
    expect(cell('状态')).toBe('现行');
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
