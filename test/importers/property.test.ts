import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { ImportError, openSpreadsheet } from '../../importers/index.js';
import { gbk, utf8Bom, xlsxBytes } from './fixtures.js';

/** The importer's whole contract on hostile input: rows, or an ImportError, nothing else. */
async function outcome(bytes: Uint8Array): Promise<'rows' | 'refused'> {
  try {
    const opened = await openSpreadsheet({ bytes }, { limits: { maxRows: 10_000 } });
    for await (const row of opened.rows) {
      expect(Number.isInteger(row.row) && row.row >= 1).toBe(true);
    }
    return 'rows';
  } catch (error) {
    if (error instanceof ImportError) return 'refused';
    throw error;
  }
}

const mutation = (length: number) =>
  fc.array(fc.tuple(fc.nat({ max: Math.max(length - 1, 0) }), fc.integer({ min: 0, max: 255 })), {
    minLength: 1,
    maxLength: 20,
  });

function mutate(bytes: Uint8Array, edits: Array<[number, number]>): Uint8Array {
  const copy = new Uint8Array(bytes);
  for (const [at, value] of edits) copy[at] = value;
  return copy;
}

describe('property: never crash', () => {
  let xlsx: Uint8Array;
  const csv = gbk(
    '2023年度市管企业负责人薪酬情况表,,\n企业名称,姓名,基本年薪\n"甲集团\n总部",张三,"1,234"\n',
  );

  beforeAll(async () => {
    xlsx = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet('薪酬');
      ws.addRow(['标题']);
      ws.mergeCells('A1:C1');
      ws.addRow(['企业名称', '金额', '日期']);
      ws.addRow(['甲', { formula: '1+1', result: 2 }, new Date(Date.UTC(2024, 0, 1))]);
    });
  });

  test('random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async (bytes) => {
        await outcome(bytes);
      }),
      { numRuns: 300, timeout: 5_000 },
    );
  });

  test('random text in any of the supported encodings', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 300 }), async (text) => {
        const result = await outcome(utf8Bom(text));
        // Only an unbalanced quote or binary control characters may make plain text refusable.
        // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are the point.
        if (!/["\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text)) expect(result).toBe('rows');
      }),
      { numRuns: 200 },
    );
  });

  test('mutated CSV bytes', async () => {
    await fc.assert(
      fc.asyncProperty(mutation(csv.length), async (edits) => {
        await outcome(mutate(csv, edits));
      }),
      { numRuns: 300 },
    );
  });

  test('mutated and truncated XLSX bytes', async () => {
    await fc.assert(
      fc.asyncProperty(mutation(xlsx.length), fc.nat({ max: 100 }), async (edits, cutPercent) => {
        const mutated = mutate(xlsx, edits);
        const cut =
          cutPercent > 90 ? mutated : mutated.subarray(0, Math.floor((mutated.length * cutPercent) / 100));
        await outcome(cut);
      }),
      { numRuns: 150, timeout: 5_000 },
    );
  });
});
