import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { buildZip, deflateRepeated } from '../importers/zip-writer.js';
import { ENTERPRISE_A, executivePayCsv } from '../support/files.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const header = () => executivePayCsv(ENTERPRISE_A, []).trimEnd();

/** A sheet that inflates to 1 GiB of spaces while its header declares 1,000 bytes. */
export function zipBomb(): Uint8Array {
  const deflated = deflateRepeated(
    '<worksheet><sheetData>',
    Buffer.alloc(2 ** 20, ' '),
    1024,
    '</sheetData></worksheet>',
  );
  return buildZip([
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
}

/** Rows whose 备注 holds 40,000 characters, over Excel's own 32,767 per cell. */
export function hugeCells(): Uint8Array {
  const row =
    executivePayCsv(ENTERPRISE_A, [{ name: '张伟' }])
      .trimEnd()
      .split('\n')[1] ?? '';
  const lines = Array.from({ length: 50 }, () => `${row}${'备'.repeat(40_000)}`);
  return utf8(`${header()}\n${lines.join('\n')}\n`);
}

/** ~5.7 MB of junk rows under a matching header (the file that once stored 1.5M issues). */
export function junkRows(): Uint8Array {
  const junk = Array.from({ length: 300_000 }, (_, i) => `x${i},y,z,${i},w,q,q,q`);
  return utf8(`${header()}\n${junk.join('\n')}\n`);
}

/** A real template whose every row breaks two fields: 20k issues, not junk. */
export function manyIssues(rows = 10_000): Uint8Array {
  const names = Array.from({ length: rows }, (_, i) => ({
    name: `员工${i}`,
    position: '董'.repeat(150),
    year: 1800,
  }));
  return utf8(executivePayCsv(ENTERPRISE_A, names));
}

/** A clean file of `rows` rows. */
export function cleanRows(rows: number): Uint8Array {
  return utf8(
    executivePayCsv(
      ENTERPRISE_A,
      Array.from({ length: rows }, (_, i) => ({ name: `员工${i}` })),
    ),
  );
}

/** A workbook of 100 sheets, each with the template's header (the limit is 50). */
export async function manySheets(): Promise<Uint8Array> {
  const [head = ''] = header().replace('\uFEFF', '').split('\n').slice(-1);
  const workbook = new ExcelJS.Workbook();
  for (let i = 1; i <= 100; i++) workbook.addWorksheet(`S${i}`).addRow(head.split(','));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A GBK file with one row in UTF-8: read as GBK, that row would be stored as mojibake. */
export function mixedEncodings(): Uint8Array {
  const [head = '', ...rows] = executivePayCsv(ENTERPRISE_A, [
    { name: '张伟' },
    { name: '李娜' },
    { name: '王芳' },
  ])
    .replace('\uFEFF', '')
    .trimEnd()
    .split('\n');
  const gbk = (text: string) => iconv.encode(text, 'gbk');
  return new Uint8Array(
    Buffer.concat([gbk(`${head}\n${rows[0]}\n`), Buffer.from(`${rows[1]}\n`), gbk(`${rows[2]}\n`)]),
  );
}
