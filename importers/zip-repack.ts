import { crc32 } from 'node:zlib';
import type { Entry, ZipFile } from 'yauzl';
import { ImportError } from './errors.js';
import type { SheetEntry } from './workbook-xml.js';

/** A part of the repacked package: either copied raw from the upload, or written here. */
type Part = { name: string; entry: Entry } | { name: string; text: string };

const EMPTY_SST =
  '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>';

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * exceljs's streaming reader parks every sheet that comes before the shared strings (Excel's own
 * order) in a temp file, removed only if the caller reads to the very end, and it only knows
 * sheets stored as xl/worksheets/sheetN.xml. So it is handed a package of our making instead:
 * relationships, workbook, shared strings (an empty table when the file has none) and styles
 * first, then only the sheets asked for, renamed sheet1…sheetN, their bytes copied still
 * compressed. It then never writes a temp file and never reads a sheet nobody wants.
 */
export async function repackForStreaming(
  zip: ZipFile,
  entries: Map<string, Entry>,
  sheets: readonly SheetEntry[],
  date1904: boolean,
): Promise<Buffer> {
  const rels = sheets.map(
    (_, i) =>
      `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  );
  const listed = sheets.map(
    (sheet, i) => `<sheet name="${escapeAttribute(sheet.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`,
  );
  const parts: Part[] = [
    {
      name: 'xl/_rels/workbook.xml.rels',
      text: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
    },
    {
      name: 'xl/workbook.xml',
      text: `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr date1904="${date1904 ? 1 : 0}"/><sheets>${listed.join('')}</sheets></workbook>`,
    },
  ];
  const strings = entries.get('xl/sharedStrings.xml');
  parts.push(
    strings
      ? { name: 'xl/sharedStrings.xml', entry: strings }
      : { name: 'xl/sharedStrings.xml', text: EMPTY_SST },
  );
  const styles = entries.get('xl/styles.xml');
  if (styles) parts.push({ name: 'xl/styles.xml', entry: styles });
  sheets.forEach((sheet, i) => {
    const entry = entries.get(sheet.path);
    if (!entry) throw new ImportError('malformed-xlsx', { detail: `sheet "${sheet.name}" has no part` });
    parts.push({ name: `xl/worksheets/sheet${i + 1}.xml`, entry });
  });
  return writeZip(zip, parts);
}

interface Written {
  name: Buffer;
  method: number;
  crc: number;
  compressed: Buffer;
  size: number;
}

async function rawBytes(zip: ZipFile, entry: Entry): Promise<Buffer> {
  const stream = await zip.openReadStreamPromise(entry, { decodeFileData: false });
  const chunks: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

async function toWritten(zip: ZipFile, part: Part): Promise<Written> {
  const name = Buffer.from(part.name, 'utf8');
  if ('text' in part) {
    const data = Buffer.from(part.text, 'utf8');
    return { name, method: 0, crc: crc32(data), compressed: data, size: data.length };
  }
  const { entry } = part;
  const compressed = await rawBytes(zip, entry);
  return {
    name,
    method: entry.compressionMethod,
    crc: entry.crc32,
    compressed,
    size: entry.uncompressedSize,
  };
}

async function writeZip(zip: ZipFile, parts: Part[]): Promise<Buffer> {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const w = await toWritten(zip, part);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(w.method, 8);
    local.writeUInt32LE(w.crc, 14);
    local.writeUInt32LE(w.compressed.length, 18);
    local.writeUInt32LE(w.size, 22);
    local.writeUInt16LE(w.name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(w.method, 10);
    central.writeUInt32LE(w.crc, 16);
    central.writeUInt32LE(w.compressed.length, 20);
    central.writeUInt32LE(w.size, 24);
    central.writeUInt16LE(w.name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, w.name, w.compressed);
    centrals.push(central, w.name);
    offset += local.length + w.name.length + w.compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
