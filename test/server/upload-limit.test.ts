import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MULTIPART_OVERHEAD_BYTES } from '../../src/server/plugins/use-upload-limit.js';
import { listen } from '../public/support.js';
import { createTestApp, type TestApp } from '../support/app.js';

const UPLOAD = `mutation($file: File!) { uploadSubmission(dataset: EXECUTIVE_PAY, file: $file) {
  status issues(first: 1) { nodes { code } } } }`;

/** A file of `size` bytes that is not a spreadsheet (recognised at once as a PDF). */
const pdfOf = (size: number) => {
  const bytes = new Uint8Array(size).fill(0x20);
  bytes.set(new TextEncoder().encode('%PDF-1.7\n'));
  return bytes;
};

async function uploadBytes(t: TestApp, token: string, bytes: Uint8Array<ArrayBuffer>, base?: string) {
  const form = new FormData();
  form.set('operations', JSON.stringify({ query: UPLOAD, variables: { file: null } }));
  form.set('map', JSON.stringify({ 0: ['variables.file'] }));
  form.set('0', new Blob([bytes]), 'big.pdf');
  // In-process the body streams without a length; through the real server fetch sends Content-Length.
  const response = await (base ? fetch : t.app.yoga.fetch)(`${base ?? 'http://sunshine.test'}/graphql`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  return {
    status: response.status,
    body: (await response.json()) as {
      data?: { uploadSubmission: { status: string; issues: { nodes: { code: string }[] } } } | null;
      errors?: { extensions?: Record<string, unknown> }[];
    },
  };
}

const refusal = (max: number) => ({
  code: 'BAD_USER_INPUT',
  message: { zh: `文件超过${max}字节的上限`, en: `The file exceeds the ${max}-byte limit` },
});

describe('the upload limit is MAX_UPLOAD_BYTES, refused in both languages', () => {
  const MAX = 4096;
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await createTestApp({ env: { MAX_UPLOAD_BYTES: String(MAX) } });
    token = await t.tokenFor('ent-a');
  });
  afterAll(() => t.dispose());

  test('a file of exactly the limit is read', async () => {
    const { body } = await uploadBytes(t, token, pdfOf(MAX));
    expect(body.data?.uploadSubmission).toMatchObject({ status: 'VALIDATION_FAILED' });
  });

  test('a file just over the limit gets the coded refusal', async () => {
    const { body } = await uploadBytes(t, token, pdfOf(MAX + 1));
    expect(body.errors?.[0]?.extensions).toMatchObject(refusal(MAX));
  });

  test('a body too large to read is refused the same way, before it is read (413)', async () => {
    const { status, body } = await uploadBytes(t, token, pdfOf(MAX + MULTIPART_OVERHEAD_BYTES + 1));
    expect(status).toBe(413);
    expect(body.errors?.[0]?.extensions).toMatchObject(refusal(MAX));
    expect(body.errors?.[0]?.extensions).not.toHaveProperty('http');
  });

  test('over HTTP, a Content-Length over the limit is refused before the body is read', async () => {
    const base = await listen(t);
    const { status, body } = await uploadBytes(t, token, pdfOf(MAX + MULTIPART_OVERHEAD_BYTES + 1), base);
    expect(status).toBe(413);
    expect(body.errors?.[0]?.extensions).toMatchObject(refusal(MAX));
    await new Promise((resolve) => t.app.server.close(resolve));
  });
});

describe('a limit above Yoga’s default of 25 MB', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { MAX_UPLOAD_BYTES: String(30_000_000) } });
  });
  afterAll(() => t.dispose());

  test('a 25.5 MB file is read, not refused by the request body limit', async () => {
    const { status, body } = await uploadBytes(t, await t.tokenFor('ent-a'), pdfOf(25_500_000));
    expect(status, JSON.stringify(body.errors)).toBe(200);
    expect(body.data?.uploadSubmission).toEqual({
      status: 'VALIDATION_FAILED',
      issues: { nodes: [{ code: 'pdf-file' }] },
    });
  }, 180_000); // Under CI load this upload has taken 75 s on PGlite: the assertion is the limit, not the time.
});
