import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { listen } from '../public/support.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { testEngine } from '../support/database.js';
import { recordsScenario } from './support.js';

const Q1 = {
  where: JSON.stringify({ fiscalYear: { eq: 2023 }, totalPreTax: { gt: '150' } }),
  orderBy: JSON.stringify([{ name: 'ASC' }]),
};

describe(`exports of a records query as CSV and XLSX (${testEngine})`, () => {
  let t: TestApp;
  let base: string;
  const tokens: Record<string, string> = {};
  const get = (file: string, who: string | null, params: Record<string, string> = Q1) =>
    fetch(`${base}/api/records/${file}?${new URLSearchParams(params)}`, {
      headers: who ? { authorization: `Bearer ${tokens[who]}` } : {},
    });

  beforeAll(async () => {
    t = await createTestApp();
    for (const u of ['muni-reviewer', 'jd-reviewer']) tokens[u] = await t.tokenFor(u);
    await recordsScenario(t.db);
    base = await listen(t);
  });
  afterAll(async () => {
    t.app.server.close();
    await t.dispose();
  });

  test('CSV: UTF-8 with a BOM, zh headers, the same rows as the query', async () => {
    const response = await get('executive-pay.csv', 'muni-reviewer');
    expect(response.status).toBe(200);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).trim().split('\n');
    const header = lines[0]?.split(',') ?? [];
    expect(header.slice(0, 4)).toEqual(['年度', '企业名称', '统一社会信用代码', '姓名']);
    expect(header).toContain('查询码');
    const name = header.indexOf('姓名');
    const total = header.indexOf('税前报酬合计');
    expect(lines.slice(1).map((l) => [l.split(',')[name], l.split(',')[total]])).toEqual([
      ['丁高', '188'],
      ['乙高', '188'],
      ['甲高', '188'],
    ]);
  });

  test('XLSX: a district commission gets its own enterprise only; amounts are numbers', async () => {
    const response = await get('executive-pay.xlsx', 'jd-reviewer');
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const rows = sheet.getSheetValues().slice(2) as unknown[][];
    expect(rows).toHaveLength(1);
    const row = rows[0]!.slice(1);
    expect(row[header.indexOf('姓名')]).toBe('丁高');
    expect(row[header.indexOf('税前报酬合计')]).toBe(188);
    expect(row[header.indexOf('状态')]).toBe('已公开');
  });

  test('a regulator-only field is empty in the rows a municipal commission reads in public form', async () => {
    const params = {
      where: JSON.stringify({ dealPrice: { gt: '10000' } }),
      orderBy: '[{"projectCode":"ASC"}]',
    };
    const text = await (await get('property-transactions.csv', 'muni-reviewer', params)).text();
    const lines = text.replace('\uFEFF', '').trim().split('\n');
    const header = lines[0]!.split(',');
    const idColumn = header.indexOf('受让方证件号码');
    expect(lines.slice(1).map((l) => [l.split(',')[0], l.split(',')[idColumn]])).toEqual([
      ['G32018SH1000121', '91310106MA1G5T0L4X'],
      ['G32018SH1000122', '91310106MA1G5T0L4X'],
      ['G32018SH1000124', ''],
    ]);
  });

  test('refusals: anonymous 401; a bad filter 400 with a coded zh/en message, before any file is sent', async () => {
    expect((await get('executive-pay.csv', null)).status).toBe(401);
    const bad = await get('executive-pay.csv', 'muni-reviewer', { where: '{"buyerIdNumber":{"eq":"x"}}' });
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { error: string; message: { zh: string; en: string } };
    expect(body.error).toBe('BAD_USER_INPUT');
    expect(body.message.zh).toContain('where');
    expect((await get('executive-pay.csv', 'muni-reviewer', { where: '{' })).status).toBe(400);
    expect((await get('no-such.csv', 'muni-reviewer')).status).toBe(404);
  });
});
