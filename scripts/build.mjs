// `npm run build`: compiles the server to dist/ and copies the files it reads at run time
// (migrations, demo files, the worker bootstrap), so `npm run start:prod` runs plain node.
import { spawnSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
const tsc = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);
for (const [from, to] of [
  ['prisma/migrations', 'dist/prisma/migrations'],
  ['src/demo/files', 'dist/src/demo/files'],
  ['importers/worker/bootstrap.mjs', 'dist/importers/worker/bootstrap.mjs'],
]) {
  cpSync(from, to, { recursive: true });
}
console.log('built dist/: start it with `npm run start:prod`');
