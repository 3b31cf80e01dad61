import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { escapeFormula, escapeFormulaSql, sqlLiteral } from '../../src/public/columns.js';
import { numberOrText } from '../../src/public/download/xlsx.js';
import { createTestDatabase, type TestDatabase, testEngine } from '../support/database.js';

const INJECTIONS: [string, string][] = [
  ['=1+1', "'=1+1"],
  ['+cmd|/C calc', "'+cmd|/C calc"],
  ['-2+3', "'-2+3"],
  ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
  ['\t=1+1', "'\t=1+1"],
  ['\r=1+1', "'\r=1+1"],
  ['普通备注', '普通备注'],
  ['1+1', '1+1'],
  ['a=1', 'a=1'],
  ["'引号", "'引号"],
  ['反斜杠\\n', '反斜杠\\n'],
  ['', ''],
];

describe(`formula injection, in Node and in the database's CSV (${testEngine})`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase({ migrate: false });
  });
  afterAll(() => t.dispose());

  test.each(INJECTIONS)('escapeFormula(%j) → %j', (input, expected) => {
    expect(escapeFormula(input)).toBe(expected);
  });

  // The CSV download's cells are computed by SQL: it must escape exactly as the Node function does.
  test.each(INJECTIONS)('the SQL escape of %j is %j', async (input, expected) => {
    const { rows } = await t.db.sql.query<{ v: string }>(
      `SELECT ${escapeFormulaSql(sqlLiteral(input))} AS v`,
    );
    expect(rows[0]!.v).toBe(expected);
  });
});

describe('numbers in the XLSX', () => {
  test.each([
    ['-12.5', -12.5],
    ['5000', 5000],
    ['0.10', 0.1],
    // More digits than a double holds: kept as exact text rather than silently rounded.
    ['12345678901234567.89', '12345678901234567.89'],
  ])('a decimal field %s becomes %j', (value, expected) => {
    expect(numberOrText(value)).toBe(expected);
  });
});
