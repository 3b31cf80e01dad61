// Issue 9: `npm run cli -- validate` and an upload agree on the same file (sheet, rows, issues),
// and the submission says which sheet was read and why the others were not (GraphQL and the
// annotated workbook). Issue 14 item 10: the CLI answers a refused file with the upload's code.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseArgs } from '../../src/cli/args.js';
import type { CliReport } from '../../src/cli/report.js';
import { runValidate } from '../../src/cli/validate.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { sampleHeaderLine, sampleLines } from '../support/executive-pay-sample.js';
import { upload } from '../support/upload.js';

const HEADER = sampleHeaderLine;
const LINES = sampleLines;

/** 填报说明 with a 填写示例 row first; the data (one row with an error) on 薪酬表; a second data sheet. */
async function workbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const help = wb.addWorksheet('填报说明');
  for (const row of [['填报说明'], ['填写示例：'], HEADER.split(','), (LINES[0] ?? '').split(',')])
    help.addRow(row);
  const data = wb.addWorksheet('薪酬表');
  data.addRow(HEADER.split(','));
  for (const line of LINES) data.addRow(line.split(','));
  data.addRow([...(LINES[0] ?? '').split(',').slice(0, 3), '', '董事长']);
  const extra = wb.addWorksheet('补充');
  extra.addRow(HEADER.split(','));
  extra.addRow((LINES[1] ?? '').split(','));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function cli(bytes: Uint8Array, name: string): Promise<{ exit: number; report: CliReport }> {
  const dir = await mkdtemp(join(tmpdir(), 'sunshine-agree-'));
  try {
    const file = join(dir, name);
    await writeFile(file, bytes);
    const out: string[] = [];
    const io = { stdout: (text: string) => void out.push(text), stderr: () => {} };
    const args = parseArgs(['validate', file, '--dataset', 'executive-pay', '--json']);
    const exit = await runValidate(args, io);
    return { exit, report: JSON.parse(out.join('')) as CliReport };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const SUBMISSION = `query($id: ID!) { submission(id: $id) {
  format sheet rowCount errorCount warningCount
  ignoredSheets { name reason { zh en } }
  issues(first: 100) { nodes { code row column sheet severity } }
} }`;

interface SubmissionView {
  format: string;
  sheet: string | null;
  rowCount: number;
  errorCount: number;
  warningCount: number;
  ignoredSheets: { name: string; reason: { zh: string; en: string } }[];
  issues: { nodes: { code: string; row: number | null; column: string | null; sheet: string | null }[] };
}

describe('the CLI and an upload read the same sheet, rows and issues', () => {
  let t: TestApp;
  let bytes: Uint8Array;
  beforeAll(async () => {
    t = await createTestApp();
    bytes = await workbook();
  });
  afterAll(async () => {
    await t.app.close();
    await t.dispose();
  });

  test('a workbook with an instructions sheet first', async () => {
    const token = await t.tokenFor('ent-a');
    const uploaded = await upload(t, token, 'EXECUTIVE_PAY', { name: '薪酬.xlsx', content: bytes });
    const id = uploaded.data?.uploadSubmission.id ?? '';
    const { data } = await t.gql<{ submission: SubmissionView }>(SUBMISSION, { id }, token);
    const s = data?.submission as SubmissionView;
    const { exit, report } = await cli(bytes, '薪酬.xlsx');

    expect(s).toMatchObject({ format: 'xlsx', sheet: '薪酬表', rowCount: 4 });
    expect(s.ignoredSheets.map((i) => i.name)).toEqual(['填报说明', '补充']);
    expect(s.ignoredSheets[0]?.reason.zh).toContain('填写示例');
    expect(s.issues.nodes).toContainEqual(expect.objectContaining({ code: 'sheet-ignored', sheet: '补充' }));
    expect(s.issues.nodes.filter((i) => i.code !== 'sheet-ignored').every((i) => i.sheet === '薪酬表')).toBe(
      true,
    );
    expect(s.errorCount).toBeGreaterThan(0);

    expect(exit).toBe(1);
    expect(report).toMatchObject({
      format: s.format,
      sheet: s.sheet,
      rowCount: s.rowCount,
      errorCount: s.errorCount,
      warningCount: s.warningCount,
      ignoredSheets: s.ignoredSheets,
    });
    const key = (i: { code: string; row?: number | null; column?: string | null; sheet?: string | null }) =>
      `${i.code}@${i.row ?? '-'}${i.column ?? ''}:${i.sheet ?? ''}`;
    expect(report.issues.map(key).sort()).toEqual(s.issues.nodes.map(key).sort());
  });

  test('the annotated workbook says which sheet was read and which were not', async () => {
    const token = await t.tokenFor('ent-a');
    const { data: list } = await t.gql<{ submissions: { nodes: { id: string }[] } }>(
      '{ submissions(first: 1) { nodes { id } } }',
      {},
      token,
    );
    const id = list?.submissions.nodes[0]?.id ?? '';
    await new Promise<void>((resolve) => t.app.server.listen(0, '127.0.0.1', resolve));
    const port = (t.app.server.address() as AddressInfo).port;
    const response = await fetch(`http://127.0.0.1:${port}/api/submissions/${id}/annotated.xlsx`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await response.arrayBuffer());
    const note = wb.getWorksheet('读取说明');
    const rows = (note?.getSheetValues() ?? []).map((r) => (Array.isArray(r) ? r.slice(1, 3) : []));
    expect(rows).toContainEqual(['读取的工作表', '薪酬表']);
    expect(rows).toContainEqual(['未读取的工作表', '填报说明']);
    expect(rows).toContainEqual(['未读取的工作表', '补充']);
  });

  test('a refused file gets the same code from the CLI as from an upload', async () => {
    const wb = new ExcelJS.Workbook();
    for (let i = 1; i <= 60; i++) wb.addWorksheet(`表${i}`).addRow(HEADER.split(','));
    const many = new Uint8Array(await wb.xlsx.writeBuffer());
    const token = await t.tokenFor('ent-a');
    const uploaded = await upload(t, token, 'EXECUTIVE_PAY', { name: 'many.xlsx', content: many });
    const id = uploaded.data?.uploadSubmission.id ?? '';
    const { data } = await t.gql<{ submission: SubmissionView }>(SUBMISSION, { id }, token);
    const { exit, report } = await cli(many, 'many.xlsx');
    expect(data?.submission.issues.nodes.map((i) => i.code)).toEqual(['too-many-sheets']);
    expect(exit).toBe(2);
    expect(report.issues.map((i) => i.code)).toEqual(['too-many-sheets']);
  });
});
