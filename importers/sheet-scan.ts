import type { Entry, ZipFile } from 'yauzl';
import { ImportError } from './errors.js';
import type { ImportLimits } from './limits.js';
import { type MergeRange, parseMergeRange } from './merges.js';
import { streamEntry } from './zip.js';

const HEAD_CHARS = 64 * 1024;
const MAX_CARRY = 4096;

/**
 * One streaming pass over the chosen sheet's XML before exceljs reads it. `<mergeCells>` comes
 * after `<sheetData>`, so the merges must be known before rows are yielded; only the ranges are
 * kept, so memory stays flat. The head is checked for shapes exceljs mishandles.
 */
export async function scanSheet(zip: ZipFile, entry: Entry, limits: ImportLimits): Promise<MergeRange[]> {
  const ranges: MergeRange[] = [];
  let head = '';
  let carry = '';
  let afterData = false;
  await streamEntry(zip, entry, limits.maxEntryBytes, (chunk) => {
    const chunkText = chunk.toString('utf8');
    if (head.length < HEAD_CHARS) head += chunkText.slice(0, HEAD_CHARS - head.length);
    let text = carry + chunkText;
    if (!afterData) {
      const end = text.indexOf('</sheetData>');
      if (end < 0 && !text.includes('<sheetData/>')) {
        carry = text.slice(-16);
        return;
      }
      afterData = true;
      text = text.slice(Math.max(end, 0));
    }
    const cut = text.lastIndexOf('<');
    collectMerges(text.slice(0, cut < 0 ? text.length : cut), ranges, limits);
    carry = cut < 0 ? '' : text.slice(cut, cut + MAX_CARRY);
  });
  collectMerges(carry, ranges, limits);
  checkHead(head);
  return ranges;
}

function collectMerges(text: string, ranges: MergeRange[], limits: ImportLimits): void {
  for (const match of text.matchAll(/<mergeCell\s[^>]*\bref\s*=\s*"([^"]+)"/g)) {
    const range = parseMergeRange(match[1] ?? '');
    if (!range) continue;
    if (ranges.length >= limits.maxMergedRanges) {
      throw new ImportError('zip-bomb', { detail: `more than ${limits.maxMergedRanges} merged ranges` });
    }
    ranges.push(range);
  }
}

function checkHead(head: string): void {
  if (/<\w+:sheetData\b/.test(head)) {
    throw new ImportError('malformed-xlsx', {
      detail: 'sheet XML uses namespace prefixes (written by a non-Excel tool)',
    });
  }
  // exceljs needs the r="A1" reference on every row and cell; some generators omit it.
  if (/<row(?![^>]*\sr=)[\s/>]/.test(head) || /<c(?![^>]*\sr=)[\s/>]/.test(head)) {
    throw new ImportError('malformed-xlsx', {
      detail: 'rows or cells lack their r= reference (written by a non-Excel tool)',
    });
  }
}
