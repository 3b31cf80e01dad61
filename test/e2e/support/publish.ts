import type { TestApp } from '../../support/app.js';
import { upload } from '../../support/upload.js';

export type Tokens = Record<'ent-a' | 'ent-b' | 'muni-reviewer' | 'muni-approver', string>;

export async function signIn(t: TestApp): Promise<Tokens> {
  const names = ['ent-a', 'ent-b', 'muni-reviewer', 'muni-approver'] as const;
  const tokens = await Promise.all(names.map((u) => t.tokenFor(u)));
  return Object.fromEntries(names.map((u, i) => [u, tokens[i]])) as Tokens;
}

async function step(t: TestApp, mutation: string, id: string, token: string) {
  const result = await t.gql(mutation, { id }, token);
  if (result.errors) throw new Error(`${mutation}: ${JSON.stringify(result.errors)}`);
}

/** Upload → submit → review (APPROVE) → publish, through the GraphQL API as the real roles do it. */
export async function publishFile(
  t: TestApp,
  tokens: Tokens,
  filer: 'ent-a' | 'ent-b',
  dataset: string,
  file: { name: string; content: string | Uint8Array },
  corrects?: string,
): Promise<string> {
  const uploaded = await upload(t, tokens[filer], dataset, file, corrects ? { corrects } : {});
  const submission = uploaded.data?.uploadSubmission;
  if (submission?.status !== 'VALIDATED' || submission.warningCount > 0) {
    // The server's error log says why an upload failed unexpectedly (GraphQL masks the error).
    const errors = t.logs.filter((line) => line.includes('"level":50')).slice(-2);
    throw new Error(`upload of ${file.name} not clean: ${JSON.stringify(uploaded)}\n${errors.join('\n')}`);
  }
  await step(t, 'mutation($id: ID!) { submitSubmission(id: $id) { status } }', submission.id, tokens[filer]);
  await step(
    t,
    'mutation($id: ID!) { reviewSubmission(id: $id, decision: APPROVE) { status } }',
    submission.id,
    tokens['muni-reviewer'],
  );
  await step(
    t,
    'mutation($id: ID!) { publishSubmission(id: $id) { status } }',
    submission.id,
    tokens['muni-approver'],
  );
  return submission.id;
}

export async function withdraw(t: TestApp, tokens: Tokens, id: string, reason: string) {
  const result = await t.gql(
    'mutation($id: ID!, $reason: String!) { withdrawSubmission(id: $id, reason: $reason) { status } }',
    { id, reason },
    tokens['muni-approver'],
  );
  if (result.errors) throw new Error(`withdraw: ${JSON.stringify(result.errors)}`);
}
