import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { openPglite } from '../../src/db/pglite.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Starts `src/main.ts` as `npm start` does, resolving with its URL once it prints it. */
function start(
  dataDir: string,
  env: Record<string, string> = {},
): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: '',
      AUTH_SECRET: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk;
      const match = output.match(/GraphQL:\s+(http:\/\/localhost:\d+)\/graphql/);
      if (match?.[1])
        resolve({ child, url: match[1].replace('localhost', '127.0.0.1'), output: () => output });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`server exited (${code}) before it was ready:\n${output}`)));
  });
}

async function until(condition: () => boolean, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.on('exit', (code) => resolve(code));
    child.kill('SIGINT');
  });
}

/** Resolves with the exit code (null when a signal killed the process) and the signal. */
function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });
}

/** A client that sends half a request and then nothing: the request stays in flight. */
async function slowRequest(url: string) {
  const { hostname, port } = new URL(url);
  const socket = connect(Number(port), hostname);
  await new Promise<void>((resolve) => socket.on('connect', () => resolve()));
  socket.on('error', () => {});
  socket.write(
    'POST /graphql HTTP/1.1\r\nHost: sunshine\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"query":',
  );
  return socket;
}

async function login(url: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation { login(username: "jd-reviewer", password: "sunshine-demo") { token } }',
    }),
  });
  return ((await response.json()) as { data: { login: { token: string } } }).data.login.token;
}

async function whoAmI(url: string, token: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ me { username } }' }),
  });
  return response.json();
}

describe('the embedded database across restarts', () => {
  test('Ctrl-C closes cleanly and a restart keeps data and sign-ins', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'sunshine-data-'));
    const first = await start(dataDir);
    // The demo accounts are printed right after the URLs.
    await until(() => first.output().includes('jd-approver'));
    expect(first.output()).toContain('muni-reviewer');
    expect(await (await fetch(`${first.url}/healthz`)).json()).toEqual({ status: 'ok', database: 'pglite' });
    const token = await login(first.url);
    expect(await stop(first.child)).toBe(0);

    // Between runs, the data directory opens cleanly (not left corrupt) and still holds the demo.
    const between = await openPglite(path.join(dataDir, 'pglite'));
    expect(await between.prisma.user.count()).toBe(7);
    await between.prisma.regulator.create({
      data: { name: '重启标记', regionCode: '310115', level: 'MUNICIPAL' },
    });
    await between.close();

    const second = await start(dataDir);
    expect(await whoAmI(second.url, token)).toEqual({ data: { me: { username: 'jd-reviewer' } } });
    expect(await stop(second.child)).toBe(0);

    const after = await openPglite(path.join(dataDir, 'pglite'));
    expect(await after.prisma.user.count()).toBe(7);
    expect(await after.prisma.regulator.count({ where: { name: '重启标记' } })).toBe(1);
    await after.close();
  }, 120_000);

  test('a second Ctrl-C during a slow request is ignored; the deadline cuts it off and the data is kept', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'sunshine-data-'));
    const server = await start(dataDir, { SHUTDOWN_GRACE_MS: '1500' });
    await until(() => server.output().includes('jd-approver'));
    // A failed sign-in is written to the audit log: data the server wrote just before stopping.
    await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation { login(username: "jd-reviewer", password: "wrong") { token } }',
      }),
    });
    const slow = await slowRequest(server.url);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const exit = exited(server.child);
    const started = Date.now();
    server.child.kill('SIGINT');
    await new Promise((resolve) => setTimeout(resolve, 300));
    server.child.kill('SIGINT');
    expect(await exit).toEqual({ code: 0, signal: null });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1400);
    expect(server.output()).toContain('already shutting down');
    slow.destroy();

    const after = await openPglite(path.join(dataDir, 'pglite'));
    expect(await after.prisma.user.count()).toBe(7);
    expect(await after.prisma.auditLog.count({ where: { action: 'login-failed' } })).toBe(1);
    await after.close();
  }, 120_000);
});
