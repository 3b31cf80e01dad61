import { readFileSync } from 'node:fs';
import { CASES, type CaseName } from './cases.js';

/**
 * One measurement in a fresh process, so the peak RSS belongs to this case alone. The first pass
 * warms the JIT up and is not timed; the best of the timed passes is reported.
 * Usage: tsx bench/child.ts <case> <file> <passes>
 */
async function main(): Promise<void> {
  const [name, file, passesArg] = process.argv.slice(2);
  const run = CASES[name as CaseName];
  if (!run || !file) throw new Error(`usage: child.ts <${Object.keys(CASES).join('|')}> <file> [passes]`);
  const bytes = readFileSync(file);
  const startRss = process.memoryUsage().rss;
  const passes = Math.max(1, Number(passesArg ?? 2));
  const warm = await run(bytes);
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (let i = 0; i < passes; i++) {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const result = await run(bytes);
    times.push(performance.now() - started);
    const used = process.cpuUsage(cpu);
    // CPU time includes the GC's helper threads; on a shared machine it is steadier than wall time.
    cpuTimes.push((used.user + used.system) / 1000);
    if (result.rows !== warm.rows) throw new Error('passes disagree on the row count');
  }
  const best = Math.min(...times);
  const out = {
    rows: warm.rows,
    issues: warm.issues,
    ms: best,
    cpuMs: Math.min(...cpuTimes),
    startRssMB: startRss / 2 ** 20,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

await main();
