import { readFileSync } from 'node:fs';
import { getDataset } from '../schema/datasets/index.js';
import { openPostgres } from '../src/db/postgres.js';
import { actorByUsername } from '../src/demo/actors.js';
import { type ValidatedRow, validateFile } from '../src/intake/validate-file.js';
import { copyRows } from '../src/submissions/store.js';
import { uploadSubmission } from '../src/submissions/upload.service.js';

/**
 * One measurement in a fresh process (peak RSS is this case's alone, worker threads included).
 * Usage: tsx bench/upload-child.ts <upload|copy> <file> <database-url> <passes>
 */
const [mode, file, url, passesArg] = process.argv.slice(2);
if (!file || !url || (mode !== 'upload' && mode !== 'copy'))
  throw new Error('usage: upload-child.ts <upload|copy> <file> <url> [passes]');
const db = openPostgres(url, { max: 4 });
const bytes = readFileSync(file);
const def = getDataset('executive-pay')!;
const actor = await actorByUsername(db, 'ent-a');

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

async function pass(batches: ValidatedRow[][] | undefined): Promise<number> {
  await clear();
  const started = performance.now();
  if (mode === 'upload') {
    const { submissionId } = await uploadSubmission(
      db,
      actor,
      { dataset: 'EXECUTIVE_PAY', filename: file!, bytes },
      { maxBytes: 2 ** 31 },
    );
    const s = await db.prisma.submission.findUniqueOrThrow({ where: { id: submissionId } });
    if (s.errorCount > 0) throw new Error(`benchmark file has ${s.errorCount} errors`);
  } else {
    await db.transaction(async (tx) => {
      await tx.exec('CREATE TEMP TABLE scratch (LIKE rows_executive_pay) ON COMMIT DROP');
      for (const batch of batches ?? [])
        await copyRows(tx, def, '00000000-0000-4000-8000-000000000000', batch, 'scratch');
    });
  }
  return performance.now() - started;
}

const batches = mode === 'copy' ? await prepareCopy() : undefined;
const rows = batches ? batches.reduce((n, b) => n + b.length, 0) : 0;
await pass(batches);
const times: number[] = [];
for (let i = 0; i < Math.max(1, Number(passesArg ?? 2)); i++) times.push(await pass(batches));
await clear();
await db.close();
process.stdout.write(
  `${JSON.stringify({ ms: Math.min(...times), rows, peakRssMB: process.resourceUsage().maxRSS / 1024 })}\n`,
);
