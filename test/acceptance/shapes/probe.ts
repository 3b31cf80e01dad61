import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { issueKey } from './sheet.js';

/** One spreadsheet and exactly what a careful reviewer expects the report to say about it. */
export interface Probe {
  name: string;
  dataset: string;
  bytes: Buffer;
  /** issueKey strings, in any order. */
  expected: string[];
  headerRow?: number;
  rowCount?: number;
  encoding?: string;
  /** What the file really is (csv, xlsx, xls, et, html). */
  format?: string;
  /** Workbooks: the sheet that must be read. */
  sheet?: string;
}

export interface CliIssue {
  severity: string;
  code: string;
  row?: number;
  column?: string;
  field?: string;
  value?: string;
  message: { zh: string; en: string };
}

export interface CliReport {
  headerRow: number;
  rowCount: number;
  errorCount: number;
  encoding?: string;
  format?: string;
  sheet?: string;
  issues: CliIssue[];
}

export interface ProbeRun {
  probe: Probe;
  exitCode: number;
  report: CliReport | undefined;
  stderr: string;
}

/** Runs `npm run cli -- validate <file> --dataset <key> --json` the way the acceptance check does. */
export function runCli(
  root: string,
  file: string,
  dataset: string,
  today?: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const args = ['--import', 'tsx', 'src/cli/main.ts', 'validate', file, '--dataset', dataset, '--json'];
  if (today) args.push('--today', today);
  return new Promise((resolve) => {
    execFile('node', args, { cwd: root, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

export async function runProbe(root: string, dir: string, probe: Probe, today?: string): Promise<ProbeRun> {
  const file = join(dir, probe.name);
  await writeFile(file, probe.bytes);
  const { code, stdout, stderr } = await runCli(root, file, probe.dataset, today);
  let report: CliReport | undefined;
  try {
    report = JSON.parse(stdout) as CliReport;
  } catch {
    report = undefined;
  }
  return { probe, exitCode: code, report, stderr };
}

/** Differences between what the reviewer expects and what the CLI said; empty when they agree. */
export function compare(run: ProbeRun): string[] {
  const { probe, report } = run;
  if (!report) return [`no JSON report (exit ${run.exitCode}): ${run.stderr.slice(0, 400)}`];
  const problems: string[] = [];
  const actual = report.issues.map(issueKey);
  const missing = probe.expected.filter((e) => !actual.includes(e));
  const extra = report.issues.filter((i) => !probe.expected.includes(issueKey(i)));
  for (const m of missing) problems.push(`MISSED   ${m}`);
  for (const x of extra)
    problems.push(`EXTRA    ${issueKey(x)} [${x.severity}] value=${x.value ?? ''} ${x.message.zh}`);
  const wantExit = report.issues.some((i) => i.severity === 'error') ? 1 : 0;
  if (run.exitCode !== wantExit) problems.push(`EXIT     ${run.exitCode}, expected ${wantExit}`);
  if (probe.headerRow !== undefined && report.headerRow !== probe.headerRow)
    problems.push(`HEADER   row ${report.headerRow}, expected ${probe.headerRow}`);
  if (probe.rowCount !== undefined && report.rowCount !== probe.rowCount)
    problems.push(`ROWS     ${report.rowCount}, expected ${probe.rowCount}`);
  if (probe.encoding !== undefined && report.encoding !== probe.encoding)
    problems.push(`ENCODING ${report.encoding}, expected ${probe.encoding}`);
  return problems;
}
