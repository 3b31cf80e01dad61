import { readFileSync } from 'node:fs';
import { getDataset } from '../schema/datasets/index.js';
import { openPostgres } from '../src/db/postgres.js';
import { actorByUsername } from '../src/demo/actors.js';
import { type ValidatedRow, validateFile } from '../src/intake/validate-file.js';
import { copyRows } from '../src/submissions/store.js';
import { uploadSubmission } from '../src/submissions/upload.service.js';
import { serverCpuMs } from './server-cpu.js';

/**
 * One measurement in a fresh process (peak RSS is this case's alone, worker threads included).
 * The first pass is the cold one (a new process: no worker started ahead, JIT cold); the timed
 * passes that follow each start after a pause, as uploads to an otherwise idle server do.
 * Usage: tsx bench/upload-child.ts <upload|copy> <file> <database-url> <passes>
 */
const [mode, file, url, passesArg] = process.argv.slice(2);
if (!file || !url || (mode !== 'upload' && mode !== 'copy'))
  throw new Error('usage: upload-child.ts <upload|copy> <file> <url> [passes]');
const db = openPostgres(url, { max: 4 });
const bytes = readFileSync(file);
const def = getDataset('executive-pay')!;
const actor = await actorByUsername(db, 'ent-a');
const PAUSE_MS = 1500;

async function clear() {
  await db.sql.exec(
    'DELETE FROM rows_executive_pay; DELETE FROM submission_issue; DELETE FROM submission_file; DELETE FROM submission;',
  );
}

/** Baseline: the same clean typed rows, already parsed, COPYed into a scratch table. */
async function prepareCopy(): Promise<ValidatedRow[][]> {
  const batches: ValidatedRow[][] = [];
  await validateFile(
    { bytes, dataset: def.key, today: '2025-06-30' },
    { emit: async (b) => void batches.push(b) },
  );
  return batches;
}

async function run(batches: ValidatedRow[][] | undefined) {
  if (mode === 'upload') {
    const { submissionId } = await uploadSubmission(
      db,
      actor,
      { dataset: 'EXECUTIVE_PAY', filename: file!, bytes },
      { maxBytes: 2 ** 31 },
    );
    const s = await db.prisma.submission.findUniqueOrThrow({ where: { id: submissionId } });
    if (s.errorCount > 0) throw new Error(`benchmark file has ${s.errorCount} errors`);
    return s.rowCount;
  }
  await db.transaction(async (tx) => {
    await tx.exec('CREATE TEMP TABLE scratch (LIKE rows_executive_pay) ON COMMIT DROP');
    for (const batch of batches ?? [])
      await copyRows(tx, def, '00000000-0000-4000-8000-000000000000', batch, 'scratch');
  });
  return batches?.reduce((n, b) => n + b.length, 0) ?? 0;
}

interface Pass {
  ms: number;
  cpuMs: number;
  serverCpuMs: number | undefined;
  rows: number;
}

async function pass(batches: ValidatedRow[][] | undefined): Promise<Pass> {
  await clear();
  const server = await serverCpuMs(db.sql);
  const cpu = process.cpuUsage();
  const started = performance.now();
  const rows = await run(batches);
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const serverAfter = await serverCpuMs(db.sql);
  const serverUsed = server === undefined || serverAfter === undefined ? undefined : serverAfter - server;
  return { ms, cpuMs: (used.user + used.system) / 1000, serverCpuMs: serverUsed, rows };
}

const batches = mode === 'copy' ? await prepareCopy() : undefined;
const cold = await pass(batches);
const warm: Pass[] = [];
for (let i = 0; i < Math.max(1, Number(passesArg ?? 2)); i++) {
  await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
  warm.push(await pass(batches));
}
await clear();
await db.close();
const best = warm.reduce((a, b) => (b.ms < a.ms ? b : a));
process.stdout.write(
  `${JSON.stringify({ ...best, coldMs: cold.ms, peakRssMB: process.resourceUsage().maxRSS / 1024 })}\n`,
);
