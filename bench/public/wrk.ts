import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface Load {
  rps: number;
  p99ms: number;
  /** Responses other than 2xx/3xx, and socket errors. */
  errors: number;
}

const MS: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000 };

/** wrk (Debian's) against a URL: `connections` open for `seconds`, GET or a JSON POST. */
export async function wrk(url: string, options: { seconds: number; connections: number; body?: string }) {
  const args = ['-t2', `-c${options.connections}`, `-d${options.seconds}s`, '--latency', '--timeout', '10s'];
  if (options.body) {
    const script = join(tmpdir(), `sunshine-bench-${process.pid}.lua`);
    writeFileSync(
      script,
      `wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\nwrk.body = [==[${options.body}]==]\n`,
    );
    args.push('-s', script);
  }
  const { stdout } = await run('wrk', [...args, url], { maxBuffer: 1 << 20 });
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(stdout)?.[1] ?? 0);
  const p99 = /\s99%\s+([\d.]+)(us|ms|s|m)/.exec(stdout);
  const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(stdout)?.[1] ?? 0);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(stdout);
  const socketErrors = socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0;
  return {
    rps,
    p99ms: p99 ? Number(p99[1]) * (MS[p99[2] ?? 'ms'] ?? 1) : Number.NaN,
    errors: non2xx + socketErrors,
  } satisfies Load;
}
