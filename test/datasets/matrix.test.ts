// One matrix over every dataset definition: adding a fifth dataset gets all of this for free.
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { datasetKeys } from '../../schema/datasets/index.js';
import { HEADER_ROW, TEMPLATE_ROWS } from '../../schema/derive/template-hints.js';
import { CODE_LIST_SHEET, templateXlsx } from '../../schema/derive/template-xlsx.js';
import { normalizeLabel } from '../../schema/engine/index.js';
import { allFixtures, VALID_FILES } from '../fixtures/index.js';
import { arrayBuffer } from '../fixtures/lib/xlsx.js';
import { check, checkFixture } from './support.js';

const cases = allFixtures.map((f) => [f.def.key, f] as const);

test('every dataset of the registry is in the matrix (it has fixtures)', () => {
  expect(allFixtures.map((f) => f.def.key).sort()).toEqual([...datasetKeys].sort());
});

describe.each(cases)('%s', (_key, fixtures) => {
  const { def, valid } = fixtures;

  test.each(VALID_FILES)(
    '%s validates with no issue and reads the same records as valid.csv',
    async (file) => {
      const { report, rows } = await checkFixture(def, file);
      expect(report.issues).toEqual([]);
      expect(report.rowCount).toBe(valid.length);
      const reference = await checkFixture(def, 'valid.csv');
      expect(rows).toEqual(reference.rows);
    },
  );

  test('the encodings are reported', async () => {
    expect((await checkFixture(def, 'valid.csv')).report.encoding).toBe('utf-8-bom');
    expect((await checkFixture(def, 'valid-gbk.csv')).report.encoding).toBe('gb18030');
  });

  test('the blank template round-trips: header found, every column bound, only no-data', async () => {
    const { report } = await check(def, await templateXlsx(def), 'template.xlsx');
    expect(report.headerRow).toBe(HEADER_ROW);
    expect(report.columns.map((c) => c.field)).toEqual(def.fields.map((f) => f.key));
    expect(report.issues.map((i) => i.code)).toEqual(['no-data']);
  });

  test('the template has text ID columns, a hidden code list, bounded dropdowns and a frozen header', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(arrayBuffer(await templateXlsx(def)));
    const sheet = workbook.getWorksheet(def.sheetName);
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER_ROW });
    expect(workbook.getWorksheet(CODE_LIST_SHEET)?.state).toBe('hidden');
    const model = (
      sheet as unknown as { dataValidations: { model: Record<string, { type: string; formulae: string[] }> } }
    ).dataValidations.model;
    def.fields.forEach((field, i) => {
      const column = sheet?.getColumn(i + 1);
      if (field.type.textFormat) expect(column?.numFmt, field.key).toBe('@');
      // exceljs expands a range's validation to its cells on reading.
      const first = model[`${column?.letter}${HEADER_ROW + 1}`];
      expect(first, `${field.key} has an input message`).toBeDefined();
      expect(model[`${column?.letter}${HEADER_ROW + TEMPLATE_ROWS}`]).toEqual(first);
      expect(model[`${column?.letter}${HEADER_ROW + TEMPLATE_ROWS + 1}`], 'bounded range').toBeUndefined();
      const validation = first;
      if (field.type.choices) {
        expect(validation?.type).toBe('list');
        expect(validation?.formulae[0]).toMatch(
          new RegExp(`^'${CODE_LIST_SHEET}'!\\$[A-Z]+\\$2:\\$[A-Z]+\\$\\d+$`),
        );
      }
    });
  });

  test('labels and keys are unique, also after header normalisation', () => {
    const names = def.fields.flatMap((f) =>
      [f.key, f.label.zh, f.label.en].map((n) => [normalizeLabel(n), f.key] as const),
    );
    const owner = new Map<string, string>();
    for (const [name, key] of names) {
      expect(owner.get(name) ?? key, `"${name}" names two fields`).toBe(key);
      owner.set(name, key);
    }
    for (const field of def.fields) {
      expect(field.label.zh).toMatch(/\p{Script=Han}/u);
      expect(field.label.en).not.toMatch(/\p{Script=Han}/u);
    }
  });

  test('every rule has zh and en text and a basis, and reads only fields of the dataset', () => {
    const keys = new Set(def.fields.map((f) => f.key));
    for (const rule of def.rules) {
      expect(rule.message.zh, rule.code).toMatch(/\p{Script=Han}/u);
      expect(rule.message.en, rule.code).toMatch(/^[^\p{Script=Han}]+$/u);
      expect(rule.basis.zh, rule.code).toMatch(/\p{Script=Han}/u);
      expect(rule.basis.en.length, rule.code).toBeGreaterThan(5);
      for (const field of rule.fields) expect(keys, `${rule.code} reads ${field}`).toContain(field);
    }
    for (const unique of def.uniqueKeys) for (const field of unique) expect(keys).toContain(field);
  });
});
