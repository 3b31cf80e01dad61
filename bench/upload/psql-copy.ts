import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * The baseline: psql's `\copy` of the clean rows (COPY text the upload would send) into a table
 * shaped like the rows table, indexes included. Its backend reads its own CPU time from /proc
 * before it ends (the bench connects as a superuser), so the database's CPU is this COPY's alone.
 */
export async function psqlCopy(url: string, table: string, file: string) {
  const started = performance.now();
  const { stdout } = await run('psql', [
    url,
    '-X',
    '-q',
    '-At',
    '-v',
    'ON_ERROR_STOP=1',
    '-c',
    `\\copy ${table} FROM '${file}'`,
    '-c',
    "SELECT pg_read_file('/proc/self/stat')",
  ]);
  const ms = performance.now() - started;
  const fields = stdout.split(') ')[1]?.split(' ') ?? [];
  return { ms, dbCpuMs: (Number(fields[11]) + Number(fields[12])) * 10 };
}
