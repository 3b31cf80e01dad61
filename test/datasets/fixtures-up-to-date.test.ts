import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { allFixtures, fixtureDir } from '../fixtures/index.js';
import { gbkCsv, toTable, utf8BomCsv } from '../fixtures/lib/table.js';

// The committed CSV fixtures are what `npm run fixtures` generates now (XLSX files carry a creation
// time, so their content is checked by the matrix test instead).
const cases = allFixtures.flatMap((fixtures) => {
  const { def, valid, problems } = fixtures;
  return [
    [`${def.key}/valid.csv`, () => utf8BomCsv(toTable(def, valid))],
    [`${def.key}/valid-gbk.csv`, () => gbkCsv(toTable(def, valid))],
    ...Object.entries(problems).map(([name, p]) => [
      `${def.key}/${name}.csv`,
      () => utf8BomCsv(toTable(def, p.rows, p)),
    ]),
  ] as [string, () => Buffer][];
});

describe('committed fixtures are up to date', () => {
  test.each(cases)('%s', (path, generate) => {
    const [key, file] = path.split('/') as [string, string];
    const committed = readFileSync(new URL(file, fixtureDir(key)));
    expect(committed.equals(generate()), `${path} differs: run npm run fixtures`).toBe(true);
  });
});
