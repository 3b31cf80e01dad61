import type { CellValue } from '../core/cells.js';

/**
 * Calendar arithmetic shared by date, date-time, year-month and year. Everything works on UTC
 * components: exceljs hands dates over as UTC midnight of the wall-clock date, so reading UTC
 * fields gives back exactly what the sheet showed, whatever the server's time zone.
 */
export interface DateParts {
  year: number;
  month: number;
  day: number;
  /** Seconds since midnight (0 for plain dates). */
  seconds: number;
}

const DAY_MS = 86_400_000;
// 1900 system: Excel believes 1900-02-29 existed (serial 60), so from serial 61 on, day 0 is 1899-12-30.
const EPOCH_1900_LATE = Date.UTC(1899, 11, 30);
const EPOCH_1900_EARLY = Date.UTC(1899, 11, 31);
const EPOCH_1904 = Date.UTC(1904, 0, 1);
/** 9999-12-31 in the 1900 system: Excel's last date. */
const MAX_SERIAL = 2_958_465;

export function isRealDate(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Converts an Excel serial number; null for the fake 1900-02-29, negatives and absurd values. */
export function fromSerial(serial: number, date1904: boolean): DateParts | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > MAX_SERIAL) return null;
  // Round to the second first: serials from formulas carry float noise (0.9999999 of a day).
  const totalSeconds = Math.round(serial * 86_400);
  const days = Math.floor(totalSeconds / 86_400);
  const seconds = totalSeconds - days * 86_400;
  let epoch = EPOCH_1904;
  if (!date1904) {
    if (days === 60) return null;
    epoch = days > 60 ? EPOCH_1900_LATE : EPOCH_1900_EARLY;
  }
  return fromUtcMs(epoch + days * DAY_MS, seconds);
}

/** Reads a Date cell by its UTC components, rounded to the second (exceljs float noise). */
export function fromDateCell(date: Date): DateParts | null {
  const ms = date.getTime();
  if (Number.isNaN(ms)) return null;
  const rounded = Math.round(ms / 1000) * 1000;
  const dayStart = Math.floor(rounded / DAY_MS) * DAY_MS;
  return fromUtcMs(dayStart, (rounded - dayStart) / 1000);
}

function fromUtcMs(dayStartMs: number, seconds: number): DateParts {
  const d = new Date(dayStartMs);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), seconds };
}

// 2024-01-31, 2024/1/31, 2024.01.31, 2024年1月31日(号), 20240131, with an optional time part.
const DATE_TEXT =
  /^(\d{4})(?:([-/.])(\d{1,2})\2(\d{1,2})|年(\d{1,2})月(\d{1,2})[日号]?|(\d{2})(\d{2}))(?:[T\s]*(.*))?$/;

/** Parses date text; `rest` is whatever follows the date (a time part), '' when nothing. */
export function parseDateText(text: string): { parts: DateParts; rest: string } | null {
  const m = DATE_TEXT.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[3] ?? m[5] ?? m[7]);
  const day = Number(m[4] ?? m[6] ?? m[8]);
  if (!isRealDate(year, month, day)) return null;
  return { parts: { year, month, day, seconds: 0 }, rest: (m[9] ?? '').trim() };
}

// 8:30, 08:30:00, 8时30分, 8时30分15秒, 8时, 8点整, 8点半, each optionally after 上午/下午 (a.m./p.m.).
const TIME_TEXT =
  /^(上午|早上|凌晨|中午|下午|晚上)?\s*(\d{1,2})(?:(?::|时|點|点)(\d{1,2})(?:(?::|分)(\d{1,2})(?:\.\d+)?秒?|分)?|(?:时|點|点)(半|整)?)$/;
const AFTERNOON = new Set(['下午', '晚上']);

/** Parses a time of day into seconds since midnight; null when not a time. */
export function parseTimeText(text: string): number | null {
  const m = TIME_TEXT.exec(text);
  if (!m) return null;
  let h = Number(m[2]);
  const min = m[5] === '半' ? 30 : Number(m[3] ?? 0);
  const s = Number(m[4] ?? 0);
  if (h > 23 || min > 59 || s > 59) return null;
  // 下午3点 is 15:00; 下午15点 already is.
  if (m[1] && AFTERNOON.has(m[1]) && h < 12) h += 12;
  return h * 3600 + min * 60 + s;
}

/** Reads a cell of any kind into date parts: Date cells, serial numbers and date text. */
export function cellDateParts(cell: CellValue, text: string, date1904: boolean): DateParts | null {
  if (cell instanceof Date) return fromDateCell(cell);
  if (typeof cell === 'number') return fromSerial(cell, date1904);
  const parsed = parseDateText(text);
  if (parsed) {
    if (parsed.rest === '') return parsed.parts;
    const seconds = parseTimeText(parsed.rest);
    return seconds === null ? null : { ...parsed.parts, seconds };
  }
  // A serial number that reached us as text (a General-formatted cell exported to CSV).
  // Only five-digit serials (1927–2173): a bare `2024` is a year, not 1905-07-16.
  if (/^\d{5}(\.\d+)?$/.test(text)) return fromSerial(Number(text), date1904);
  return null;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

export function formatDate(p: DateParts): string {
  return `${p.year}-${pad2(p.month)}-${pad2(p.day)}`;
}

export function formatDateTime(p: DateParts): string {
  const h = Math.floor(p.seconds / 3600);
  const m = Math.floor((p.seconds % 3600) / 60);
  return `${formatDate(p)}T${pad2(h)}:${pad2(m)}:${pad2(p.seconds % 60)}`;
}

export function formatYearMonth(year: number, month: number): string {
  return `${year}-${pad2(month)}`;
}
