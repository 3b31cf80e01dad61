import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { TestApp } from '../support/app.js';
import { upload } from '../support/upload.js';

const VALID = readFileSync(new URL('../fixtures/property-transactions/valid.csv', import.meta.url), 'utf8');

/**
 * n valid property transactions of enterprise a: the fixture's first record (正式披露 of an equity
 * transfer) repeated under distinct project codes.
 */
export function propertyTransactionsCsv(n: number, tag = 0): string {
  const [header, first] = VALID.split(/\r?\n/);
  if (!header || !first) throw new Error('valid.csv has no data row');
  const rows = Array.from({ length: n }, (_, i) =>
    first.replace('G32018SH1000120', `G3${2018 + tag}SH1${String(i).padStart(6, '0')}`),
  );
  return `${[header, ...rows].join('\n')}\n`;
}

/** Upload → submit → approve → publish, as ent-a, muni-reviewer and muni-approver. */
export async function approvedSubmission(
  t: TestApp,
  tokens: Record<string, string>,
  csv: string,
  variables: { corrects?: string } = {},
) {
  const uploaded = await upload(
    t,
    tokens['ent-a'],
    'PROPERTY_TRANSACTIONS',
    { name: 'pt.csv', content: csv },
    variables,
  );
  const s = uploaded.data?.uploadSubmission;
  expect(s, JSON.stringify(uploaded.errors)).toMatchObject({ status: 'VALIDATED', errorCount: 0 });
  const id = s!.id;
  const call = (query: string, who: string) => t.gql(query, { id }, tokens[who]);
  const submitted = await call('mutation($id: ID!) { submitSubmission(id: $id) { status } }', 'ent-a');
  expect(submitted.errors).toBeUndefined();
  const reviewed = await call(
    'mutation($id: ID!) { reviewSubmission(id: $id, decision: APPROVE) { status } }',
    'muni-reviewer',
  );
  expect(reviewed.errors).toBeUndefined();
  return id;
}

export async function publish(t: TestApp, token: string | undefined, id: string) {
  return t.gql<{ publishSubmission: { status: string } }>(
    'mutation($id: ID!) { publishSubmission(id: $id) { status } }',
    { id },
    token,
  );
}

export async function publishedSubmission(
  t: TestApp,
  tokens: Record<string, string>,
  csv: string,
  variables: { corrects?: string } = {},
) {
  const id = await approvedSubmission(t, tokens, csv, variables);
  const published = await publish(t, tokens['muni-approver'], id);
  expect(published.errors).toBeUndefined();
  return id;
}

export const TOKENS_FOR = ['ent-a', 'muni-reviewer', 'muni-approver', 'jd-approver', 'jd-reviewer'];

export async function tokensFor(t: TestApp) {
  const tokens: Record<string, string> = {};
  for (const u of TOKENS_FOR) tokens[u] = await t.tokenFor(u);
  return tokens;
}
