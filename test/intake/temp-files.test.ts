// Issue 14 item 3: reading a workbook leaves nothing in the temp folder (exceljs used to park the
// sheets of every XLSX whose shared strings come after them there, Excel's own order, for good).
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;

describe('the temp folder', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sunshine-tmpcheck-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  test('is unchanged after validating every fixture, in-process and in the upload worker', async () => {
    const { stdout, stderr } = await new Promise<{ stdout: string; stderr: string }>((resolve, reject) => {
      execFile(
        'node',
        ['--import', 'tsx', 'test/intake/tmp-child.ts'],
        { cwd: ROOT, env: { ...process.env, TMPDIR: dir }, maxBuffer: 16 * 1024 * 1024, timeout: 240_000 },
        (error, out, err) =>
          error ? reject(new Error(`${error.message}\n${err}`)) : resolve({ stdout: out, stderr: err }),
      );
    });
    const result = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as {
      checked: number;
      before: string[];
    };
    expect(stderr).not.toMatch(/Error/);
    expect(result.checked).toBeGreaterThan(20);
    expect(result.before).toEqual([]);
    // Listed again once the child has exited: what a task removes at its end or at shutdown is gone.
    const left = (await readdir(dir, { recursive: true })).filter((name) => !name.startsWith('tsx-'));
    expect(left).toEqual([]);
  }, 300_000);
});
