import { ENTERPRISE_A, executivePayCsv } from './files.js';

/**
 * Three executive-pay rows of enterprise A split into cells, and the template's example row, for
 * tests that build workbooks of their own shapes (instructions sheets, 栏次 rows, .xls, …).
 */
const [HEADER = '', ...LINES] = executivePayCsv(ENTERPRISE_A, [
  { name: '张伟' },
  { name: '李娜' },
  { name: '王芳' },
])
  .replace('\uFEFF', '')
  .trim()
  .split('\n');
export const sampleHeader = HEADER.split(',');
export const sampleRows = LINES.map((l) => l.split(','));
export const sampleExample =
  executivePayCsv(ENTERPRISE_A, [{ name: '示例姓名' }])
    .trim()
    .split('\n')[1]
    ?.split(',') ?? [];
/** The same as CSV lines (no BOM): the header line and the three data lines. */
export const sampleHeaderLine = HEADER;
export const sampleLines = LINES;
