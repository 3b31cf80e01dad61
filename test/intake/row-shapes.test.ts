// Issue 9, defects 1 and 3, end to end through validateFile (the same code uploads and the CLI run).
import { describe, expect, test } from 'vitest';
import { type ValidatedRow, validateFile } from '../../src/intake/validate-file.js';
import { ENTERPRISE_A, executivePayCsv } from '../support/files.js';

async function validate(text: string) {
  const rows: ValidatedRow[] = [];
  const bytes = new TextEncoder().encode(text);
  const report = await validateFile(
    { bytes, dataset: 'executive-pay', today: '2024-06-28' },
    { emit: async (batch) => void rows.push(...batch) },
  );
  return { report, rows };
}

const [header = '', ...lines] = executivePayCsv(ENTERPRISE_A, [
  { name: '张伟' },
  { name: '李娜' },
  { name: '王芳' },
])
  .trim()
  .split('\n');

describe('every data line becomes a record or a located error', () => {
  test('a CRLF header over LF rows: three records, nothing in 备注', async () => {
    const { report, rows } = await validate(`${header}\r\n${lines.join('\n')}\n`);
    expect(report.rowCount).toBe(3);
    expect(rows.map((r) => [r.row, r.values.name, r.values.remarks ?? null])).toEqual([
      [2, '张伟', null],
      [3, '李娜', null],
      [4, '王芳', null],
    ]);
    expect(report.errorCount).toBe(0);
  });

  test('a line with more cells than the header is an error on that row, at the first surplus cell', async () => {
    const surplus = `${lines[1]},多出来,还有`;
    const { report } = await validate(`${header}\n${lines[0]}\n${surplus}\n${lines[2]}\n`);
    expect(report.rowCount).toBe(3);
    expect(report.issues).toEqual([
      expect.objectContaining({
        code: 'extra-cell',
        severity: 'error',
        row: 3,
        column: 'R',
        value: '多出来',
      }),
    ]);
    const message = report.issues[0]?.message;
    expect(message?.zh).toContain('第3行有2个单元格');
    expect(message?.en).toContain('Row 3 has 2 cell(s)');
  });
});

describe('the 栏次 row of statistical forms', () => {
  const stems = ['甲', '乙', '丙', '丁', '戊', '己', '庚'];
  const numbered = [...stems, ...Array.from({ length: 10 }, (_, i) => String(i + 1))].join(',');

  test('甲 乙 丙 … 1 2 3 under the header is part of the header area, not a record', async () => {
    const { report, rows } = await validate(`${header}\n${numbered}\n${lines.join('\n')}\n`);
    expect(report.issues).toEqual([]);
    expect(report.rowCount).toBe(3);
    expect(rows.map((r) => r.row)).toEqual([3, 4, 5]);
  });

  test('numbers that do not count up are a record (and its errors), not a 栏次 row', async () => {
    const { report } = await validate(`${header}\n甲,乙,丙,1,3,2\n${lines.join('\n')}\n`);
    expect(report.rowCount).toBe(4);
    expect(report.errorCount).toBeGreaterThan(0);
  });
});
