import type { CellValue } from '../core/cells.js';
import type { MoneyUnit } from './labels.js';

// 单位：万元 / （单位:元） / 金额单位：人民币万元 — but not 填报单位：… (a unit word must follow the colon).
const UNIT_LINE = /(?:^|[^\u4e00-\u9fff]|金额)单位\s*[:：]\s*(?:人民币)?(亿元|万元|元)(?![\u4e00-\u9fff])/;
const UNITS: Record<string, MoneyUnit> = { 元: 'yuan', 万元: 'wan', 亿元: 'yi' };

/** The money unit stated by a unit line among the cells of the rows above the header. */
export function findSheetUnit(rows: readonly (readonly CellValue[])[]): MoneyUnit | undefined {
  for (const cells of rows) {
    for (const cell of cells) {
      if (typeof cell !== 'string' || !cell.includes('单位')) continue;
      const m = UNIT_LINE.exec(cell.normalize('NFKC'));
      const unit = m ? UNITS[m[1] ?? ''] : undefined;
      if (unit) return unit;
    }
  }
  return undefined;
}

export const UNIT_NAMES: Record<MoneyUnit, { zh: string; en: string }> = {
  yuan: { zh: '元', en: 'CNY' },
  wan: { zh: '万元', en: '10,000 CNY' },
  yi: { zh: '亿元', en: '100 million CNY' },
};
