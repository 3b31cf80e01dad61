/** Ceilings that keep one hostile or absurd upload from exhausting the server. */
export interface ImportLimits {
  /** Upload size in bytes. */
  maxBytes: number;
  /** Highest Excel row number (CSV: record number) accepted. */
  maxRows: number;
  /** Highest non-empty column count in a row. */
  maxColumns: number;
  /** Characters in one cell; 32,767 is Excel's own limit. */
  maxCellChars: number;
  /** Reading stops after this many consecutive blank rows (reported in ImportStats). */
  maxBlankRun: number;
  /** Entries in the XLSX zip. */
  maxZipEntries: number;
  /** Declared uncompressed size of one zip entry. */
  maxEntryBytes: number;
  /** Declared uncompressed size of all zip entries together. */
  maxTotalUncompressedBytes: number;
  /** Uncompressed/compressed ratio for any entry larger than 1 MiB. */
  maxCompressionRatio: number;
  /** Merged ranges read from the sheet. */
  maxMergedRanges: number;
  /** Sheets in a workbook, hidden ones included: real templates have a handful. */
  maxSheets: number;
}

const MiB = 1024 * 1024;

export const DEFAULT_LIMITS: Readonly<ImportLimits> = Object.freeze({
  maxBytes: 50 * MiB,
  maxRows: 1_000_000,
  maxColumns: 200,
  maxCellChars: 32_767,
  maxBlankRun: 1_000,
  maxZipEntries: 1_000,
  maxEntryBytes: 256 * MiB,
  maxTotalUncompressedBytes: 512 * MiB,
  maxCompressionRatio: 200,
  maxMergedRanges: 100_000,
  maxSheets: 50,
});

export function resolveLimits(overrides: Partial<ImportLimits> = {}): ImportLimits {
  return { ...DEFAULT_LIMITS, ...overrides };
}

/** What happened while the rows were read; filled in as the caller iterates. */
export interface ImportStats {
  /** Non-blank rows yielded. */
  rows: number;
  /** Blank rows skipped (never yielded). */
  blankRows: number;
  /** Set when reading stopped after `maxBlankRun` blank rows: the last row number read. */
  stoppedAfterBlankRun?: number;
  /**
   * XLSX: formula cells read as null because they have no cached result (saved by a non-Excel
   * tool) or because the result is an error such as #DIV/0! (exceljs drops those).
   */
  formulasWithoutResult: number;
}

export function newStats(): ImportStats {
  return { rows: 0, blankRows: 0, formulasWithoutResult: 0 };
}

export function formatBytes(bytes: number): string {
  return bytes >= MiB ? `${(bytes / MiB).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
