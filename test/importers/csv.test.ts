import { describe, expect, test } from 'vitest';
import { ImportError, openSpreadsheet, readAllRows } from '../../importers/index.js';
import { EXECUTIVES_TITLE, gbk, utf8Bom, utf16be, utf16le } from './fixtures.js';

const CSV = `${EXECUTIVES_TITLE},,\n企业名称,姓名,基本年薪\n上海某某集团有限公司,张三,"1,234.50"\n`;

async function read(bytes: Uint8Array) {
  const opened = await openSpreadsheet({ bytes, filename: 'x.csv' });
  return { info: opened.info, rows: await readAllRows(opened), stats: opened.stats };
}

describe('CSV decoding', () => {
  test.each([
    ['gb18030', gbk(CSV)],
    ['utf-8-bom', utf8Bom(CSV)],
    ['utf-8', new Uint8Array(Buffer.from(CSV, 'utf8'))],
    ['utf-16le', utf16le(CSV)],
    ['utf-16be', utf16be(CSV)],
  ])('%s is detected, reported and decoded', async (encoding, bytes) => {
    const { info, rows } = await read(bytes);
    expect(info).toMatchObject({ format: 'csv', encoding, delimiter: ',' });
    expect(rows).toEqual([
      { row: 1, cells: [EXECUTIVES_TITLE] },
      { row: 2, cells: ['企业名称', '姓名', '基本年薪'] },
      { row: 3, cells: ['上海某某集团有限公司', '张三', '1,234.50'] },
    ]);
  });

  test('bytes valid as UTF-8 are read as UTF-8, not GB18030', async () => {
    // "中文" in UTF-8 is E4 B8 AD E6 96 87, also a valid GB18030 byte sequence (different text).
    const { info, rows } = await read(new Uint8Array(Buffer.from('中文\n', 'utf8')));
    expect(info.encoding).toBe('utf-8');
    expect(rows[0]?.cells).toEqual(['中文']);
  });

  test('GBK bytes that are invalid UTF-8 fall back to GB18030', async () => {
    const { info, rows } = await read(gbk('国有产权交易,是\n'));
    expect(info.encoding).toBe('gb18030');
    expect(rows[0]?.cells).toEqual(['国有产权交易', '是']);
  });

  test('neither UTF-8 nor GB18030 is refused, never guessed', async () => {
    await expect(read(new Uint8Array([0x41, 0x2c, 0xff, 0xff, 0x0a]))).rejects.toMatchObject({
      code: 'unknown-encoding',
    });
  });

  test('binary data is refused', async () => {
    await expect(read(new Uint8Array([0x41, 0x00, 0x42, 0x0a]))).rejects.toMatchObject({
      code: 'not-a-spreadsheet',
    });
  });
});

describe('CSV structure', () => {
  test('a quoted multi-line cell keeps Excel row numbers (records, not lines)', async () => {
    const { rows } = await read(utf8Bom('名称,备注\n甲,"第一行\n第二行"\n乙,无\n'));
    expect(rows.map((r) => r.row)).toEqual([1, 2, 3]);
    expect(rows[1]?.cells[1]).toBe('第一行\n第二行');
    expect(rows[2]?.cells).toEqual(['乙', '无']);
  });

  test('blank rows are skipped but counted, and row numbers keep their place', async () => {
    const { rows, stats } = await read(utf8Bom('a,b\n,\n\nc,d\n'));
    expect(rows).toEqual([
      { row: 1, cells: ['a', 'b'] },
      { row: 4, cells: ['c', 'd'] },
    ]);
    expect(stats).toMatchObject({ rows: 2, blankRows: 2 });
  });

  test.each([
    ['\t', 'a\tb,c\n1\t2\n', ['a', 'b,c']],
    [';', 'a;b\n1;2,5\n', ['a', 'b']],
    [',', '标题\n', ['标题']],
  ])('delimiter %j is detected', async (delimiter, text, first) => {
    const { info, rows } = await read(utf8Bom(text));
    expect(info).toMatchObject({ delimiter });
    expect(rows[0]?.cells).toEqual(first);
  });

  test('ragged rows are accepted (title rows are shorter than data rows)', async () => {
    const { rows } = await read(utf8Bom('t\na,b,c\n'));
    expect(rows.map((r) => r.cells.length)).toEqual([1, 3]);
  });

  test('an unclosed quote is malformed-csv with the row', async () => {
    const error = await read(utf8Bom('a,b\nc,"d\n')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect(error).toMatchObject({ code: 'malformed-csv', row: 2 });
    expect((error as ImportError).localized.zh).toContain('第2行');
  });

  test('a million blank lines stop quickly after the blank-run limit', async () => {
    const started = Date.now();
    const { rows, stats } = await read(utf8Bom(`a\n${'\n'.repeat(1_000_000)}b\n`));
    expect(rows).toEqual([{ row: 1, cells: ['a'] }]);
    expect(stats.stoppedAfterBlankRun).toBe(1001);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  test('100k rows stream without being collected', async () => {
    const line = '上海某某集团有限公司,张三,总经理,123.45\n';
    const opened = await openSpreadsheet({ bytes: gbk(line.repeat(100_000)) });
    let count = 0;
    for await (const row of opened.rows) count = row.row;
    expect(count).toBe(100_000);
  });
});
