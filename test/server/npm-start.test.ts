import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { openPglite } from '../../src/db/pglite.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** `npm start` exactly as an operator (or systemd, or Docker) runs it. */
function npmStart(dataDir: string): Promise<{ npm: ChildProcess; port: number; output: () => string }> {
  const npm = spawn('npm', ['start'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: '',
      AUTH_SECRET: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk;
      const match = output.match(/GraphQL:\s+http:\/\/localhost:(\d+)\/graphql/);
      if (match?.[1]) resolve({ npm, port: Number(match[1]), output: () => output });
    };
    npm.stdout.on('data', onData);
    npm.stderr.on('data', onData);
    npm.on('exit', (code) => reject(new Error(`npm start exited (${code}) before it was ready:\n${output}`)));
  });
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.on('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.on('error', () => resolve(true));
  });
}

test('SIGTERM to the process `npm start` launched stops the server: exit 0, port free, data directory reopens', async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sunshine-npm-start-'));
  const { npm, port } = await npmStart(dataDir);
  expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);

  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    npm.removeAllListeners('exit');
    npm.on('exit', (code, signal) => resolve({ code, signal }));
  });
  npm.kill('SIGTERM');
  expect(await exit).toEqual({ code: 0, signal: null });
  expect(await portIsFree(port)).toBe(true);

  const reopened = await openPglite(path.join(dataDir, 'pglite'));
  expect(await reopened.prisma.user.count()).toBeGreaterThan(0);
  await reopened.close();
}, 120_000);
