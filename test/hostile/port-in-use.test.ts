import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { openPglite } from '../../src/db/pglite.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Issue 14 item 5: a port already in use stops the start with one line, not a stack trace. */
test('a port already in use: one line, exit 1, the embedded database left consistent', async () => {
  const blocker = createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  const port = (blocker.address() as { port: number }).port;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sunshine-port-'));
  try {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATA_DIR: dataDir,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_URL: '',
        AUTH_SECRET: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk;
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    const lines = stderr.trim().split('\n');
    expect(lines, stderr).toHaveLength(1);
    expect(lines[0]).toContain(`127.0.0.1:${port} is already in use`);
    expect(stderr).not.toMatch(/\n\s+at /);
    // The database was closed before the exit: it reopens with its demo accounts.
    const db = await openPglite(path.join(dataDir, 'pglite'));
    expect(await db.prisma.user.count()).toBeGreaterThan(0);
    await db.close();
  } finally {
    blocker.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}, 240_000);
