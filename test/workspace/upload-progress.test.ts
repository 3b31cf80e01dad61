import { randomUUID } from 'node:crypto';
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openSpreadsheet } from '../../importers/open.js';
import { rowTagCounter } from '../../importers/sheet-scan.js';
import { estimateRows } from '../../src/intake/rows-read.js';
import { UploadProgressBoard } from '../../src/submissions/upload-progress.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { upload } from '../support/upload.js';

const PROGRESS = 'query($id: String!) { uploadProgress(id: $id) { rowsRead totalEstimate phase } }';
const HEADER =
  '年度,企业名称,统一社会信用代码,姓名,职务,任职起始,任职终止,基本年薪,绩效年薪,应付年薪,任期激励收入,社会保险、企业年金、补充医疗保险及住房公积金的单位缴存部分,其他货币性收入,税前报酬合计,是否在股东单位或其他关联企业领取薪酬,关联方领取的税前薪酬总额,备注';

/** Executive pay of ent-a, one row per person: enough rows that reading them takes a while. */
function payCsv(rows: number): string {
  const lines = [HEADER];
  for (let i = 0; i < rows; i++) {
    lines.push(
      `2023,上海示范城建集团有限公司,913100001322000126,职工${i},副总经理,2019-01,至今,40.5,52.3,92.8,0,12.6,0.5,105.9,否,,`,
    );
  }
  return `\uFEFF${lines.join('\n')}\n`;
}

interface Progress {
  rowsRead: number;
  totalEstimate: number | null;
  phase: string;
}

