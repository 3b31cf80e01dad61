import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Starts a bench child (a .ts file run by tsx) and waits for the port it prints. */
export async function startChild(
  file: string,
  args: string[],
): Promise<{ child: ChildProcess; port: number }> {
  const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
  // As in production: graphql-js (and others) read NODE_ENV once, when loaded, and take slower
  // checking paths in development.
  const child = spawn(process.execPath, [tsx, fileURLToPath(new URL(file, import.meta.url)), ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /port (\d+)/.exec(out);
      if (match) resolve(Number(match[1]));
    });
    child.on('exit', (code) => reject(new Error(`${file} exited with ${code}`)));
  });
  return { child, port };
}

/** CPU seconds used so far by a process and its threads (the tsx launcher's node child included). */
export function cpuSeconds(pid: number): number {
  let total = 0;
  for (const id of [pid, ...childrenOf(pid)]) {
    try {
      const fields = readFileSync(`/proc/${id}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      total += (Number(fields[11]) + Number(fields[12])) / 100;
    } catch {}
  }
  return total;
}

function childrenOf(pid: number): number[] {
  try {
    const direct = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
    return direct.flatMap((c) => [c, ...childrenOf(c)]);
  } catch {
    return [];
  }
}

/** Resident memory (MB) of a process tree's largest member: the server itself. */
export function rssMb(pid: number): number {
  let most = 0;
  for (const id of [pid, ...childrenOf(pid)]) {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${id}/status`, 'utf8'));
      most = Math.max(most, Number(match?.[1] ?? 0) / 1024);
    } catch {}
  }
  return most;
}

/** CPU seconds of each backend of the bench database, by process id (read from /proc). */
export async function backendCpu(query: (sql: string) => Promise<{ rows: { pid: number }[] }>) {
  const { rows } = await query('SELECT pid FROM pg_stat_activity WHERE datname = current_database()');
  return new Map(rows.map(({ pid }) => [pid, cpuSeconds(pid)]));
}

/**
 * CPU the database spent between two snapshots: the growth of each backend alive at the end (a backend
 * new since the first counts whole). A backend that closed in between is not counted: a lower bound.
 */
export function backendDelta(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, cpu] of after) total += cpu - (before.get(pid) ?? 0);
  return total;
}
