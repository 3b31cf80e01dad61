import { describe, expect, test } from 'vitest';
import { ImportError } from '../../importers/errors.js';
import { openSpreadsheetInWorker } from '../../importers/worker/open-in-worker.js';
import { runInWorker } from '../../importers/worker/run-in-worker.js';
import { dropStandby, prepareStandby } from '../../importers/worker/spawn.js';
import type { RawRow } from '../../schema/core/cells.js';
import { gbk, xlsxBytes } from './fixtures.js';
import { deflateRepeated, minimalXlsx } from './zip-writer.js';

const TASKS = new URL('./worker-tasks.ts', import.meta.url);
const LIMITS = { timeoutMs: 5_000, maxOldGenerationSizeMb: 64 };

describe('runInWorker', () => {
  test('runs a .ts task and streams batches in order before the result', async () => {
    const seen: number[] = [];
    const result = await runInWorker<string, number[]>(
      TASKS,
      'echo',
      { n: 20 },
      {
        ...LIMITS,
        onBatch: async (batch) => {
          await new Promise((resolve) => setTimeout(resolve, 1));
          seen.push(...batch);
        },
      },
    );
    expect(result).toBe('done 20');
    expect(seen).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  test('a hot loop becomes parse-timeout while the main thread keeps answering timers', async () => {
    const lags: number[] = [];
    const probe = setInterval(() => lags.push(Date.now()), 20);
    const started = Date.now();
    const error = await runInWorker(TASKS, 'spin', null, { ...LIMITS, timeoutMs: 500 }).catch(
      (e: unknown) => e,
    );
    clearInterval(probe);
    expect(error).toMatchObject({ code: 'parse-timeout' });
    expect(Date.now() - started).toBeLessThan(3_000);
    const gaps = lags.slice(1).map((t, i) => t - (lags[i] ?? t));
    expect(Math.max(...gaps)).toBeLessThan(200);
  });

  test('running out of memory becomes file-too-complex', async () => {
    const error = await runInWorker(TASKS, 'hog', null, { ...LIMITS, maxOldGenerationSizeMb: 32 }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 'file-too-complex' });
  });

  test('an ImportError thrown in the worker arrives as an ImportError', async () => {
    const error = await runInWorker(TASKS, 'refuse', null, LIMITS).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect(error).toMatchObject({ code: 'malformed-csv', row: 7 });
  });

  test('any other error stays a plain error (a bug, not a refusal)', async () => {
    const error = await runInWorker(TASKS, 'crash', null, LIMITS).catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(ImportError);
    expect(String(error)).toContain('boom');
  });
});

describe('a standby worker', () => {
  const whoAmI = (opts: Partial<typeof LIMITS> = {}) =>
    runInWorker<number>(TASKS, 'whoAmI', null, { ...LIMITS, ...opts, standby: true });

  test('is loaded ahead, runs one task only, and its deadline starts with the task', async () => {
    const standby = prepareStandby(TASKS, LIMITS);
    await standby.ready;
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    // Idle for 1.2 s once loaded: a 1 s deadline is not spent by the wait.
    expect(await whoAmI({ timeoutMs: 1_000 })).toBe(standby.threadId);
    // Taken: the next task gets a new worker.
    expect(await whoAmI()).not.toBe(standby.threadId);
  });

  test('is not used for other limits, which get a worker of their own', async () => {
    const standby = prepareStandby(TASKS, LIMITS);
    expect(await whoAmI({ maxOldGenerationSizeMb: 48 })).not.toBe(standby.threadId);
    expect(await whoAmI()).toBe(standby.threadId);
  });

  test('a hostile task in a standby still fails alone', async () => {
    const standby = prepareStandby(TASKS, { maxOldGenerationSizeMb: 32 });
    await standby.ready;
    const error = await runInWorker(TASKS, 'hog', null, {
      ...LIMITS,
      maxOldGenerationSizeMb: 32,
      standby: true,
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'file-too-complex' });
    await dropStandby();
  });
});

describe('openSpreadsheetInWorker', () => {
  test('parses a GBK CSV and an XLSX in a worker, rows in batches', async () => {
    const rows: RawRow[] = [];
    const csv = await openSpreadsheetInWorker({ bytes: gbk('名称\n甲\n乙\n'), batchSize: 2 }, (batch) => {
      rows.push(...batch);
    });
    expect(csv.info).toMatchObject({ encoding: 'gb18030' });
    expect(rows.map((r) => r.cells[0])).toEqual(['名称', '甲', '乙']);
    const date = new Date(Date.UTC(2024, 0, 31));
    const bytes = await xlsxBytes((wb) => wb.addWorksheet('s').addRow([date]));
    const xlsxRows: RawRow[] = [];
    await openSpreadsheetInWorker({ bytes }, (batch) => {
      xlsxRows.push(...batch);
    });
    expect(xlsxRows[0]?.cells[0]).toEqual(date);
  });

  const PREFIX = '<sst count="1" uniqueCount="1"><si><t>';
  const SUFFIX = '</t></si></sst>';
  const SHEET = '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>';

  function sharedStringBomb(declaredSize?: number): Uint8Array {
    const deflated = deflateRepeated(PREFIX, Buffer.alloc(2 ** 20, 'A'), 300, SUFFIX);
    const size = declaredSize ?? PREFIX.length + 300 * 2 ** 20 + SUFFIX.length;
    return minimalXlsx(SHEET, [{ name: 'xl/sharedStrings.xml', deflated, declaredSize: size }]);
  }

  async function timed(promise: Promise<unknown>) {
    const ticks: number[] = [];
    const probe = setInterval(() => ticks.push(Date.now()), 20);
    const started = Date.now();
    const error = await promise.catch((e: unknown) => e);
    clearInterval(probe);
    const gaps = ticks.slice(1).map((t, i) => t - (ticks[i] ?? t));
    return { error, elapsed: Date.now() - started, worstTimerLag: Math.max(0, ...gaps) };
  }

  test('a 300 MB shared string behind a lying declared size is refused by the pre-scan', async () => {
    const bytes = sharedStringBomb(1000);
    expect(bytes.byteLength).toBeLessThan(2 * 2 ** 20);
    const { error, elapsed } = await timed(openSpreadsheetInWorker({ bytes }, () => {}, LIMITS));
    expect(['zip-bomb', 'malformed-xlsx']).toContain((error as ImportError).code);
    expect(elapsed).toBeLessThan(5_000);
  });

  test('a 300 MB shared string that gets past the pre-scan fails alone in the worker', async () => {
    const relaxed = { maxEntryBytes: 2 ** 30, maxTotalUncompressedBytes: 2 ** 30, maxCompressionRatio: 1e6 };
    const run = openSpreadsheetInWorker({ bytes: sharedStringBomb(), limits: relaxed }, () => {}, {
      timeoutMs: 8_000,
      maxOldGenerationSizeMb: 128,
    });
    const { error, elapsed, worstTimerLag } = await timed(run);
    expect(error).toBeInstanceOf(ImportError);
    expect(['file-too-complex', 'parse-timeout']).toContain((error as ImportError).code);
    expect(elapsed).toBeLessThan(9_000);
    expect(worstTimerLag).toBeLessThan(250);
  });
});
