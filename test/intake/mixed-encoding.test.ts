// Issue 14 item 7: a row in another encoding than the file's is flagged at its row, never read
// as mojibake silently.
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { validateFile } from '../../src/intake/validate-file.js';
import { sampleHeaderLine, sampleLines } from '../support/executive-pay-sample.js';

const HEADER = sampleHeaderLine;
const LINES = sampleLines;

const gbk = (text: string) => iconv.encode(text, 'gbk');
const utf8 = (text: string) => Buffer.from(text, 'utf8');

async function validate(bytes: Buffer) {
  return validateFile(
    { bytes: new Uint8Array(bytes), dataset: 'executive-pay', today: '2024-06-28' },
    { emit: async () => {} },
  );
}

describe('mixed encodings', () => {
  test('a GBK file with one UTF-8 row: that row is an error, located, in zh and en', async () => {
    const bytes = Buffer.concat([
      gbk(`${HEADER}\n${LINES[0]}\n`),
      utf8(`${LINES[1]}\n`),
      gbk(`${LINES[2]}\n`),
    ]);
    const report = await validate(bytes);
    expect(report.encoding).toBe('gb18030');
    const flagged = report.issues.filter((i) => i.code === 'mixed-encoding');
    expect(flagged).toEqual([expect.objectContaining({ row: 3, severity: 'error' })]);
    expect(flagged[0]?.message.zh).toContain('UTF-8');
    expect(flagged[0]?.message.en).toContain('Row 3');
    expect(report.errorCount).toBeGreaterThanOrEqual(1);
  });

  test('a UTF-8 file (with BOM) with one GBK row: the GBK row is flagged, the others read as UTF-8', async () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      utf8(`${HEADER}\n${LINES[0]}\n${LINES[1]}\n`),
      gbk(`${LINES[2]}\n`),
    ]);
    const report = await validate(bytes);
    expect(report.encoding).toBe('utf-8-bom');
    expect(report.issues.filter((i) => i.code === 'mixed-encoding')).toEqual([
      expect.objectContaining({ row: 4, severity: 'error' }),
    ]);
  });

  test('a file in one encoding is not flagged', async () => {
    const report = await validate(gbk(`${HEADER}\n${LINES.join('\n')}\n`));
    expect(report).toMatchObject({ encoding: 'gb18030', errorCount: 0, rowCount: 3 });
  });
});
