import { describe, expect, test } from 'vitest';
import type { RawRow } from '../../schema/core/cells.js';
import { executivePay, propertyTransactions } from '../../schema/datasets/index.js';
import { matchHeader } from '../../schema/engine/index.js';
import { findSheetUnit } from '../../schema/engine/sheet-unit.js';

const rows = (...cells: unknown[][]): RawRow[] =>
  cells.map((c, i) => ({ row: i + 1, cells: c as RawRow['cells'] }));
const PAY_HEADER = ['年度', '企业名称', '统一社会信用代码', '姓名', '职务'];

describe('matchHeader', () => {
  test('header on the first row', () => {
    const m = matchHeader(executivePay, rows(PAY_HEADER));
    expect(m?.headerRow).toBe(1);
    expect(m?.columns.map((c) => `${c.column}:${c.field.key}`)).toEqual([
      'A:fiscalYear',
      'B:enterpriseName',
      'C:enterpriseCode',
      'D:name',
      'E:position',
    ]);
    expect(m?.problems).toEqual([]);
  });

  test('title row and unit line above the header', () => {
    const m = matchHeader(
      executivePay,
      rows(
        ['2023年度市管企业负责人薪酬情况表'],
        ['填报单位：上海示范城建集团', null, '单位：元'],
        [],
        PAY_HEADER,
      ),
    );
    expect(m?.headerRow).toBe(4);
    expect(m?.sheetUnit).toBe('yuan');
  });

  test('en labels, keys, full width, line breaks, case and required markers', () => {
    const header = [
      'Fiscal year',
      'ENTERPRISENAME',
      '统一社会\n信用代码',
      '＊姓名',
      ' position ',
      '基本年薪（元）',
    ];
    const m = matchHeader(executivePay, rows(header));
    expect(m?.columns.map((c) => c.field.key)).toEqual([
      'fiscalYear',
      'enterpriseName',
      'enterpriseCode',
      'name',
      'position',
      'baseSalary',
    ]);
    expect(m?.columns[5]?.unit).toBe('yuan');
  });

  test('（万元） and (万元), and the label without its unit', () => {
    const m = matchHeader(
      propertyTransactions,
      rows(['项目编号', '评估值（万元）', '挂牌价格', '转让比例（％）']),
    );
    expect(m?.columns.map((c) => c.field.key)).toEqual([
      'projectCode',
      'appraisedValue',
      'listingPrice',
      'transferPercent',
    ]);
  });

  test('a unit that spells out the currency (人民币万元) is a unit, not left to the unit line', () => {
    const m = matchHeader(
      executivePay,
      rows(
        ['单位：元'],
        [...PAY_HEADER, '基本年薪（人民币万元）', '绩效年薪(万元人民币)', '应付年薪（人民币元）'],
      ),
    );
    expect(m?.columns.slice(5).map((c) => [c.field.key, c.unit])).toEqual([
      ['baseSalary', 'wan'],
      ['performanceSalary', 'wan'],
      ['annualSalaryPayable', 'yuan'],
    ]);
  });

  test('units written without brackets: 转让比例%, 评估值万元, 挂牌价格/元', () => {
    const m = matchHeader(
      propertyTransactions,
      rows(['项目编号', '评估值万元', '挂牌价格/元', '转让比例%', '成交价格 ／ 万元']),
    );
    expect(m?.columns.map((c) => [c.field.key, c.unit])).toEqual([
      ['projectCode', undefined],
      ['appraisedValue', 'wan'],
      ['listingPrice', 'yuan'],
      ['transferPercent', undefined],
      ['dealPrice', 'wan'],
    ]);
  });

  test('missing required, unknown and duplicate columns', () => {
    const m = matchHeader(executivePay, rows(['序号', '年度', '企业名称', '姓名', '姓名', '奖金']));
    const codes = m?.problems.map((p) => `${p.draft.code}:${p.column ?? p.field?.key}`);
    expect(codes).toEqual([
      'duplicate-label:E',
      'extra-label:F',
      'missing-label:enterpriseCode',
      'missing-label:position',
    ]);
  });

  test('no header among the rows', () => {
    expect(matchHeader(executivePay, rows(['hello', 'world'], ['1', '2']))).toBeUndefined();
  });

  test('two-row header with vertically merged cells', () => {
    const m = matchHeader(
      executivePay,
      rows(
        ['年度', '企业名称', '统一社会信用代码', '姓名', '职务', '年度薪酬'],
        [null, null, null, null, null, '基本年薪'],
      ),
    );
    expect(m?.headerRow).toBe(2);
    expect(m?.columns.map((c) => c.field.key)).toContain('enterpriseCode');
    expect(m?.columns.map((c) => c.field.key)).toContain('baseSalary');
  });
});

describe('findSheetUnit', () => {
  test.each([
    ['单位：万元', 'wan'],
    ['单位:元', 'yuan'],
    ['（单位：亿元）', 'yi'],
    ['金额单位：人民币万元', 'wan'],
    ['填报单位：上海元宝公司', undefined],
    ['单位：元宝', undefined],
    ['2023年度情况表', undefined],
  ])('%s → %s', (cell, unit) => {
    expect(findSheetUnit([[cell]])).toBe(unit);
  });
});
