import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { ENTERPRISE_A, executivePayCsv } from '../support/files.js';
import { upload } from '../support/upload.js';

describe('uploading the same file at once', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.dispose());

  test('20 identical concurrent uploads make one submission, with one set of rows', async () => {
    const token = await t.tokenFor('ent-a');
    const names = Array.from({ length: 50 }, (_, i) => ({ name: `并发${i}` }));
    const content = executivePayCsv(ENTERPRISE_A, names);
    const results = await Promise.all(
      Array.from({ length: 20 }, () => upload(t, token, 'EXECUTIVE_PAY', { name: 'same.csv', content })),
    );
    const ids = new Set(results.map((r) => r.data?.uploadSubmission.id));
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    expect(ids.size).toBe(1);
    expect(await t.db.prisma.submission.count()).toBe(1);
    const rows = await t.db.sql.query<{ n: string }>('SELECT count(*)::text AS n FROM rows_executive_pay');
    expect(rows.rows[0]?.n).toBe('50');
    const audits = await t.db.prisma.auditLog.count({ where: { action: 'upload' } });
    expect(audits).toBe(1);
  });
});
