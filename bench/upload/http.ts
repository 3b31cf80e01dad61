import { DEMO_PASSWORD } from '../../src/demo/demo-data.js';

const UPLOAD = `mutation($file: File!) { uploadSubmission(dataset: EXECUTIVE_PAY, file: $file) {
  id status rowCount errorCount } }`;

async function graphql<T>(base: string, init: RequestInit): Promise<T> {
  const response = await fetch(`${base}/graphql`, { method: 'POST', ...init });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(`GraphQL failed (${response.status}): ${JSON.stringify(body.errors)}`);
  return body.data;
}

export async function signIn(base: string, username: string): Promise<string> {
  const data = await graphql<{ login: { token: string } }>(base, {
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      variables: { u: username, p: DEMO_PASSWORD },
    }),
  });
  return data.login.token;
}

/** The browser's upload: one GraphQL multipart request; it answers once the submission is validated. */
export async function uploadOverHttp(
  base: string,
  token: string,
  name: string,
  bytes: Uint8Array<ArrayBuffer>,
) {
  const form = new FormData();
  form.set('operations', JSON.stringify({ query: UPLOAD, variables: { file: null } }));
  form.set('map', JSON.stringify({ 0: ['variables.file'] }));
  form.set('0', new Blob([bytes]), name);
  const data = await graphql<{
    uploadSubmission: { id: string; status: string; rowCount: number; errorCount: number };
  }>(base, { headers: { authorization: `Bearer ${token}` }, body: form });
  return data.uploadSubmission;
}
