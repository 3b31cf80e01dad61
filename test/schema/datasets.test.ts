import { describe, expect, test } from 'vitest';
import { catalogue, renderIssue } from '../../schema/catalogue.js';
import { datasetByGraphqlName, datasets, getDataset } from '../../schema/datasets/index.js';
import { normalizeLabel } from '../../schema/engine/labels.js';

describe.each(datasets.map((d) => [d.key, d] as const))('dataset %s', (_key, def) => {
  test('labels and keys are unique (also after header normalisation)', () => {
    const names = def.fields.flatMap((f) => [f.key, f.label.zh, f.label.en].map(normalizeLabel));
    const owners = new Map<string, string>();
    for (const f of def.fields) {
      for (const n of new Set([f.key, f.label.zh, f.label.en].map(normalizeLabel))) {
        expect(owners.get(n) ?? f.key, `${n} used by two fields`).toBe(f.key);
        owners.set(n, f.key);
      }
    }
    expect(names.length).toBeGreaterThan(0);
  });

  test('every field type has a bilingual hint and metadata', () => {
    for (const f of def.fields) {
      expect(f.type.hint.zh, f.key).not.toBe('');
      expect(f.type.hint.en, f.key).not.toBe('');
      expect(f.type.kind, f.key).toMatch(/^[a-z-]+$/);
    }
  });

  test('an obligation event names a date field for its day (per value of an enum, when it is by one)', () => {
    const field = (key: string) => def.fields.find((f) => f.key === key);
    for (const event of def.obligationEvents ?? []) {
      expect(event.key, 'kebab-case').toMatch(/^[a-z]+(-[a-z]+)*$/);
      const days = 'field' in event.eventDay ? [event.eventDay.field] : Object.values(event.eventDay.fields);
      for (const day of days)
        expect(field(day)?.type.sql, `${event.key}: ${day}`).toMatch(/^(date|timestamp)$/);
      if ('by' in event.eventDay) {
        const choices = field(event.eventDay.by)?.type.choices?.map((c) => c.key);
        // Every value of the discriminating field has its day: none is left without one.
        expect(Object.keys(event.eventDay.fields).sort(), event.key).toEqual([...(choices ?? [])].sort());
      }
    }
  });

  test('unique keys, search fields and enterprise field name real fields', () => {
    const keys = new Set(def.fields.map((f) => f.key));
    for (const k of [...def.uniqueKeys.flat(), ...def.searchFields]) expect(keys.has(k), k).toBe(true);
    if (def.enterpriseCodeField) expect(keys.has(def.enterpriseCodeField)).toBe(true);
  });

  test('registry lookups', () => {
    expect(getDataset(def.key)).toBe(def);
    expect(datasetByGraphqlName(def.graphqlName)).toBe(def);
  });

  test('rule codes are rendered through the same function', () => {
    for (const rule of def.rules) {
      expect(rule.message.zh, rule.code).not.toBe('');
      expect(rule.message.en, rule.code).not.toBe('');
    }
  });
});

test('the buyer ID is never public', () => {
  const field = getDataset('property-transactions')?.fields.find((f) => f.key === 'buyerIdNumber');
  expect(field?.sensitivity).toBe('regulator-only');
});

test('field order and labels follow DOMAIN.md', () => {
  const pt = getDataset('property-transactions');
  expect(pt?.fields.map((f) => f.label.zh).slice(9, 12)).toEqual([
    '转让比例(%)',
    '评估值(万元)',
    '挂牌价格(万元)',
  ]);
  expect(getDataset('executive-pay')?.fields[0]?.key).toBe('fiscalYear');
  expect(getDataset('nope')).toBeUndefined();
});

describe('catalogue', () => {
  test.each(Object.entries(catalogue))(
    '%s has zh and en templates with the same placeholders',
    (_code, entry) => {
      const names = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(entry.message.zh)).toEqual(names(entry.message.en));
    },
  );

  test('renders location, label per locale and Localized params', () => {
    const issue = renderIssue(
      {
        code: 'enum-mismatch',
        params: { expected: { zh: '“法人”、“自然人”', en: '"Legal person", "Natural person"' } },
      },
      {
        row: 7,
        column: 'T',
        field: 'buyerType',
        label: { zh: '受让方类型', en: 'Buyer type' },
        value: '公司',
      },
    );
    expect(issue).toMatchObject({
      severity: 'error',
      row: 7,
      column: 'T',
      field: 'buyerType',
      value: '公司',
    });
    expect(issue.message.zh).toBe('第7行T列「受让方类型」的值“公司”不在可选范围内：应为“法人”、“自然人”之一');
    expect(issue.message.en).toBe(
      'Row 7, column T ("Buyer type"): "公司" is not an allowed value: expected one of "Legal person", "Natural person"',
    );
  });

  test('a rule template without a location gets it as a prefix', () => {
    const issue = renderIssue(
      { code: 'deal-below-listing', severity: 'error', params: { listing: '100' } },
      { row: 9, column: 'V', field: 'dealPrice', label: { zh: '成交价格(万元)', en: 'Deal price' } },
      { zh: '成交价格低于挂牌价格{listing}万元', en: 'deal price below the listing price {listing}' },
    );
    expect(issue.message.zh).toBe('第9行V列「成交价格(万元)」：成交价格低于挂牌价格100万元');
  });
});

test('obligation events have keys unique across datasets', () => {
  const keys = datasets.flatMap((d) => (d.obligationEvents ?? []).map((e) => e.key));
  expect(keys.length).toBeGreaterThan(0);
  expect(new Set(keys).size).toBe(keys.length);
});
