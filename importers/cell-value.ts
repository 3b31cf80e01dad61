import type { CellValue as ExcelValue } from 'exceljs';
import type { CellValue } from '../schema/core/cells.js';
import type { ImportStats } from './limits.js';

/** Same test exceljs applies to plain cells: a format with y/m/d/h/s outside quotes and brackets. */
export function isDateFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  const bare = numFmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhsb]/i.test(bare);
}

export function excelSerialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
}

interface CellContext {
  numFmt: string | undefined;
  date1904: boolean;
  stats: ImportStats;
}

type FormulaResult = number | string | boolean | Date | { error: string } | undefined;

/**
 * Formulas become their cached result (what the user saw in Excel): the server never
 * recalculates. A formula saved without a result (by a non-Excel tool) becomes null and is
 * counted. exceljs's streaming reader drops error results (=1/0 cached as #DIV/0!), so those
 * arrive here as "no result" too; a plain error cell (#N/A typed in) keeps its text.
 */
function formulaResult(result: FormulaResult, context: CellContext): CellValue {
  if (result === undefined) {
    context.stats.formulasWithoutResult++;
    return null;
  }
  if (typeof result === 'object' && !(result instanceof Date)) return result.error;
  if (typeof result === 'number' && isDateFormat(context.numFmt))
    return excelSerialToDate(result, context.date1904);
  return result;
}

export function toCellValue(value: ExcelValue, context: CellContext): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('formula' in value || 'sharedFormula' in value) return formulaResult(value.result, context);
  if ('richText' in value) return value.richText.map((run) => run.text ?? '').join('');
  if ('hyperlink' in value)
    return typeof value.text === 'string' ? value.text : toCellValue(value.text, context);
  if ('error' in value) return value.error;
  return null;
}
