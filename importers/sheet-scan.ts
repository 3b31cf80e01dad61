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
export interface SheetScan {
  ranges: MergeRange[];
  /** The sheet has a shape exceljs misreads: the tolerant reader (SheetJS) must read the file. */
  needsTolerantReader: boolean;
  /**
   * `<row>` elements in the sheet data (title, header and blank-but-formatted rows included): the
   * total a progress bar counts towards while the rows are read. An estimate, never a row count.
   */
  rowElements: number;
}

export async function scanSheet(zip: ZipFile, entry: Entry, limits: ImportLimits): Promise<SheetScan> {
  const ranges: MergeRange[] = [];
  let head = '';
  let carry = '';
  let afterData = false;
  const rows = rowTagCounter();
  await streamEntry(zip, entry, limits.maxEntryBytes, (chunk) => {
    const chunkText = chunk.toString('utf8');
    if (head.length < HEAD_CHARS) head += chunkText.slice(0, HEAD_CHARS - head.length);
    let text = carry + chunkText;
    if (!afterData) {
      const end = text.indexOf('</sheetData>');
      if (end < 0 && !text.includes('<sheetData/>')) {
        rows.add(chunkText);
        carry = text.slice(-16);
        return;
      }
      rows.add(chunkText.slice(0, Math.max(end - carry.length, 0)));
      afterData = true;
      text = text.slice(Math.max(end, 0));
    }
    const cut = text.lastIndexOf('<');
    collectMerges(text.slice(0, cut < 0 ? text.length : cut), ranges, limits);
    carry = cut < 0 ? '' : text.slice(cut, cut + MAX_CARRY);
  });
  collectMerges(carry, ranges, limits);
  return { ranges, needsTolerantReader: exceljsMisreads(head), rowElements: rows.count() };
}

/**
 * Counts `<row` start tags in text that arrives in chunks. Three characters of the previous chunk
 * are kept, so a tag cut in two by a chunk boundary is found once, and none is found twice.
 * (Inside sheetData no other element starts with `<row`.)
 */
export function rowTagCounter() {
  let count = 0;
  let tail = '';
  return {
    add(text: string) {
      const joined = tail + text;
      for (let at = joined.indexOf('<row'); at !== -1; at = joined.indexOf('<row', at + 4)) count++;
      tail = joined.slice(-3);
    },
    count: () => count,
  };
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

/**
 * Valid shapes that exceljs's streaming reader gets wrong: namespace-prefixed elements (<x:row>,
 * written by the .NET Open XML SDK) and rows or cells without their r="A1" reference.
 */
function exceljsMisreads(head: string): boolean {
  if (/<\w+:(sheetData|row|c)\b/.test(head)) return true;
  return /<row(?![^>]*\sr=)[\s/>]/.test(head) || /<c(?![^>]*\sr=)[\s/>]/.test(head);
}
