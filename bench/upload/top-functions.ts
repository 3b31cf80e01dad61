import { readFileSync } from 'node:fs';

/**
 * Self time by function from a .cpuprofile (node --cpu-prof), largest first, with its share.
 * Usage: tsx bench/upload/top-functions.ts <file.cpuprofile> [count]
 */
interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
const [path, count] = process.argv.slice(2);
if (!path) throw new Error('usage: top-functions.ts <file.cpuprofile> [count]');
const profile = JSON.parse(readFileSync(path, 'utf8')) as { nodes: Node[]; samples: number[] };
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map<string, number>();
for (const id of profile.samples) {
  const frame = byId.get(id)?.callFrame;
  if (!frame) continue;
  const where = frame.url.replace(/^.*\/(node_modules\/)?/, '');
  const name = `${frame.functionName || '(anonymous)'} ${where}:${frame.lineNumber + 1}`;
  self.set(name, (self.get(name) ?? 0) + 1);
}
const total = profile.samples.length;
for (const [name, n] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(count ?? 25)))
  console.log(`${((n / total) * 100).toFixed(1).padStart(5)} %  ${name}`);
