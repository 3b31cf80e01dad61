import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

export async function xlsxBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export function gbk(text: string): Uint8Array {
  return new Uint8Array(iconv.encode(text, 'gbk'));
}

export function utf8Bom(text: string): Uint8Array {
  return new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
}

export function utf16le(text: string): Uint8Array {
  return new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
}

export function utf16be(text: string): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  return new Uint8Array(Buffer.concat([Buffer.from([0xfe, 0xff]), le.swap16()]));
}

/** A minimal OLE2 compound-file header with the given UTF-16LE directory names somewhere after it. */
export function ole2(streamNames: string[]): Uint8Array {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  const names = streamNames.map((name) => {
    const entry = Buffer.alloc(128);
    Buffer.from(name, 'utf16le').copy(entry);
    return entry;
  });
  return new Uint8Array(Buffer.concat([header, ...names]));
}

export const EXECUTIVES_TITLE = '2023年度市管企业负责人薪酬情况表';
