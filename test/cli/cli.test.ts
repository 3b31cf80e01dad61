// The real CLI as a child process, as scripts and the acceptance check run it (CONTRACT.md).
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { executivePay } from '../../schema/datasets/index.js';
import { executivePayFixtures } from '../fixtures/data/executive-pay.js';
import { FIXTURE_TODAY } from '../fixtures/index.js';
import { toTable, utf8BomCsv } from '../fixtures/lib/table.js';
import { disclosure2027Csv, NOTICE_2027, SPRING_FESTIVAL_2027 } from '../support/calendar-2027.js';
import { ENTERPRISE_A } from '../support/files.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = (path: string) => join(root, 'test/fixtures', path);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      'node',
      ['--import', 'tsx', 'src/cli/main.ts', ...args],
      { cwd: root },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
      },
    );
  });
}

const validate = (file: string, dataset: string, ...more: string[]) =>
  cli('validate', file, '--dataset', dataset, '--today', FIXTURE_TODAY, ...more);

const REPORT_KEYS = [
  'dataset',
  'format',
  'encoding',
  'headerRow',
  'rowCount',
  'errorCount',
  'warningCount',
  'issues',
];
const ISSUE_KEYS = ['severity', 'code', 'row', 'column', 'field', 'value', 'message'];

function expectContractShape(report: Record<string, unknown>): void {
  for (const key of Object.keys(report)) expect(REPORT_KEYS).toContain(key);
  expect(typeof report.dataset).toBe('string');
  expect(['csv', 'xlsx']).toContain(report.format);
  for (const key of ['headerRow', 'rowCount', 'errorCount', 'warningCount'])
    expect(Number.isInteger(report[key])).toBe(true);
  const issues = report.issues as Record<string, unknown>[];
  expect(Array.isArray(issues)).toBe(true);
  for (const issue of issues) {
    for (const key of Object.keys(issue)) expect(ISSUE_KEYS).toContain(key);
    expect(['error', 'warning']).toContain(issue.severity);
    expect(typeof issue.code).toBe('string');
    if ('row' in issue) expect(Number.isInteger(issue.row)).toBe(true);
    if ('column' in issue) expect(issue.column).toMatch(/^[A-Z]+$/);
    expect(Object.keys(issue.message as object).sort()).toEqual(['en', 'zh']);
  }
}

describe('npm run cli -- validate', () => {
  test('a clean file exits 0 and prints exactly the contract report', async () => {
    const run = await validate(fixture('executive-pay/valid-gbk.csv'), 'executive-pay', '--json');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expectContractShape(report);
    expect(report).toEqual({
      dataset: 'executive-pay',
      format: 'csv',
      encoding: 'gb18030',
      headerRow: 1,
      rowCount: 6,
      errorCount: 0,
      warningCount: 0,
      issues: [],
    });
  });

  test('errors exit 1; every issue is located and in both languages', async () => {
    const run = await validate(fixture('executive-pay/rule-violations.csv'), 'executive-pay', '--json');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expectContractShape(report);
    expect(report.errorCount).toBe(4);
    expect(report.issues[0]).toMatchObject({
      code: 'salary-payable-mismatch',
      row: 2,
      column: 'J',
      field: 'annualSalaryPayable',
      value: '150',
    });
    expect(Object.keys(report.issues[0])).toEqual(ISSUE_KEYS);
  });

  test('warnings alone exit 0', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sunshine-cli-'));
    const file = join(dir, 'warning-only.csv');
    const [row] = executivePayFixtures.valid;
    const over = { ...row, performanceSalary: '130', annualSalaryPayable: '190.12', totalPreTax: '228.48' };
    await writeFile(file, utf8BomCsv(toTable(executivePay, [over])));
    const run = await validate(file, 'executive-pay', '--json');
    expect(JSON.parse(run.stdout)).toMatchObject({ errorCount: 0, warningCount: 1 });
    expect(run.code).toBe(0);
  });

  test('an XLSX with title rows is read from its header row', async () => {
    const run = await validate(fixture('executive-pay/valid-title-rows.xlsx'), 'executive-pay', '--json');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ format: 'xlsx', headerRow: 3, rowCount: 6 });
    expect(report).not.toHaveProperty('encoding');
  });

  test('a PDF renamed .xlsx exits 2 with one file-level issue', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sunshine-cli-'));
    const file = join(dir, '薪酬.xlsx');
    await writeFile(file, '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n');
    const run = await validate(file, 'executive-pay', '--json');
    expect(run.code).toBe(2);
    const report = JSON.parse(run.stdout);
    expectContractShape(report);
    expect(report.issues).toHaveLength(1);
    expect(report.issues[0]).not.toHaveProperty('row');
    expect(report.issues[0].code).toBe('pdf-file');
    expect(run.stderr).toContain('PDF');
  });

  test('a missing file and an unknown dataset exit 2 with a message on stderr', async () => {
    const missing = await validate('no/such/file.csv', 'executive-pay');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('找不到文件');
    const unknown = await validate(fixture('executive-pay/valid.csv'), 'pay', '--json');
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toContain('unknown dataset "pay"');
  });

  test('the human report has one located line per issue and a verdict', async () => {
    const run = await validate(fixture('executive-pay/bad-identifiers.csv'), 'executive-pay');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('错误  第2行 C列 统一社会信用代码：');
    expect(run.stdout).toContain('警告  第3行 C列 统一社会信用代码：');
    expect(run.stdout).toMatch(/未通过：错误3个，警告1个/);
  });
});

