import type { TestApp } from './app.js';

export interface UploadedSubmission {
  id: string;
  status: string;
  receiptCode: string;
  rowCount: number;
  errorCount: number;
  warningCount: number;
}

const UPLOAD = `mutation($dataset: DatasetKey!, $file: File!, $corrects: ID, $resubmits: ID, $progressId: String) {
  uploadSubmission(dataset: $dataset, file: $file, corrects: $corrects, resubmits: $resubmits, progressId: $progressId) {
    id status receiptCode rowCount errorCount warningCount
  }
}`;

/** Uploads a file the way a browser does: a GraphQL multipart request through the real server. */
export async function upload(
  t: TestApp,
  token: string | undefined,
  dataset: string,
  file: { name: string; content: string | Uint8Array },
  variables: { corrects?: string; resubmits?: string; progressId?: string } = {},
) {
  const form = new FormData();
  form.set('operations', JSON.stringify({ query: UPLOAD, variables: { dataset, file: null, ...variables } }));
  form.set('map', JSON.stringify({ 0: ['variables.file'] }));
  form.set(
    '0',
    new Blob([typeof file.content === 'string' ? file.content : new Uint8Array(file.content)]),
    file.name,
  );
  const response = await t.app.yoga.fetch('http://sunshine.test/graphql', {
    method: 'POST',
    headers: token ? { authorization: `Bearer ${token}` } : {},
    body: form,
  });
  return (await response.json()) as {
    data?: { uploadSubmission: UploadedSubmission } | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
}
