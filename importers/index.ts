export type { CsvDelimiter, CsvSheetInfo } from './csv.js';
export type { CsvEncoding } from './decode.js';
export { IMPORT_ERRORS, ImportError, type ImportErrorCode, isImportError } from './errors.js';
export { DEFAULT_LIMITS, type ImportLimits, type ImportStats } from './limits.js';
export {
  type ImportedSheetInfo,
  type OpenedSpreadsheet,
  type OpenOptions,
  openSpreadsheet,
  readAllRows,
  type SpreadsheetInput,
} from './open.js';
export type { XlsxSheetInfo } from './xlsx.js';
