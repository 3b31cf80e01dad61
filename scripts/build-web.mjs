// Builds the workspace app (web/) into dist/web when its inputs changed, so `npm start` never serves
// a stale build: the inputs' hash is kept in dist/web/.build-hash and compared at every run.
// Called by postinstall and prestart; `--force` rebuilds anyway. Type-checks first: a GraphQL
// document that no longer matches web/schema.graphql fails the build.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'dist/web');
const stamp = join(out, '.build-hash');

function files(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : [path];
    });
}

function inputsHash() {
  const hash = createHash('sha256');
  for (const path of [...files(join(root, 'web')), join(root, 'package-lock.json')]) {
    hash.update(path.slice(root.length)).update('\0').update(readFileSync(path)).update('\0');
  }
  return hash.digest('hex');
}

const hash = inputsHash();
const force = process.argv.includes('--force');
if (!force && existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) {
  process.exit(0);
}
console.error('building the workspace app (web/ → dist/web) …');
// Always a production build (React's development build is several times slower), whatever
// NODE_ENV the caller runs with (vitest sets 'test').
const run = (args) =>
  execFileSync(process.execPath, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
const tsc = join(root, 'node_modules/typescript/bin/tsc');
// TypeScript is a dev dependency: an install without dev dependencies builds without the check.
if (existsSync(tsc)) run([tsc, '-p', 'web/tsconfig.json']);
run([
  join(root, 'node_modules/vite/bin/vite.js'),
  'build',
  '--config',
  'web/vite.config.ts',
  '--logLevel',
  'warn',
]);
writeFileSync(stamp, hash);
console.error('workspace app built');
