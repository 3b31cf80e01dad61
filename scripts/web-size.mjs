// Prints the gzipped size of the workspace app's first load: index.html and every script and
// stylesheet it references (the entry chunk and its preloaded imports), as `npm run build:web` wrote them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/web/', import.meta.url).pathname;
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const assets = [...html.matchAll(/(?:src|href)="\/app\/([^"]+)"/g)].map((m) => m[1]);
let raw = Buffer.byteLength(html);
let gzip = gzipSync(html).length;
for (const asset of assets) {
  const bytes = readFileSync(join(dist, asset));
  raw += bytes.length;
  gzip += gzipSync(bytes, { level: 9 }).length;
  console.log(
    `${asset}: ${(bytes.length / 1024).toFixed(0)} KB, ${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(0)} KB gzipped`,
  );
}
console.log(
  `first load: ${(raw / 1024).toFixed(0)} KB, ${(gzip / 1024).toFixed(0)} KB gzipped (${assets.length} files + index.html)`,
);
