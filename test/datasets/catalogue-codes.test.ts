// Every code a field type or the validator can emit is in the catalogue with both languages.
import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { catalogue } from '../../schema/catalogue.js';
import { allRules } from '../../schema/datasets/index.js';

/** Issue codes written as literals in a folder's sources: fail('x'…), code: 'x', typeError (type-error). */
async function emittedCodes(folder: string): Promise<Set<string>> {
  const dir = new URL(`../../schema/${folder}/`, import.meta.url);
  const codes = new Set<string>();
  for (const name of await readdir(dir)) {
    if (!name.endsWith('.ts')) continue;
    const source = await readFile(new URL(name, dir), 'utf8');
    for (const m of source.matchAll(/(?:fail\(|code: )'([a-z][a-z0-9-]*)'/g)) if (m[1]) codes.add(m[1]);
    if (source.includes('typeError(')) codes.add('type-error');
  }
  return codes;
}

describe('issue codes', () => {
  test.each([
    ['fields', 4],
    ['engine', 4],
    ['rules/support', 1],
  ] as const)(
    'every code emitted in schema/%s is in the catalogue with zh and en',
    async (folder, atLeast) => {
      const codes = await emittedCodes(folder);
      expect(codes.size).toBeGreaterThanOrEqual(atLeast);
      for (const code of codes) {
        const entry = catalogue[code];
        expect(entry, `${code} is missing from the catalogue`).toBeDefined();
        expect(entry?.message.zh).toMatch(/\p{Script=Han}/u);
        expect(entry?.message.en).toMatch(/^[^\p{Script=Han}]+$/u);
      }
    },
  );

  test('rule codes do not shadow catalogue codes', () => {
    for (const rule of allRules) expect(catalogue[rule.code], rule.code).toBeUndefined();
  });
});
