import { request } from 'node:http';
import { expect } from 'vitest';

export interface Answer {
  status: number;
  ms: number;
  raw: string;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

/** Sends a request to the real HTTP server and reads the whole answer, timing it. */
export async function send(url: string, init: RequestInit): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(url, init);
  const raw = await response.text();
  let body: Answer['body'] = {};
  try {
    body = JSON.parse(raw);
  } catch {}
  return { status: response.status, ms: performance.now() - started, raw, body };
}

/**
 * What every refusal of a hostile request must be: the expected code, a message in both languages,
 * never a stack trace or an internal error, and within 10 s (issue 14's bound, far above normal).
 */
export function expectCodedRefusal(answer: Answer, code: string) {
  const error = answer.body.errors?.[0];
  expect(error?.extensions?.code, answer.raw.slice(0, 500)).toBe(code);
  const message = error?.extensions?.message as { zh?: string; en?: string } | undefined;
  expect(message?.zh, 'a Chinese message').toMatch(/[\u4e00-\u9fff]/);
  expect(message?.en, 'an English message').toMatch(/[A-Za-z]/);
  expect(answer.status).toBeLessThan(500);
  expect(answer.raw).not.toMatch(/\n\s+at |stack|INTERNAL_SERVER_ERROR/);
  expect(answer.ms).toBeLessThan(10_000);
}

export const json = (body: unknown, token?: string): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
  body: JSON.stringify(body),
});

/** A hand-written multipart body, so that it can be broken in ways FormData never would. */
export const multipart = (body: string, token?: string): RequestInit => ({
  method: 'POST',
  headers: {
    'content-type': 'multipart/form-data; boundary=XyZ',
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  },
  body,
});

export const part = (name: string, content: string, filename?: string) =>
  `--XyZ\r\nContent-Disposition: form-data; name="${name}"${filename ? `; filename="${filename}"` : ''}\r\n\r\n${content}\r\n`;

/**
 * POSTs a large JSON body and reads the answer even when the server answers before reading the
 * body and drops the connection (fetch would report only the reset).
 */
export function sendLarge(url: string, body: string | Buffer): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
    });
    req.on('response', (response) => {
      let raw = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        raw += chunk;
      });
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          ms: performance.now() - started,
          raw,
          body: JSON.parse(raw),
        }),
      );
    });
    // Writing the rest of the body after the answer fails with EPIPE/ECONNRESET: expected here.
    req.on('error', (error) => setTimeout(() => reject(error), 5000));
    req.end(body);
  });
}
