// Field keys are typed per dataset: naming a field that does not exist fails `tsc` (CI runs it).
// Each @ts-expect-error below is itself checked: if the line compiled, tsc would report the
// directive as unused, so this file fails the build the day the typing stops working.
import { expect, test } from 'vitest';
import { defineDataset } from '../../schema/core/dataset.js';
import type { ExecutivePayField } from '../../schema/datasets/executive-pay.js';
import { executivePayFields } from '../../schema/datasets/executive-pay.js';
import { DISCLOSURE_TEMPLATE } from '../../schema/rules/support/basis.js';
import { defineRule } from '../../schema/rules/support/define.js';
import { textOf } from '../../schema/rules/support/values.js';

const rule = (fields: ExecutivePayField[]) =>
  defineRule<ExecutivePayField>({
    code: 'typed-keys-probe',
    severity: 'warning',
    basis: DISCLOSURE_TEMPLATE,
    message: { zh: '探针', en: 'probe' },
    fields,
    check: (row) => (textOf(row, 'name') ? [] : []),
  });

test('rules, row readers and definitions accept only the dataset’s own field keys', () => {
  expect(rule(['name']).fields).toEqual(['name']);
  // @ts-expect-error 'nmae' is not a field of executive pay
  rule(['nmae']);
  defineRule<ExecutivePayField>({
    code: 'typed-keys-probe-row',
    severity: 'warning',
    basis: DISCLOSURE_TEMPLATE,
    message: { zh: '探针', en: 'probe' },
    fields: ['name'],
    // @ts-expect-error a row reader with a key the dataset does not have
    check: (row) => (textOf(row, 'salary') ? [] : []),
  });
  const probe = () =>
    defineDataset({
      key: 'probe',
      graphqlName: 'PROBE',
      title: { zh: '探针', en: 'Probe' },
      description: { zh: '探针', en: 'Probe' },
      basis: DISCLOSURE_TEMPLATE,
      sheetName: '探针',
      moneyUnit: 'wan',
      fields: executivePayFields,
      uniqueKeys: [['name']],
      rules: [],
      // @ts-expect-error a search field that is not a field
      searchFields: ['fullName'],
      view: { columns: ['name'], linkField: 'name', facets: [] },
    });
  expect(probe().key).toBe('probe');
});

test('a GraphQL name must follow from the key', () => {
  expect(() =>
    defineDataset({
      key: 'probe',
      graphqlName: 'PROBE_X',
      title: { zh: '探针', en: 'Probe' },
      description: { zh: '探针', en: 'Probe' },
      basis: DISCLOSURE_TEMPLATE,
      sheetName: '探针',
      moneyUnit: 'wan',
      fields: executivePayFields,
      uniqueKeys: [],
      rules: [],
      searchFields: [],
      view: { columns: [], linkField: 'name', facets: [] },
    }),
  ).toThrow(/graphqlName must be PROBE/);
});
