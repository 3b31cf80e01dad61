import { type ClientRequest, request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { listen } from '../public/support.js';
import { createTestApp, type TestApp } from '../support/app.js';

// Issue 14: a body refused from its Content-Length was still read and thrown away by Node (keep-
// alive drains it for the next request), 45 MB on the main thread. Now the refusal closes the
// connection: the client gets its 413, and the server reads no further.

const SIZE = 45_000_000;
const MAX_UPLOAD = 4096;
let t: TestApp;
let base: string;
const sockets: Socket[] = [];

beforeAll(async () => {
  t = await createTestApp({ seed: false, env: { MAX_UPLOAD_BYTES: String(MAX_UPLOAD) } });
  t.app.server.on('connection', (socket: Socket) => sockets.push(socket));
  base = await listen(t);
});
afterAll(async () => {
  await t.app.close();
  await t.dispose();
});

/** The server's end of the connection the next request opens. */
async function nextServerSocket(): Promise<Socket> {
  const before = sockets.length;
  while (sockets.length === before) await new Promise((r) => setTimeout(r, 5));
  return sockets[before]!;
}

const closed = (socket: Socket) =>
  socket.destroyed
    ? Promise.resolve()
    : new Promise<void>((resolve) => socket.once('close', () => resolve()));

type Errors = { errors?: { extensions?: { code?: string; message?: { zh: string; en: string } } }[] };

interface RawAnswer {
  status?: number;
  connection?: string;
  raw: string;
}

/** Writes a chunk every 50 ms (320 KB/s for 16 KB chunks) until the connection ends; collects the answer. */
function writeUntilAnswered(
  req: ClientRequest,
  writeChunk: () => void,
  resolve: (answer: RawAnswer) => void,
) {
  const timer = setInterval(writeChunk, 50);
  req.on('close', () => clearInterval(timer));
  req.on('error', () => clearInterval(timer));
  req.on('response', (res) => {
    let raw = '';
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => {
      raw += chunk;
    });
    res.on('end', () => resolve({ status: res.statusCode, connection: res.headers.connection, raw }));
  });
}

const requestRefusal = {
  code: 'BAD_USER_INPUT',
  message: { zh: '请求超过1048576字节的上限', en: 'The request exceeds the 1048576-byte limit' },
};

test('fetch (undici) sending 45 MB gets the coded 413; the server closes without reading the body', async () => {
  const body = JSON.stringify({ query: '{ __typename }', variables: { s: 'x'.repeat(SIZE) } });
  const server = nextServerSocket();
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  expect(response.status).toBe(413);
  expect(response.headers.get('connection')).toBe('close');
  const extensions = ((await response.json()) as Errors).errors?.[0]?.extensions;
  expect(extensions).toMatchObject({ ...requestRefusal, requestId: expect.any(String) });
  // Status and headers are Yoga's to apply, not the client's to read.
  expect(extensions).not.toHaveProperty('http');
  const socket = await server;
  await closed(socket);
  // What reached the server before the refusal went out, not the 45 MB (kept-alive: all of it).
  expect(socket.bytesRead).toBeLessThan(5_000_000);
}, 60_000);

test('a client that writes slowly has its 413 long before its body is sent', async () => {
  const server = nextServerSocket();
  const started = performance.now();
  let written = 0;
  const answer = await new Promise<RawAnswer>((resolve) => {
    const req = request(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': SIZE },
    });
    const write = (chunk: string) => {
      written += chunk.length;
      req.write(chunk);
    };
    write('{"query":"{ __typename }","variables":{"s":"');
    // The whole body would take over two minutes.
    writeUntilAnswered(req, () => write('x'.repeat(16_384)), resolve);
  });
  expect(performance.now() - started).toBeLessThan(10_000);
  expect(written).toBeLessThan(SIZE / 10);
  expect(answer.status).toBe(413);
  expect(answer.connection).toBe('close');
  expect((JSON.parse(answer.raw) as Errors).errors?.[0]?.extensions).toMatchObject(requestRefusal);
  // The server hung up: the client's further writes are not read (kept alive, they would be).
  const socket = await server;
  await closed(socket);
  const read = socket.bytesRead;
  await new Promise((r) => setTimeout(r, 300));
  expect(socket.bytesRead).toBe(read);
  expect(read).toBeLessThan(1_000_000);
}, 60_000);

