import type { IgnoredSheet, RawRow } from '../schema/core/cells.js';
import { ImportError } from './errors.js';

/** The evidence about one candidate sheet: its first rows, and how many non-blank rows it has. */
export interface SheetSample {
  name: string;
  /** The first non-blank rows (at most SAMPLE_ROWS): where a header would be. */
  rows: RawRow[];
  /** All non-blank rows of the sheet, header area included. */
  nonBlankRows: number;
}

export interface SheetChoice {
  name: string;
  /** The candidates not chosen, with the reason; hidden sheets are added by the importer. */
  ignored: IgnoredSheet[];
}

/**
 * Picks the sheet to read from the evidence. Importers know nothing of datasets, so the caller
 * (which does) decides; it is asked only when more than one visible sheet could hold the data.
 */
export type SheetChooser = (samples: SheetSample[]) => SheetChoice;

/** Rows sampled per sheet: as many as the header may be down (HEADER_SCAN_ROWS) plus a few. */
export const SAMPLE_ROWS = 40;

export const HIDDEN_SHEET = {
  zh: '隐藏的工作表（通常是下拉选项或代码表），未读取',
  en: 'a hidden sheet (usually dropdown lists or code tables), not read',
};

export const NOT_CHOSEN = {
  zh: '未读取：读取的是与模板同名的工作表或第一个可见工作表',
  en: "not read: the template's sheet, or else the first visible sheet, was read",
};

interface NamedSheet {
  name: string;
  hidden: boolean;
}

/** The sheets that may hold the data: the visible ones, and a hidden one only if named as preferred. */
export function candidateSheets<T extends NamedSheet>(sheets: readonly T[], preferred?: string): T[] {
  const wanted = preferred?.trim();
  const visible = sheets.filter((s) => !s.hidden || (wanted !== undefined && s.name.trim() === wanted));
  if (visible.length === 0) throw new ImportError('sheet-not-found');
  return visible;
}

/** Without a chooser: the preferred sheet by name, else the first candidate (the old rule). */
export function defaultChoice<T extends NamedSheet>(candidates: readonly T[], preferred?: string): string {
  const wanted = preferred?.trim();
  const named = wanted ? candidates.find((s) => s.name.trim() === wanted) : undefined;
  return (named ?? candidates[0])?.name ?? '';
}

/** Every sheet but the one read: the chooser's reasons, then the hidden sheets. */
export function ignoredSheets(
  all: readonly NamedSheet[],
  chosen: string,
  fromChooser: readonly IgnoredSheet[],
): IgnoredSheet[] {
  const ignored = fromChooser.filter((s) => s.name !== chosen);
  for (const sheet of all) {
    if (sheet.name === chosen || ignored.some((s) => s.name === sheet.name)) continue;
    ignored.push({ name: sheet.name, reason: sheet.hidden ? HIDDEN_SHEET : NOT_CHOSEN });
  }
  return ignored;
}
