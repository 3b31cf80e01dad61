import { describe, expect, test } from 'vitest';
import { executivePay, propertyTransactions } from '../../schema/datasets/index.js';
import { audienceOf } from '../../src/records/audience.js';
import { and, ident, join, raw, render, sql } from '../../src/records/sql.js';
import { whereSql } from '../../src/records/where.js';

describe('parameterised SQL fragments', () => {
  test('values become numbered parameters, nested fragments keep their order', () => {
    const inner = sql`b = ${2}`;
    const { text, params } = render(
      sql`SELECT 1 WHERE a = ${1} AND ${inner} AND c IN (${join([sql`${3}`, sql`${4}`], ', ')})`,
    );
    expect(text).toBe('SELECT 1 WHERE a = $1 AND b = $2 AND c IN ($3, $4)');
    expect(params).toEqual([1, 2, 3, 4]);
  });

  test('hostile text stays a value; identifiers are quoted', () => {
    const hostile = "x'; DROP TABLE submission; --";
    const { text, params } = render(sql`SELECT ${ident('we"ird')} WHERE name = ${hostile}`);
    expect(text).toBe('SELECT "we""ird" WHERE name = $1');
    expect(text).not.toContain('DROP');
    expect(params).toEqual([hostile]);
    expect(render(and([])).text).toBe('TRUE');
    expect(render(and([raw('a'), raw('b')])).text).toBe('(a AND b)');
  });

  test('a where input: every value a parameter, LIKE wildcards escaped, unknown fields refused', () => {
    const audience = audienceOf(null)!;
    const where = {
      name: { contains: "50%_'" },
      totalPreTax: { gt: '150', in: ['1', '2'] },
      or: [{ fiscalYear: { eq: 2023 } }, { not: { position: { isNull: true } } }],
    };
    const { condition, predicates } = whereSql(executivePay, audience, where);
    const { text, params } = render(condition);
    expect(predicates).toBe(5);
    expect(params).toEqual(["%50\\%\\_'%", '150', ['1', '2'], 2023]);
    expect(text).toContain('r."total_pre_tax" > $2::numeric');
    expect(text).not.toContain("'");
    expect(() => whereSql(executivePay, audience, { nope: { eq: 1 } })).toThrow(/No field "nope"/);
  });

  test('the public form cannot name a regulator-only field, nor one masked row by row', () => {
    const anonymous = audienceOf(null)!;
    expect(() => whereSql(propertyTransactions, anonymous, { buyerIdNumber: { eq: 'x' } })).toThrow(
      /No field/,
    );
    // A buyer's name is masked per row in public (李*): the typed rows hold the raw value.
    expect(() => whereSql(propertyTransactions, anonymous, { buyerName: { eq: 'x' } })).toThrow(/No field/);
  });
});
