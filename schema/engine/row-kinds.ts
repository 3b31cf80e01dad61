import type { CellValue } from '../core/cells.js';
import { isEmptyCell } from '../fields/normalize.js';

/**
 * Rows below the header that are not records. Notes are recognised by how they start (注：,
 * 说明：, 填表人：…) AND by being spread over at most two distinct texts, so a data row whose first
 * column happens to start with 注 (注册…) is never skipped: its first cell would need 注 followed
 * by a colon or a number, and it would need to be nearly empty.
 */
const NOTE_START =
  /^[*＊]?(注|注释|附注|说明|备注|填表说明|填报说明|备注说明)\s*(\d|[一二三四五六七八九十]|[:：、.．(（]|$)|^(填表人|填报人|制表人|审核人|复核人|负责人|单位负责人|分管领导|联系人|联系电话|填报日期|填表日期|制表日期|报送日期|填报单位|审核|复核|制表|填表|填报|经办人|日期|联系方式|电话)\s*[:：]/;
// 以下空白 (and its variants) closes a form: Chinese templates write it under the last record.
const END_MARKER = /^[(（]?以下(空白|无内容|无数据|无正文|为空)[)）。]?$/;
const SUMMARY = /^(合\s*计|总\s*计|小\s*计|汇\s*总)[:：]?$/;
const CONTINUATION = /^\s*(\d+|[一二三四五六七八九十]+)\s*[、.．)）]|^\s*[(（]\s*\d+\s*[)）]/;

function firstText(cells: readonly CellValue[]): string | undefined {
  for (const cell of cells) {
    if (isEmptyCell(cell)) continue;
    return typeof cell === 'string' ? cell.trim() : undefined;
  }
  return undefined;
}

/** Distinct non-empty cell values, counting only up to `limit + 1`. */
function distinctTexts(cells: readonly CellValue[], limit: number): number {
  const seen = new Set<string>();
  for (const cell of cells) {
    if (isEmptyCell(cell)) continue;
    seen.add(String(cell).trim());
    if (seen.size > limit) break;
  }
  return seen.size;
}

/** A 以下空白 line, possibly after a pre-numbered 序号: every text cell is the marker. */
function isEndMarker(cells: readonly CellValue[]): boolean {
  let found = false;
  for (const cell of cells) {
    if (typeof cell !== 'string') continue;
    const text = cell.trim();
    if (text === '') continue;
    // Cheap pre-test: the marker starts with 以, ( or （.
    const c = text.charCodeAt(0);
    if ((c !== 0x4ee5 && c !== 0x28 && c !== 0xff08) || !END_MARKER.test(text)) return false;
    found = true;
  }
  return found;
}

/** A notes or signature line (注：…, 填表人：…, 审核：…) or 以下空白, possibly merged across the row. */
export function isNoteStart(cells: readonly CellValue[]): boolean {
  if (isEndMarker(cells)) return true;
  const first = firstText(cells);
  if (first === undefined || !NOTE_START.test(first)) return false;
  return distinctTexts(cells, 4) <= 4 && (distinctTexts(cells, 2) <= 2 || /[:：]/.test(first));
}

/** Within notes: a numbered item (2. …, （3）…) or a single text spread over the row. */
export function isNoteContinuation(cells: readonly CellValue[]): boolean {
  const first = firstText(cells);
  if (first === undefined) return false;
  return CONTINUATION.test(first) || distinctTexts(cells, 1) <= 1 || isNoteStart(cells);
}

/** A totals row (合计, 总计, 小计): arithmetic on the records, not a record. */
export function isSummaryRow(cells: readonly CellValue[]): boolean {
  const first = firstText(cells);
  return first !== undefined && SUMMARY.test(first);
}

// 栏次 labels of statistical forms: 甲 乙 丙 … for the text columns, then 1 2 3 … for the numbers.
const STEMS = '甲乙丙丁戊己庚辛壬癸';
const STEM_OR_NUMBER = /^(栏次|[甲乙丙丁戊己庚辛壬癸]|[1-9]\d{0,2})$/;

/**
 * The 栏次 row under a statistical form's header (甲 乙 丙 1 2 3 …): it numbers the columns and is
 * part of the header area, like a title or unit row. Every filled cell is a stem or a number, the
 * numbers count up by one, and there are at least three cells, so no record can look like it.
 */
export function isColumnNumberRow(cells: readonly CellValue[]): boolean {
  let filled = 0;
  let stems = 0;
  let last = 0;
  for (const cell of cells) {
    if (isEmptyCell(cell)) continue;
    const text = String(cell).trim();
    if (!STEM_OR_NUMBER.test(text)) return false;
    filled++;
    if (STEMS.includes(text) || text === '栏次') stems++;
    else {
      const n = Number(text);
      if (last !== 0 && n !== last + 1) return false;
      last = n;
    }
  }
  return filled >= 3 && (stems > 0 || last >= 3);
}
