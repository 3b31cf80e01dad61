import type { Severity } from './core/issues.js';
import type { Localized } from './core/localized.js';

/**
 * Codes about how a file was read (which sheet, which cells, which bytes) rather than what a
 * field holds. Kept apart from catalogue.ts so the reading side can grow without touching the
 * rules' catalogue; catalogue.ts merges them in.
 */
export const intakeCatalogue: Record<string, { severity: Severity; message: Localized }> = {
  'extra-cell': {
    severity: 'error',
    message: {
      zh: '第{row}行有{count}个单元格不在任何表头之下（自{column}列起，值“{value}”），这些内容无法对应到列，常见原因是内容中含未加引号的逗号',
      en: 'Row {row} has {count} cell(s) under no header (from column {column}, value "{value}"); they match no column, usually because a value holds an unquoted comma',
    },
  },
  'sheet-ignored': {
    severity: 'warning',
    message: {
      zh: '工作表“{value}”也符合本模板（{rows}行数据），但只读取了工作表“{chosen}”；如该表的数据也需报送，请单独上传',
      en: 'Sheet "{value}" also matches the template ({rows} data rows), but only sheet "{chosen}" was read; upload it separately if its data is to be filed too',
    },
  },
  'mixed-encoding': {
    severity: 'error',
    message: {
      zh: '第{row}行的文字编码与文件其余部分不同（文件为{fileEncoding}，该行为{rowEncoding}），按文件编码读出的内容会变成乱码；请将整个文件另存为同一种编码（建议“CSV UTF-8”）后重新上传',
      en: 'Row {row} is encoded differently from the rest of the file (file: {fileEncoding}, row: {rowEncoding}) and would read as garbled text; save the whole file in one encoding (preferably "CSV UTF-8") and upload again',
    },
  },
};