describe('npm run cli -- validate --calendar', () => {
  const issueCodes = (run: Run) =>
    (JSON.parse(run.stdout) as { issues: { code: string }[] }).issues.map((i) => i.code);

  test('offline, a 2027 window counts Monday–Friday and says so; --calendar adds the year', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sunshine-cli-'));
    const file = join(dir, 'disclosure-2027.csv');
    const days = join(dir, 'days-2027.json');
    await writeFile(file, disclosure2027Csv(ENTERPRISE_A));
    await writeFile(days, JSON.stringify(SPRING_FESTIVAL_2027.map((d) => ({ ...d, note: NOTICE_2027 }))));
    const builtIn = await validate(file, 'property-transactions', '--json');
    expect(issueCodes(builtIn)).toEqual(['calendar-year-unknown']);
    expect(builtIn.code).toBe(0);
    const extended = await validate(file, 'property-transactions', '--json', '--calendar', days);
    expect(issueCodes(extended)).toEqual(['disclosure-period-too-short']);
    expect(extended.code).toBe(1);
  });

  test('an invalid calendar file exits 2 and says what is wrong', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sunshine-cli-'));
    const days = join(dir, 'days.json');
    await writeFile(days, JSON.stringify([{ date: '2027/2/8', kind: 'HOLIDAY', note: 'x' }]));
    const run = await validate(fixture('executive-pay/valid.csv'), 'executive-pay', '--calendar', days);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('0.date: expected YYYY-MM-DD');
  });
});

describe('npm run cli -- template / table-schema', () => {
  test('template writes an XLSX that validates with only no-data', async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'sunshine-cli-')), 'pt.xlsx');
    expect((await cli('template', 'property-transactions', '--out', out)).code).toBe(0);
    expect((await readFile(out)).subarray(0, 2).toString()).toBe('PK');
    const run = await validate(out, 'property-transactions', '--json');
    expect(JSON.parse(run.stdout).issues.map((i: { code: string }) => i.code)).toEqual(['no-data']);
  });

  test('table-schema prints a Table Schema on stdout', async () => {
    const run = await cli('table-schema', 'service-info');
    expect(run.code).toBe(0);
    const schema = JSON.parse(run.stdout);
    expect(schema.fields[0]).toMatchObject({ name: 'industry', title: '行业', type: 'string' });
  });
});
