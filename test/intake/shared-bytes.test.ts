import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { validateFileInWorker } from '../../src/intake/validate-in-worker.js';
import { readUploadBytes } from '../../src/submissions/upload-bytes.js';

const FIXTURES = new URL('../fixtures/executive-pay/', import.meta.url);

/** The worker reads the upload's shared memory itself: the same rows and issues as from a copy. */
async function validate(bytes: Uint8Array, filename: string) {
  let text = '';
  const { report } = await validateFileInWorker(
    { bytes, filename, dataset: 'executive-pay', today: '2024-06-28', submissionId: crypto.randomUUID() },
    async (batch) => {
      text += batch.replace(/^[^\t]+/gm, '');
    },
  );
  return { report, text };
}

describe('an upload read into shared memory', () => {
  test.each(['valid.csv', 'valid-gbk.csv', 'valid-title-rows.xlsx', 'bad-amounts.csv'])(
    '%s validates as from a private copy',
    async (name) => {
      const plain = new Uint8Array(readFileSync(new URL(name, FIXTURES)));
      const shared = await readUploadBytes(new Blob([plain]));
      expect(shared.buffer).toBeInstanceOf(SharedArrayBuffer);
      expect(Buffer.from(shared).equals(plain)).toBe(true);
      const [fromShared, fromCopy] = [await validate(shared, name), await validate(plain, name)];
      expect(fromShared.report).toEqual(fromCopy.report);
      expect(fromShared.text).toEqual(fromCopy.text);
      expect(fromShared.report.rowCount).toBeGreaterThan(0);
    },
  );
});
