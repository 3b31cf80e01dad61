import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { type ValidatedRow, validateFile } from '../../src/intake/validate-file.js';
import { ENTERPRISE_A, executivePayCsv } from '../support/files.js';

const collect = () => {
  const rows: ValidatedRow[] = [];
  return { rows, context: { emit: async (batch: ValidatedRow[]) => void rows.push(...batch) } };
};

describe('validateFile', () => {
  test('rows after a long run of blank rows are not dropped silently', async () => {
    const csv = executivePayCsv(ENTERPRISE_A, [{ name: '张伟' }]);
    const tail = executivePayCsv(ENTERPRISE_A, [{ name: '李娜' }]).split('\n')[1];
    const bytes = new TextEncoder().encode(`${csv}${',\n'.repeat(1200)}${tail}\n`);
    const { rows, context } = collect();
    const report = await validateFile({ bytes, dataset: 'executive-pay', today: '2024-06-28' }, context);
    expect(rows.map((r) => r.values.name)).toEqual(['张伟']);
    expect(report.issues).toEqual([
      expect.objectContaining({ code: 'stopped-after-blank-rows', severity: 'warning' }),
    ]);
    expect(report.warningCount).toBe(1);
  });

  test('formulas without a cached result are reported', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('企业负责人薪酬');
    const [header, line] = executivePayCsv(ENTERPRISE_A, [{ name: '张伟' }])
      .replace('\uFEFF', '')
      .split('\n');
    sheet.addRow(header!.split(','));
    const cells: (string | number | ExcelJS.CellFormulaValue)[] = line!.split(',');
    cells[16] = { formula: 'A1&B1' };
    sheet.addRow(cells);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const { context } = collect();
    const report = await validateFile({ bytes, dataset: 'executive-pay', today: '2024-06-28' }, context);
    expect(report.issues.map((i) => i.code)).toContain('formula-without-result');
  });

  test('only the permitted enterprises may appear in the rows', async () => {
    const bytes = new TextEncoder().encode(executivePayCsv(ENTERPRISE_A, [{ name: '张伟' }]));
    const { context } = collect();
    const input = { bytes, dataset: 'executive-pay', today: '2024-06-28' };
    const allowed = await validateFile({ ...input, permittedEnterpriseCodes: [ENTERPRISE_A.uscc] }, context);
    expect(allowed.errorCount).toBe(0);
    const refused = await validateFile(
      { ...input, permittedEnterpriseCodes: ['913100001322000201'] },
      context,
    );
    expect(refused.issues).toEqual([
      expect.objectContaining({ code: 'enterprise-not-permitted', row: 2, column: 'C', severity: 'error' }),
    ]);
    expect(refused.issues[0]?.message.zh).toContain('第2行C列「统一社会信用代码」');
  });
});

describe('validateFile: which sheet holds the submission', () => {
  async function workbook(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    build(wb);
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }
  const [header = '', line = ''] = executivePayCsv(ENTERPRISE_A, [{ name: '张伟' }])
    .replace('\uFEFF', '')
    .split('\n');
  const fill = (ws: ExcelJS.Worksheet) => {
    ws.addRow(header.split(','));
    ws.addRow(line.split(','));
  };

  test('an instructions sheet before the data is passed over', async () => {
    const bytes = await workbook((wb) => {
      wb.addWorksheet('填报说明').addRow(['1. 金额单位为万元。']);
      fill(wb.addWorksheet('薪酬表'));
    });
    const { rows, context } = collect();
    const report = await validateFile({ bytes, dataset: 'executive-pay', today: '2024-06-28' }, context);
    expect(report.issues).toEqual([]);
    expect(report.sheetName).toBe('薪酬表');
    expect(rows.map((r) => r.values.name)).toEqual(['张伟']);
  });

  test('the blank template kept hidden next to its filled copy is passed over', async () => {
    const bytes = await workbook((wb) => {
      const template = wb.addWorksheet('企业负责人薪酬', { state: 'hidden' });
      template.addRow(header.split(','));
      fill(wb.addWorksheet('Sheet1'));
    });
    const { context } = collect();
    const report = await validateFile({ bytes, dataset: 'executive-pay', today: '2024-06-28' }, context);
    expect(report).toMatchObject({ sheetName: 'Sheet1', rowCount: 1, errorCount: 0 });
  });

  test('with no table anywhere, the first sheet is reported', async () => {
    const bytes = await workbook((wb) => {
      wb.addWorksheet('说明').addRow(['无']);
      wb.addWorksheet('其他').addRow(['也没有']);
    });
    const { context } = collect();
    const report = await validateFile({ bytes, dataset: 'executive-pay', today: '2024-06-28' }, context);
    expect(report.sheetName).toBe('说明');
    expect(report.issues.map((i) => i.code)).toEqual(['header-not-found']);
  });
});
