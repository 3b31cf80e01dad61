import type { AddressInfo } from 'node:net';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { ENTERPRISE_A, executivePayCsv } from '../support/files.js';
import { upload } from '../support/upload.js';

describe('downloading a submission’s file and error workbook', () => {
  let t: TestApp;
  let base = '';
  let id = '';
  const content = executivePayCsv(ENTERPRISE_A, [
    { name: '张伟', base: '六十' },
    { name: '李娜', base: '30', performance: '90' },
  ]);
  beforeAll(async () => {
    t = await createTestApp();
    await new Promise<void>((resolve) => t.app.server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    id = (await upload(t, await t.tokenFor('ent-a'), 'EXECUTIVE_PAY', { name: '薪酬.csv', content })).data!
      .uploadSubmission.id;
  });
  afterAll(async () => {
    await t.app.close();
    await t.dispose();
  });

  const get = async (path: string, username?: string) =>
    fetch(`${base}${path}`, {
      headers: username ? { authorization: `Bearer ${await t.tokenFor(username)}` } : {},
    });

  test('the enterprise gets its file back byte for byte', async () => {
    const response = await get(`/api/submissions/${id}/original`, 'ent-a');
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(Buffer.from(content))).toBe(true);
  });

  test('a file of more than one read slice (1 MB) comes back byte for byte', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => ({ name: `员工${i}` }));
    const large = executivePayCsv(ENTERPRISE_A, rows);
    expect(Buffer.byteLength(large)).toBeGreaterThan(2 * 2 ** 20);
    const token = await t.tokenFor('ent-a');
    const largeId = (await upload(t, token, 'EXECUTIVE_PAY', { name: 'large.csv', content: large })).data!
      .uploadSubmission.id;
    const original = await get(`/api/submissions/${largeId}/original`, 'ent-a');
    expect(Buffer.from(await original.arrayBuffer()).equals(Buffer.from(large))).toBe(true);
  }, 120_000);

  test('the regulator gets the annotated workbook with every issue listed and marked', async () => {
    const response = await get(`/api/submissions/${id}/annotated.xlsx`, 'muni-reviewer');
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const list = workbook.getWorksheet('错误清单')!;
    const stored = await t.db.prisma.submissionIssue.count({ where: { submissionId: id } });
    expect(stored).toBeGreaterThanOrEqual(2);
    expect(list.actualRowCount - 1).toBe(stored);
  });

  test.each([
    ['ent-b', 404],
    ['ent-d', 404],
    ['jd-reviewer', 404],
    [undefined, 401],
  ])('%s gets %i, exactly as for a missing submission', async (username, status) => {
    const response = await get(`/api/submissions/${id}/original`, username);
    expect(response.status).toBe(status);
    const missing = await get('/api/submissions/00000000-0000-4000-8000-000000000000/original', username);
    expect(missing.status).toBe(status);
    expect(await response.text()).toBe(await missing.text());
  });
});
