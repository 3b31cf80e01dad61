import { describe, expect, test } from 'vitest';
import { IMPORT_ERRORS, ImportError, openSpreadsheet, readAllRows } from '../../importers/index.js';
import type { ImportLimits } from '../../importers/limits.js';
import { ole2, utf8Bom, xlsxBytes } from './fixtures.js';
import { buildZip, deflateRepeated, minimalXlsx } from './zip-writer.js';

async function failure(bytes: Uint8Array, limits?: Partial<ImportLimits>): Promise<ImportError> {
  try {
    const opened = await openSpreadsheet({ bytes }, limits ? { limits } : {});
    await readAllRows(opened);
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}

const text = (s: string) => new Uint8Array(Buffer.from(s));

describe('what is not a spreadsheet is named', () => {
  test.each([
    ['empty-file', new Uint8Array(0)],
    // Only the compound file's header: not a workbook SheetJS can read (a real .xls is read).
    ['malformed-xlsx', ole2(['Root Entry', 'Workbook', 'SummaryInformation'])],
    ['encrypted-file', ole2(['Root Entry', 'EncryptionInfo', 'EncryptedPackage'])],
    ['pdf-file', text('%PDF-1.7\n%âãÏÓ\n1 0 obj')],
    ['not-a-spreadsheet', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])],
    ['not-a-spreadsheet', text('<html><body><p>导出失败</p></body></html>')],
    ['not-a-spreadsheet', buildZip([{ name: 'readme.txt', data: 'hello' }])],
    [
      'not-a-spreadsheet',
      buildZip([
        { name: '[Content_Types].xml', data: '<Types/>' },
        { name: 'word/document.xml', data: '<w/>' },
      ]),
    ],
    [
      'ods-file',
      buildZip([
        { name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet' },
        { name: 'content.xml', data: '<x/>' },
      ]),
    ],
    ['numbers-file', buildZip([{ name: 'Index/Document.iwa', data: 'x' }])],
    ['malformed-xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])],
  ])('%s', async (code, bytes) => {
    const error = await failure(bytes);
    expect(error.code).toBe(code);
    expect(error.localized.zh.length).toBeGreaterThan(5);
  });

  test('legacy .xls tells the user to save as .xlsx', async () => {
    const { zh } = (await failure(ole2(['Workbook']))).localized;
    expect(zh).toContain('另存为');
    expect(zh).toContain('.xlsx');
  });
});

describe('limits', () => {
  test('file-too-large', async () => {
    expect((await failure(utf8Bom('a,b\n'), { maxBytes: 3 })).code).toBe('file-too-large');
  });

  test('too-many-rows carries the row', async () => {
    const error = await failure(utf8Bom('a\nb\nc\n'), { maxRows: 2 });
    expect(error).toMatchObject({ code: 'too-many-rows', row: 3 });
  });

  test('too-many-columns', async () => {
    const error = await failure(utf8Bom(`${'x,'.repeat(10)}x\n`), { maxColumns: 10 });
    expect(error).toMatchObject({ code: 'too-many-columns', row: 1 });
  });

  test('trailing empty columns do not count', async () => {
    const opened = await openSpreadsheet({ bytes: utf8Bom(`a${','.repeat(500)}\n`) });
    expect((await readAllRows(opened))[0]?.cells).toEqual(['a']);
  });

  test('cell-too-large names the cell', async () => {
    const bytes = await xlsxBytes((wb) => wb.addWorksheet('s').addRow(['ok', 'x'.repeat(40_000)]));
    const error = await failure(bytes);
    expect(error).toMatchObject({ code: 'cell-too-large', row: 1 });
    expect(error.localized.zh).toContain('B列');
  });

  test('zip-bomb: declared size over the limit', async () => {
    const bytes = minimalXlsx('<worksheet><sheetData/></worksheet>', [
      { name: 'xl/media/big.bin', data: 'x', declaredSize: 300 * 2 ** 20 },
    ]);
    expect((await failure(bytes)).code).toBe('zip-bomb');
  });

  test('zip-bomb: compression ratio', async () => {
    const deflated = deflateRepeated('<sst><si><t>', Buffer.alloc(2 ** 20, 'A'), 8, '</t></si></sst>');
    const bytes = minimalXlsx('<worksheet><sheetData/></worksheet>', [
      { name: 'xl/sharedStrings.xml', deflated, declaredSize: 8 * 2 ** 20 + 27 },
    ]);
    expect((await failure(bytes)).code).toBe('zip-bomb');
  });

  test('zip-bomb: a sheet that inflates past what its header declares is stopped while inflating', async () => {
    const deflated = deflateRepeated(
      '<worksheet><sheetData>',
      Buffer.alloc(2 ** 20, ' '),
      64,
      '</sheetData></worksheet>',
    );
    const bytes = buildZip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      {
        name: 'xl/workbook.xml',
        data: '<workbook><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
      },
      {
        name: 'xl/_rels/workbook.xml.rels',
        data: '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
      },
      { name: 'xl/worksheets/sheet1.xml', deflated, declaredSize: 1000 },
    ]);
    expect(['zip-bomb', 'malformed-xlsx']).toContain((await failure(bytes)).code);
  });

  test('too many zip entries', async () => {
    const parts = Array.from({ length: 20 }, (_, i) => ({ name: `xl/media/${i}.bin`, data: 'x' }));
    expect((await failure(minimalXlsx('<worksheet/>', parts), { maxZipEntries: 10 })).code).toBe('zip-bomb');
  });

  test('suspicious entry names', async () => {
    expect((await failure(minimalXlsx('<worksheet/>', [{ name: '../../etc/passwd', data: 'x' }]))).code).toBe(
      'malformed-xlsx',
    );
  });
});

test('every catalogue entry has zh and en text and a kebab-case code', () => {
  for (const [code, message] of Object.entries(IMPORT_ERRORS)) {
    expect(code).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
    expect(message.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(message.en).toMatch(/[a-z]/);
  }
});

test('a corrupt styles.xml stream is refused instead of hanging exceljs', async () => {
  const bytes = Buffer.from(await xlsxBytes((wb) => wb.addWorksheet('s').addRow(['x'])));
  const name = bytes.indexOf('xl/styles.xml');
  const extraLength = bytes.readUInt16LE(name - 2);
  bytes[name + 'xl/styles.xml'.length + extraLength] = 0;
  expect((await failure(new Uint8Array(bytes))).code).toBe('malformed-xlsx');
}, 5_000);

describe('zh messages quote no English detail', () => {
  test.each([
    ['malformed-xlsx', { detail: 'xl/worksheets/sheet1.xml: invalid distance too far back' }],
    ['zip-bomb', { detail: 'xl/sharedStrings.xml > 256.0 MB' }],
    ['not-a-spreadsheet', { detail: 'a Word document' }],
  ] as const)('%s', (code, params) => {
    const error = new ImportError(code, params);
    expect(error.localized.en).toContain(params.detail);
    // Words of the detail (product names such as Word excepted: they are spelled so in Chinese too).
    for (const word of params.detail.match(/[A-Za-z]{5,}/g) ?? [])
      expect(error.localized.zh).not.toContain(word);
  });
});
