import { once } from 'node:events';
import { createWriteStream, readFileSync } from 'node:fs';
import { getDataset } from '../../schema/datasets/index.js';
import { validateFile } from '../../src/intake/validate-file.js';
import { rowCopyEncoder } from '../../src/submissions/copy-text.js';

/**
 * The baseline's input: the file's rows as the COPY text an upload sends the database, written to
 * `out` (validated in this process, once, outside any timing). Returns the number of rows.
 */
export async function writeCleanRows(file: string, out: string): Promise<number> {
  const def = getDataset('executive-pay')!;
  const encode = rowCopyEncoder(def, '00000000-0000-4000-8000-000000000000');
  const stream = createWriteStream(out);
  let rows = 0;
  const report = await validateFile(
    { bytes: readFileSync(file), dataset: def.key, today: '2025-06-30' },
    {
      emit: async (batch) => {
        rows += batch.length;
        if (!stream.write(encode(batch))) await once(stream, 'drain');
      },
    },
  );
  stream.end();
  await once(stream, 'finish');
  if (report.errorCount > 0) throw new Error(`${file} has ${report.errorCount} errors`);
  return rows;
}
