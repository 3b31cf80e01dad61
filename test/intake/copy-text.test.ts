import { describe, expect, test } from 'vitest';
import { getDataset } from '../../schema/datasets/index.js';
import { recordKey, rowColumns } from '../../schema/derive/row-table.js';
import { copyField, copyLine, rowCopyEncoder } from '../../src/submissions/copy-text.js';

describe('COPY text', () => {
  test.each([
    [null, '\\N'],
    [undefined, '\\N'],
    [true, 't'],
    [false, 'f'],
    [0, '0'],
    [-12.5, '-12.5'],
    ['', ''],
    ['王建国', '王建国'],
    ['a\tb\nc\rd\\e', 'a\\tb\\nc\\rd\\\\e'],
    ['\\N', '\\\\N'],
  ])('field %j is %j', (value, text) => {
    expect(copyField(value)).toBe(text);
  });

  test('the row encoder writes what copyLine writes for each row, in rowCopySql column order', () => {
    const def = getDataset('executive-pay');
    if (!def) throw new Error('executive-pay missing');
    const values = {
      fiscalYear: 2024,
      enterpriseName: '上海\t示范',
      enterpriseCode: '913100001322000126',
      name: '王\\建国',
      position: '董事长\n兼总经理',
      paidByRelatedParty: false,
      baseSalary: '66.07',
      remarks: null,
    };
    const rows = [
      { row: 4, values },
      { row: 5, values: { ...values, name: null } },
    ];
    const columns = rowColumns(def);
    const expected = rows
      .map(({ row, values: v }) =>
        copyLine([
          'sid',
          row,
          recordKey(def, v),
          ...columns.map((c) => (v as Record<string, unknown>)[c.field]),
        ]),
      )
      .join('');
    expect(rowCopyEncoder(def, 'sid')(rows)).toBe(expected);
  });
});