describe('upload progress: rows read while a large file is checked, for its uploader only', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    t = await createTestApp();
    for (const u of ['ent-a', 'ent-b', 'muni-reviewer']) tokens[u] = await t.tokenFor(u);
  });
  afterAll(() => t.dispose());

  const progressOf = async (id: string, token: string | undefined) =>
    t.gql<{ uploadProgress: Progress | null }>(PROGRESS, { id }, token);

  test('the uploader sees rows read grow, then DONE; others get null, the public an error', async () => {
    const id = randomUUID();
    const rows = 20_000;
    let pending = true;
    const request = upload(
      t,
      tokens['ent-a'],
      'EXECUTIVE_PAY',
      { name: 'pay.csv', content: payCsv(rows) },
      {
        progressId: id,
      },
    ).finally(() => {
      pending = false;
    });
    const seen: Progress[] = [];
    const strangers: unknown[] = [];
    while (pending) {
      const mine = (await progressOf(id, tokens['ent-a'])).data?.uploadProgress;
      if (mine) seen.push(mine);
      strangers.push((await progressOf(id, tokens['ent-b'])).data?.uploadProgress);
      strangers.push((await progressOf(id, tokens['muni-reviewer'])).data?.uploadProgress);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    const result = await request;
    expect(result.errors).toBeUndefined();
    expect(result.data?.uploadSubmission.rowCount).toBe(rows);

    const reading = seen.filter((p) => p.phase === 'READING' && p.rowsRead > 0);
    expect(reading.length).toBeGreaterThan(0);
    // The estimate counts the file's lines: the header and every data row.
    expect(reading.every((p) => p.totalEstimate === rows + 1)).toBe(true);
    expect(reading.some((p) => p.rowsRead < rows)).toBe(true);
    const counts = seen.map((p) => p.rowsRead);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));

    expect((await progressOf(id, tokens['ent-a'])).data?.uploadProgress).toEqual({
      rowsRead: rows + 1,
      totalEstimate: rows + 1,
      phase: 'DONE',
    });
    expect(strangers.length).toBeGreaterThan(0);
    expect(strangers.every((s) => s === null)).toBe(true);
    expect((await progressOf(id, tokens['ent-b'])).data?.uploadProgress).toBeNull();
    const anonymous = await progressOf(id, undefined);
    expect(anonymous.data?.uploadProgress ?? null).toBeNull();
    expect(anonymous.errors?.length).toBeGreaterThan(0);
  }, 120_000);

  test('an upload that fails says FAILED; a progressId that is no UUID is refused before anything is stored', async () => {
    const id = randomUUID();
    // Correcting a submission that does not exist is refused inside the upload.
    const failed = await upload(
      t,
      tokens['ent-a'],
      'EXECUTIVE_PAY',
      { name: 'p.csv', content: payCsv(2) },
      {
        progressId: id,
        corrects: randomUUID(),
      },
    );
    expect(failed.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await progressOf(id, tokens['ent-a'])).data?.uploadProgress?.phase).toBe('FAILED');

    const before = await t.db.prisma.submission.count();
    const odd = await upload(
      t,
      tokens['ent-a'],
      'EXECUTIVE_PAY',
      { name: 'pay.csv', content: payCsv(2) },
      {
        progressId: `${'x'.repeat(80)}`,
      },
    );
    expect(odd.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await t.db.prisma.submission.count()).toBe(before);
    // A regulator cannot upload, with or without a progress id.
    const regulator = await upload(
      t,
      tokens['muni-reviewer'],
      'EXECUTIVE_PAY',
      { name: 'p.csv', content: payCsv(2) },
      {
        progressId: randomUUID(),
      },
    );
    expect(regulator.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the progress board and the row estimate', () => {
  test('figures expire, the board stays bounded, and a user reads only their own', () => {
    let now = 0;
    const board = new UploadProgressBoard(1000, 2, () => now);
    const figure = { rowsRead: 5, totalEstimate: 10, phase: 'READING' as const };
    board.report('u1', 'p1', figure);
    expect(board.read('u1', 'p1')).toEqual(figure);
    expect(board.read('u2', 'p1')).toBeNull();
    now = 1001;
    expect(board.read('u1', 'p1')).toBeNull();
    board.report('u1', 'a', figure);
    board.report('u1', 'b', figure);
    board.report('u1', 'c', figure);
    expect(board.read('u1', 'a')).toBeNull();
    expect(board.read('u1', 'c')).toEqual(figure);
  });

  const csvInfo = (encoding: string) => ({ format: 'csv', encoding, delimiter: ',' }) as never;
  test.each([
    ['UTF-8, LF', new TextEncoder().encode('a,b\n上,下\n1,2\n'), 'utf-8', 3],
    ['CR only', new TextEncoder().encode('a,b\r1,2\r3,4'), 'utf-8', 2],
    // 上 is U+4E0A: its UTF-16LE bytes 0A 4E are no line break.
    ['UTF-16LE with 上', utf16le('\uFEFF上,上\n上,上\n'), 'utf-16le', 2],
  ])('%s', (_name, bytes, encoding, expected) => {
    expect(estimateRows(bytes, csvInfo(encoding))).toBe(expected);
  });
  test('an XLSX sheet counts its row elements (title and header included), across chunk boundaries', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('填报说明');
    sheet.addRow(['说明']);
    const data = workbook.addWorksheet('数据');
    data.addRow(['企业负责人薪酬']);
    data.addRow(['年度', '姓名']);
    for (let i = 0; i < 6000; i++) data.addRow([2023, `职工${i}`]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const opened = await openSpreadsheet({ bytes }, { preferredSheet: '数据' });
    expect(estimateRows(bytes, opened.info)).toBe(6002);
    let read = 0;
    for await (const rows of opened.batches) read += rows.length;
    expect(read).toBe(6002);
  });
  test('a row tag cut by any chunk boundary is counted once', () => {
    const xml = '<row r="1"><c r="A1"/></row><row r="2"/><row r="3"><c r="A3"><v>1</v></c></row>';
    for (let cut = 0; cut <= xml.length; cut++) {
      for (const step of [1, 2, 5]) {
        const counter = rowTagCounter();
        counter.add(xml.slice(0, cut));
        for (let at = cut; at < xml.length; at += step) counter.add(xml.slice(at, at + step));
        expect(counter.count(), `cut ${cut}, step ${step}`).toBe(3);
      }
    }
  });
  test('an .xls counts the rows SheetJS loaded for the chosen sheet, blank rows included', async () => {
    const rows = [
      ['企业负责人薪酬'],
      ['年度', '姓名'],
      [],
      ...Array.from({ length: 300 }, (_, i) => [2023, `职工${i}`]),
    ];
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['说明']]), '填报说明');
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), '数据');
    const bytes = new Uint8Array(XLSX.write(book, { type: 'buffer', bookType: 'biff8' }));
    const opened = await openSpreadsheet({ bytes, filename: 'pay.xls' }, { preferredSheet: '数据' });
    expect(opened.info.format).toBe('xls');
    // The blank third row is loaded as no row at all: 302, as the rows read below.
    expect(estimateRows(bytes, opened.info)).toBe(302);
    let read = 0;
    for await (const batch of opened.batches) read += batch.length;
    expect(read).toBe(302);
  });
  test('a reader that does not tell gives no estimate', () => {
    expect(estimateRows(new Uint8Array([0xd0, 0xcf]), { format: 'xls' } as never)).toBeNull();
  });
});

function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes[i * 2] = code & 0xff;
    bytes[i * 2 + 1] = code >> 8;
  }
  return bytes;
}
