import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';

/**
 * Backups of either engine. PostgreSQL: pg_dump's custom format (compressed, restorable table by
 * table) and pg_restore into an existing, empty database. PGlite: its own dump of the data
 * directory (a gzipped tarball), restored by opening a new data directory from it. Both need the
 * server stopped on PGlite (one process owns the data directory); PostgreSQL dumps a consistent
 * snapshot while the server runs.
 */
export async function backupPostgres(url: string, file: string): Promise<void> {
  await run('pg_dump', ['--format=custom', '--file', file, '--dbname', url]);
}

/** Restores into `url`, which should be empty: the dump recreates every table, and its grants. */
export async function restorePostgres(file: string, url: string): Promise<void> {
  await run('pg_restore', ['--exit-on-error', '--single-transaction', '--dbname', url, file]);
}

export async function backupPglite(dataDir: string, file: string): Promise<void> {
  if (!existsSync(dataDir) || readdirSync(dataDir).length === 0) {
    throw new Error(`No embedded database at ${dataDir}`);
  }
  const client = await PGlite.create(dataDir, { extensions: { pg_trgm } });
  try {
    const dump = await client.dumpDataDir('gzip');
    writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await client.close();
  }
}

/**
 * Opens a new data directory from a dump. An existing, non-empty directory is kept aside as
 * `<dir>.before-restore-<time>` rather than overwritten: a restore never destroys data.
 */
export async function restorePglite(file: string, dataDir: string): Promise<{ keptAside?: string }> {
  let keptAside: string | undefined;
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
    keptAside = `${dataDir}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    renameSync(dataDir, keptAside);
  }
  const dump = new Blob([readFileSync(file)], { type: 'application/x-gzip' });
  const client = await PGlite.create(dataDir, { loadDataDir: dump, extensions: { pg_trgm } });
  await client.query('SELECT 1');
  await client.close();
  return { keptAside };
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} exited with ${code}: ${stderr.trim()}`)),
    );
  });
}
