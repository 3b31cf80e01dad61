import { readFileSync } from 'node:fs';
import { validateToCopyText } from '../../src/intake/validate-to-copy.js';

/**
 * The upload worker's task alone, in this thread, for `node --cpu-prof`: the same code an upload
 * runs in its worker (validate, encode COPY text), the text dropped instead of sent to a database.
 * Usage: node --cpu-prof --cpu-prof-dir=DIR --import tsx bench/upload/profile-worker.ts <file> [passes]
 */
const [file, passes] = process.argv.slice(2);
if (!file) throw new Error('usage: profile-worker.ts <file> [passes]');
const bytes = readFileSync(file);
for (let i = 0; i < Number(passes ?? 2); i++) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const { report } = await validateToCopyText(
    {
      bytes,
      dataset: 'executive-pay',
      today: '2025-06-30',
      submissionId: '00000000-0000-4000-8000-000000000000',
    },
    { emit: async () => {} },
  );
  const used = process.cpuUsage(cpu);
  console.log(
    `${report.rowCount} rows, ${report.errorCount} errors: ${(performance.now() - started).toFixed(0)} ms, CPU ${((used.user + used.system) / 1000).toFixed(0)} ms`,
  );
}
