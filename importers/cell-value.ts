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
  /** The cell's own cached result, where exceljs's value copy has dropped a falsy one (0, false). */
  modelResult?: () => unknown;
}

/**
 * Stands for a cached error result (#DIV/0!, #REF!, #VALUE! …) of a formula: exceljs's streaming
 * reader parses its text as a number, so only NaN arrives and the exact text is lost. It is not a
 * placeholder, so a field reports it as unreadable at its cell.
 */
export const FORMULA_ERROR = '#ERROR!';

type FormulaResult = number | string | boolean | Date | { error: string } | undefined;

/**
 * Formulas become their cached result (what the user saw in Excel): the server never
 * recalculates. A formula saved without a result (by a non-Excel tool) becomes null and is
 * counted. A cached error (=1/0 shown as #DIV/0!) becomes FORMULA_ERROR; a plain error cell
 * (#N/A typed in) keeps its text.
 */
function formulaResult(given: FormulaResult, context: CellContext): CellValue {
  // exceljs copies only truthy results into cell.value: a cached 0 (a SUM of nothing yet) or
  // FALSE would read as "no result" and vanish; the cell's model still holds it.
  const result = given === undefined ? (context.modelResult?.() as FormulaResult) : given;
  if (result === undefined || result === null) {
    context.stats.formulasWithoutResult++;
    return null;
  }
  if (typeof result === 'number' && Number.isNaN(result)) return FORMULA_ERROR;
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
