import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Starts a server process that prints `PORT n`; resolves with the process and its port. */
export function startServer(command: string, args: string[], env: Record<string, string>) {
  return new Promise<{ child: ChildProcess; port: number }>((resolve, reject) => {
    const child = spawn(command, args, {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      const match = /PORT (\d+)/.exec(String(chunk));
      if (match) resolve({ child, port: Number(match[1]) });
    });
    child.on('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}`)));
  });
}

/** CPU seconds (user + system) a process has used so far, from /proc. */
export function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

export interface Request {
  url: string;
  body?: string;
  token?: string;
}

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  cpu: number;
}

const millis = (text: string | undefined) => {
  const m = /([\d.]+)(us|ms|s)/.exec(text ?? '');
  if (!m) return Number.NaN;
  return Number(m[1]) * (m[2] === 'us' ? 0.001 : m[2] === 's' ? 1000 : 1);
};

/** wrk at `connections` for `seconds`, with the request's method and body; CPU of the server process. */
export async function load(
  r: Request,
  pid: number,
  connections: number,
  seconds: number,
): Promise<LoadResult> {
  const script = `/tmp/bench-read-${process.pid}.lua`;
  const lines = r.body
    ? [
        'wrk.method = "POST"',
        `wrk.body = ${JSON.stringify(r.body)}`,
        'wrk.headers["Content-Type"] = "application/json"',
        ...(r.token ? [`wrk.headers["Authorization"] = "Bearer ${r.token}"`] : []),
      ]
    : [];
  writeFileSync(script, `${lines.join('\n')}\n`);
  const before = cpuSeconds(pid);
  const threads = String(Math.min(2, connections));
  const { stdout } = await run('wrk', [
    '-t',
    threads,
    '-c',
    String(connections),
    '-d',
    `${seconds}s`,
    '--latency',
    '-s',
    script,
    r.url,
  ]);
  const cpu = cpuSeconds(pid) - before;
  if (/Non-2xx/.test(stdout)) throw new Error(`non-2xx answers from ${r.url}:\n${stdout}`);
  return {
    rps: Number(/Requests\/sec:\s+([\d.]+)/.exec(stdout)?.[1]),
    p50: millis(/50%\s+(\S+)/.exec(stdout)?.[1]),
    p99: millis(/99%\s+(\S+)/.exec(stdout)?.[1]),
    cpu,
  };
}
