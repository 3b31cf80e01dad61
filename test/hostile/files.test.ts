import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { seedDemo } from '../../src/demo/seed.js';
import { createTestDatabase, type TestDatabase, testEngine } from '../support/database.js';
import {
  cleanRows,
  hugeCells,
  junkRows,
  manyIssues,
  manySheets,
  mixedEncodings,
  zipBomb,
} from './hostile-files.js';
import { BOUNDS, formatFigure, measured, type ServerProbe, SLACK, startServer } from './server-probe.js';

// Hostile files against the real server in its own process: each gets a coded answer within 10 s,
// the server's RSS grows by less than 300 MB, /healthz answers within 1 s (2 s on PGlite)
// throughout, and the server's temp folder is as it was. The 300k-row annotated workbook (served
// in under 60 s) runs only with HOSTILE_HEAVY=1: .ci/run runs it in its own step.
const HEAVY = process.env.HOSTILE_HEAVY === '1';

const UPLOAD = `mutation($file: File!) { uploadSubmission(dataset: EXECUTIVE_PAY, file: $file) {
  id status rowCount errorCount issues(first: 3) { nodes { code messageZh messageEn } }
  issueSummary { code count stored } } }`;

interface Uploaded {
  id: string;
  status: string;
  rowCount: number;
  errorCount: number;
  issues: { nodes: { code: string; messageZh: string; messageEn: string }[] };
  issueSummary: { code: string; count: number; stored: number }[];
}

describe(`hostile files (${testEngine})`, () => {
  let t: TestDatabase | undefined;
  let server: ServerProbe;
  let token = '';
  let tmpBefore: string[] = [];
  const figures: string[] = [];

  beforeAll(async () => {
    if (testEngine === 'postgres') {
      t = await createTestDatabase();
      await seedDemo(t.db);
    }
    server = await startServer(t?.url);
    const login = await fetch(`${server.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation { login(username: "ent-a", password: "sunshine-demo") { token } }',
      }),
    });
    token = ((await login.json()) as { data: { login: { token: string } } }).data.login.token;
    tmpBefore = await server.tmpEntries();
  }, 120_000);
  afterEach(async () => {
    // Workers remove their private folders as they exit: allow them a moment.
    for (let i = 0; i < 20 && (await server.tmpEntries()).length !== tmpBefore.length; i++)
      await new Promise((r) => setTimeout(r, 250));
    expect(await server.tmpEntries(), 'the temp folder after the test').toEqual(tmpBefore);
  });
  afterAll(async () => {
    console.log(`hostile files on ${testEngine} (time bounds ×${SLACK}):\n${figures.join('\n')}`);
    await server?.stop();
    await t?.dispose();
  });

  async function upload(name: string, bytes: Uint8Array): Promise<Uploaded> {
    const form = new FormData();
    form.set('operations', JSON.stringify({ query: UPLOAD, variables: { file: null } }));
    form.set('map', JSON.stringify({ 0: ['variables.file'] }));
    form.set('0', new Blob([new Uint8Array(bytes)]), name);
    const response = await fetch(`${server.base}/graphql`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'graphql-require-preflight': '1' },
      body: form,
    });
    const body = (await response.json()) as { data?: { uploadSubmission: Uploaded }; errors?: unknown };
    if (!body.data) throw new Error(JSON.stringify(body.errors));
    return body.data.uploadSubmission;
  }

  async function annotated(id: string): Promise<number> {
    const response = await fetch(`${server.base}/api/submissions/${id}/annotated.xlsx`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    return (await response.arrayBuffer()).byteLength;
  }

  /** Runs `work` while watching the server; holds it to the bounds unless `measureOnly`. */
  async function probe<T>(
    label: string,
    work: () => Promise<T>,
    { answerMs = BOUNDS.answerMs, measureOnly = false } = {},
  ): Promise<T> {
    const { value, figure } = await measured(server, label, work);
    figures.push(formatFigure(figure));
    if (measureOnly) return value;
    expect(figure.answerMs).toBeLessThan(answerMs * SLACK);
    expect(figure.rssGrowthMb).toBeLessThan(BOUNDS.rssGrowthMb);
    expect(figure.failedHealth).toBe(0);
    expect(figure.slowestHealthMs).toBeLessThan(BOUNDS.healthMs * SLACK);
    return value;
  }

  const coded = (s: Uploaded, code: string | RegExp) => {
    expect(s.status).toBe('VALIDATION_FAILED');
    const codes = s.issues.nodes.map((i) => i.code);
    expect(
      codes.some((c) => (typeof code === 'string' ? c === code : code.test(c))),
      codes.join(),
    ).toBe(true);
    for (const issue of s.issues.nodes) expect(issue.messageZh && issue.messageEn).toBeTruthy();
  };

  // Each file is generated before its probe: the test's own event loop polls /healthz.
  test(
    'a zip bomb (1 GiB sheet declared as 1 KB)',
    async () => {
      const bytes = zipBomb();
      coded(
        await probe('zip bomb', () => upload('bomb.xlsx', bytes)),
        /^(zip-bomb|malformed-xlsx|file-too-complex)$/,
      );
    },
    60_000 * SLACK,
  );

  test(
    'cells of 40,000 characters',
    async () => {
      const bytes = hugeCells();
      coded(await probe('huge cells', () => upload('huge.csv', bytes)), 'cell-too-large');
    },
    60_000 * SLACK,
  );

  test(
    '5.7 MB of junk rows: stopped after the probe, not 1.5M issues',
    async () => {
      const bytes = junkRows();
      const s = await probe('junk rows', () => upload('junk.csv', bytes));
      coded(s, 'not-the-template');
      expect(s.rowCount).toBeLessThanOrEqual(1_000);
    },
    60_000 * SLACK,
  );

  test(
    'a workbook of 100 sheets: one pass, a coded refusal',
    async () => {
      const bytes = await manySheets();
      coded(await probe('100 sheets', () => upload('sheets.xlsx', bytes)), 'too-many-sheets');
    },
    60_000 * SLACK,
  );

  test(
    'a GBK file with one UTF-8 row: the row is flagged, not stored as mojibake',
    async () => {
      const bytes = mixedEncodings();
      coded(await probe('mixed encodings', () => upload('mixed.csv', bytes)), 'mixed-encoding');
    },
    60_000 * SLACK,
  );

  test(
    '20k issues in a real template: bounded storage, exact counts, annotated workbook',
    async () => {
      const file = manyIssues();
      const s = await probe('many issues (10k rows, 2 errors each)', () => upload('many.csv', file));
      expect(s.errorCount).toBeGreaterThanOrEqual(20_000);
      expect(s.issueSummary.find((c) => c.code === 'max-length')).toMatchObject({
        count: 10_000,
        stored: 1_000,
      });
      const bytes = await probe('  its annotated workbook', () => annotated(s.id), { answerMs: 60_000 });
      expect(bytes).toBeGreaterThan(100_000);
    },
    180_000 * SLACK,
  );

  test.runIf(HEAVY)(
    'the annotated workbook of a clean 300k-row file: under 60 s, RSS growth under 300 MB',
    async () => {
      const clean = cleanRows(300_000);
      // The upload is measured, not bounded: issue 14 bounds the workbook of such a file.
      const s = await probe('clean 300k rows (34.5 MB), upload', () => upload('clean.csv', clean), {
        measureOnly: true,
      });
      expect(s.status).toBe('VALIDATED');
      const bytes = await probe('clean 300k rows, annotated workbook', () => annotated(s.id), {
        answerMs: 60_000,
      });
      expect(bytes).toBeGreaterThan(10_000_000);
    },
    600_000,
  );
});