test('an upload over MAX_UPLOAD_BYTES by its Content-Length: the same, with the file refusal', async () => {
  const form = new FormData();
  form.set(
    'operations',
    JSON.stringify({
      query: 'mutation($f: File!) { uploadSubmission(dataset: EXECUTIVE_PAY, file: $f) { id } }',
      variables: { f: null },
    }),
  );
  form.set('map', JSON.stringify({ 0: ['variables.f'] }));
  form.set('0', new Blob([new Uint8Array(SIZE)]), 'big.pdf');
  const server = nextServerSocket();
  const response = await fetch(`${base}/graphql`, { method: 'POST', body: form });
  expect(response.status).toBe(413);
  expect(response.headers.get('connection')).toBe('close');
  expect(((await response.json()) as Errors).errors?.[0]?.extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    message: { zh: `文件超过${MAX_UPLOAD}字节的上限`, en: `The file exceeds the ${MAX_UPLOAD}-byte limit` },
  });
  const socket = await server;
  await closed(socket);
  expect(socket.bytesRead).toBeLessThan(5_000_000);
}, 60_000);

test('a chunked upload (no Content-Length) refused while it streams: the same, the rest never read', async () => {
  const server = nextServerSocket();
  const boundary = 'sunshine-chunked-upload';
  const answer = await new Promise<RawAnswer>((resolve) => {
    const req = request(`${base}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'transfer-encoding': 'chunked',
      },
    });
    const write = (chunk: string | Uint8Array) => req.write(chunk);
    const operations = JSON.stringify({
      query: 'mutation($f: File!) { uploadSubmission(dataset: EXECUTIVE_PAY, file: $f) { id } }',
      variables: { f: null },
    });
    write(
      `--${boundary}\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${operations}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="map"\r\n\r\n{"0":["variables.f"]}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="0"; filename="big.csv"\r\n` +
        'Content-Type: text/csv\r\n\r\n',
    );
    // Without end: the limit (4 KB + 1 MB envelope) is passed within about 4 s.
    writeUntilAnswered(req, () => write(new Uint8Array(16_384).fill(0x61)), resolve);
  });
  expect(answer.status).toBe(413);
  expect(answer.connection).toBe('close');
  expect((JSON.parse(answer.raw) as Errors).errors?.[0]?.extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    message: { zh: `文件超过${MAX_UPLOAD}字节的上限`, en: `The file exceeds the ${MAX_UPLOAD}-byte limit` },
  });
  // The server hung up: what the client writes after it is not read (kept alive, all of it would be).
  const socket = await server;
  await closed(socket);
  const read = socket.bytesRead;
  await new Promise((r) => setTimeout(r, 300));
  expect(socket.bytesRead).toBe(read);
  expect(read).toBeLessThan(3_000_000);
}, 60_000);

test('a client that sends its whole body before it reads still gets the coded 413 (lingering close)', async () => {
  // A raw client that writes 10 MB in one go and reads only 300 ms later, as a client on a loaded
  // machine does: had the server closed at once, its reset would have dropped the unread answer.
  const server = nextServerSocket();
  const body = JSON.stringify({ query: '{ __typename }', variables: { s: 'x'.repeat(10_000_000) } });
  const raw = await new Promise<string>((resolve, reject) => {
    const client = connect(Number(new URL(base).port), '127.0.0.1');
    let answer = '';
    client.pause();
    client.on('error', (error) => (answer.includes('\r\n\r\n') ? resolve(answer) : reject(error)));
    client.write(
      `POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`,
    );
    client.write(body);
    setTimeout(() => {
      client.setEncoding('utf8');
      client.on('data', (chunk: string) => {
        answer += chunk;
      });
      client.on('end', () => resolve(answer));
      client.resume();
    }, 300);
  });
  expect(raw).toMatch(/^HTTP\/1\.1 413 /);
  expect(raw.toLowerCase()).toContain('connection: close');
  const json = JSON.parse(raw.slice(raw.indexOf('{'))) as Errors;
  expect(json.errors?.[0]?.extensions).toMatchObject(requestRefusal);
  // And the server read no more of the body meanwhile than had arrived before it answered.
  const socket = await server;
  await closed(socket);
  expect(socket.bytesRead).toBeLessThan(5_000_000);
}, 60_000);

test('after the refusal the server answers at once on a new connection', async () => {
  const response = await fetch(`${base}/healthz`);
  expect(response.status).toBe(200);
});
