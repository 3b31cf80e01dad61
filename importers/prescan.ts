import type { Entry, ZipFile } from 'yauzl';
import { ImportError } from './errors.js';
import { formatBytes, type ImportLimits } from './limits.js';
import { listEntries, openZip, readEntryText, streamEntry } from './zip.js';

export interface ZipPrescan {
  zip: ZipFile;
  entries: Map<string, Entry>;
  workbookXml: string;
  workbookRelsXml: string;
}

const SMALL_PART_BYTES = 8 * 1024 * 1024;
const RATIO_CHECK_FROM = 1024 * 1024;

/** Central-directory checks: cheap, before a single byte is inflated. A fast reject, not a guarantee. */
function checkEntry(entry: Entry, limits: ImportLimits, total: { bytes: number }): void {
  const name = entry.fileName;
  if (
    name.length > 512 ||
    name.includes('\0') ||
    name.startsWith('/') ||
    name.split(/[\\/]/).includes('..')
  ) {
    throw new ImportError('malformed-xlsx', { detail: `suspicious entry name "${name.slice(0, 80)}"` });
  }
  if (entry.isEncrypted()) throw new ImportError('encrypted-file');
  const size = entry.uncompressedSize;
  if (size > limits.maxEntryBytes) {
    throw new ImportError('zip-bomb', { detail: `${name} declares ${formatBytes(size)}` });
  }
  total.bytes += size;
  if (total.bytes > limits.maxTotalUncompressedBytes) {
    throw new ImportError('zip-bomb', {
      detail: `entries declare over ${formatBytes(limits.maxTotalUncompressedBytes)}`,
    });
  }
  if (size > RATIO_CHECK_FROM && size > Math.max(entry.compressedSize, 1) * limits.maxCompressionRatio) {
    throw new ImportError('zip-bomb', {
      detail: `${name} compresses ${Math.round(size / entry.compressedSize)}:1`,
    });
  }
}

/** Says what kind of zip this is when it is not an XLSX workbook. */
function rejectOtherZip(entries: Map<string, Entry>): never {
  const names = [...entries.keys()];
  if (entries.has('mimetype') && entries.has('content.xml')) throw new ImportError('ods-file');
  if (names.some((name) => name.startsWith('Index/') && name.endsWith('.iwa')))
    throw new ImportError('numbers-file');
  if (entries.has('word/document.xml'))
    throw new ImportError('not-a-spreadsheet', { detail: 'a Word document' });
  if (entries.has('ppt/presentation.xml')) {
    throw new ImportError('not-a-spreadsheet', { detail: 'a PowerPoint presentation' });
  }
  throw new ImportError('not-a-spreadsheet', { detail: 'a zip archive that is not an Excel workbook' });
}

export async function prescanZip(bytes: Uint8Array, limits: ImportLimits): Promise<ZipPrescan> {
  const zip = await openZip(bytes);
  try {
    if (zip.entryCount > limits.maxZipEntries) {
      throw new ImportError('zip-bomb', { detail: `${zip.entryCount} entries` });
    }
    const entries = new Map<string, Entry>();
    const total = { bytes: 0 };
    await listEntries(zip, (entry) => {
      checkEntry(entry, limits, total);
      entries.set(entry.fileName, entry);
    });
    const workbook = entries.get('xl/workbook.xml');
    const rels = entries.get('xl/_rels/workbook.xml.rels');
    if (!workbook || !entries.has('[Content_Types].xml')) rejectOtherZip(entries);
    if (!rels) throw new ImportError('malformed-xlsx', { detail: 'xl/_rels/workbook.xml.rels is missing' });
    const workbookXml = await readEntryText(zip, workbook, SMALL_PART_BYTES);
    const workbookRelsXml = await readEntryText(zip, rels, SMALL_PART_BYTES);
    return { zip, entries, workbookXml, workbookRelsXml };
  } catch (error) {
    zip.close();
    throw error;
  }
}

/** Parts exceljs reads besides the sheet (already scanned) and workbook.xml (already read). */
const PARTS_EXCELJS_READS = ['xl/styles.xml', 'xl/sharedStrings.xml'];

/**
 * Inflates those parts once, discarding the output: a corrupt deflate stream makes exceljs's
 * streaming unzip hang rather than fail, and an entry inflating past its declared size is a lie.
 */
export async function verifyParts(
  zip: ZipFile,
  entries: Map<string, Entry>,
  limits: ImportLimits,
): Promise<void> {
  for (const name of PARTS_EXCELJS_READS) {
    const entry = entries.get(name);
    if (entry) await streamEntry(zip, entry, limits.maxEntryBytes, () => {});
  }
}
