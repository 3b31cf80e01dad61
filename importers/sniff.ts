import { ImportError } from './errors.js';

export type SniffedKind = 'zip' | 'text' | 'ole2' | 'html';

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
// Directory entry names in a compound file are UTF-16LE. An encrypted OOXML file is an OLE2
// container with these two streams; a legacy .xls has a "Workbook" or "Book" stream instead.
const ENCRYPTED_MARKERS = ['EncryptedPackage', 'EncryptionInfo'].map((name) => Buffer.from(name, 'utf16le'));

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * Decides from the first bytes what was uploaded, so that a renamed PDF or an old .xls gets a
 * message saying what it is instead of a parse error. Extensions are not trusted.
 */
export function sniff(bytes: Uint8Array): SniffedKind {
  if (bytes.byteLength === 0) throw new ImportError('empty-file');
  if (startsWith(bytes, OLE2)) {
    const buffer = asBuffer(bytes);
    if (ENCRYPTED_MARKERS.some((marker) => buffer.includes(marker))) throw new ImportError('encrypted-file');
    // Excel 97-2003 .xls and WPS .et: both BIFF in a compound file.
    return 'ole2';
  }
  if (startsWith(bytes, ZIP)) return 'zip';
  if (startsWith(bytes, EMPTY_ZIP))
    throw new ImportError('not-a-spreadsheet', { detail: 'empty zip archive' });
  const head = asBuffer(bytes.subarray(0, 4096)).toString('latin1');
  if (head.trimStart().startsWith('%PDF')) throw new ImportError('pdf-file');
  // A web system's 导出Excel often writes an HTML table and names it .xls.
  if (/^(\xef\xbb\xbf)?\s*<(html|!doctype html|table|meta)\b/i.test(head)) {
    if (/<table\b/i.test(asBuffer(bytes).toString('latin1'))) return 'html';
    throw new ImportError('not-a-spreadsheet', { detail: 'a web page without a table' });
  }
  if (/^(\xef\xbb\xbf)?\s*<(\?xml|!doctype)/i.test(head)) {
    throw new ImportError('not-a-spreadsheet', { detail: 'an XML document (e.g. "XML Spreadsheet 2003")' });
  }
  const binary = signatureName(bytes);
  if (binary) throw new ImportError('not-a-spreadsheet', { detail: binary });
  return 'text';
}

const KNOWN_BINARIES: Array<[number[], string]> = [
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x52, 0x61, 0x72, 0x21], 'a RAR archive'],
  [[0x37, 0x7a, 0xbc, 0xaf], 'a 7-Zip archive'],
  [[0x1f, 0x8b], 'a gzip archive'],
];

function signatureName(bytes: Uint8Array): string | undefined {
  return KNOWN_BINARIES.find(([signature]) => startsWith(bytes, signature))?.[1];
}
