import { describe, expect, test } from 'vitest';
import { ISSUE_LIMITS, JUNK_PROBE } from '../../schema/engine/index.js';
import { validateFile } from '../../src/intake/validate-file.js';
import { ENTERPRISE_A, ENTERPRISE_B, executivePayCsv } from '../support/files.js';

const discard = { emit: async () => {} };
const validate = (csv: string, permitted?: string[]) =>
  validateFile(
    {
      bytes: new TextEncoder().encode(csv),
      dataset: 'executive-pay',
      today: '2024-06-28',
      ...(permitted ? { permittedEnterpriseCodes: permitted } : {}),
    },
    discard,
  );

const names = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `员工${i}` }));

describe('bounded issues, exact counts', () => {
  test('one bad column in 5,000 rows: 1,000 listed, 5,000 counted, all rows read', async () => {
    // Position 职务 over its length limit on every row: one error per row, the rest is fine.
    const rows = names(5_000).map((r) => ({ ...r, position: '董'.repeat(300) }));
    const report = await validate(executivePayCsv(ENTERPRISE_A, rows));
    expect(report.rowCount).toBe(5_000);
    const tooLong = report.issueSummary.find((c) => c.code === 'max-length');
    expect(tooLong).toEqual({
      code: 'max-length',
      severity: 'error',
      count: 5_000,
      stored: ISSUE_LIMITS.perCode,
    });
    expect(report.issues.filter((i) => i.code === 'max-length')).toHaveLength(ISSUE_LIMITS.perCode);
    // The first ones are listed, in sheet order.
    expect(report.issues.find((i) => i.code === 'max-length')?.row).toBe(2);
    const errors = report.issueSummary.filter((c) => c.severity === 'error').reduce((n, c) => n + c.count, 0);
    expect(report.errorCount).toBe(errors);
    expect(report.errorCount).toBeGreaterThanOrEqual(5_000);
    expect(report.issues.some((i) => i.code === 'not-the-template')).toBe(false);
  });

  test('the file bound holds across codes, file-level issues are always kept', async () => {
    const lines = names(12_000).map((r, i) => ({
      ...r,
      position: i % 2 === 0 ? '董'.repeat(300) : '董事长',
      year: 1900 + (i % 50),
    }));
    const report = await validate(executivePayCsv(ENTERPRISE_A, lines));
    const located = report.issues.filter((i) => i.row !== undefined);
    expect(located.length).toBeLessThanOrEqual(ISSUE_LIMITS.perFile);
    for (const c of report.issueSummary) expect(c.stored).toBeLessThanOrEqual(ISSUE_LIMITS.perCode);
    const total = report.issueSummary.reduce((n, c) => n + c.count, 0);
    expect(total).toBe(report.errorCount + report.warningCount);
  });

  test('rows naming other enterprises: listed up to the bound, every one counted', async () => {
    const rows = names(3_000).map((r) => ({ ...r, enterprise: ENTERPRISE_B }));
    const report = await validate(executivePayCsv(ENTERPRISE_A, rows), [ENTERPRISE_A.uscc]);
    const strangers = report.issueSummary.find((c) => c.code === 'enterprise-not-permitted');
    expect(strangers).toEqual({
      code: 'enterprise-not-permitted',
      severity: 'error',
      count: 3_000,
      stored: ISSUE_LIMITS.perCode,
    });
    expect(report.errorCount).toBe(3_000);
  });

  test('junk under a matching header: validation stops after the probe and says so', async () => {
    const header = executivePayCsv(ENTERPRISE_A, []).trimEnd();
    const junk = Array.from({ length: 50_000 }, (_, i) => `x${i},y,z,${i},w,q,q,q,q,q,q,q,q,q,q,q,q`);
    const report = await validate(`${header}\n${junk.join('\n')}\n`);
    expect(report.rowCount).toBe(JUNK_PROBE.rows);
    const stop = report.issues.find((i) => i.code === 'not-the-template');
    expect(stop).toMatchObject({
      severity: 'error',
      message: { zh: expect.stringContaining('不像是本数据集的模板') },
    });
    expect(stop?.message.en).toContain(`rows after ${JUNK_PROBE.rows + 1} were not checked`);
    expect(stop?.row).toBeUndefined();
    // The headline comes first, before the first rows' issues.
    expect(report.issues[0]).toBe(stop);
  });

  test('a file with some bad rows among good ones is read to the end', async () => {
    const rows = names(1_000).map((r, i) => (i % 3 === 0 ? { ...r, base: 'abc', performance: 'def' } : r));
    const report = await validate(executivePayCsv(ENTERPRISE_A, rows));
    expect(report.rowCount).toBe(1_000);
    expect(report.issues.some((i) => i.code === 'not-the-template')).toBe(false);
  });
});
