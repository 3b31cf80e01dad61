// Child of the public benchmarks: the Sunshine server on a PostgreSQL URL or, given a directory, on
// PGlite there (DATA_DIR), on a free port (printed). The per-address budget of anonymous requests
// (1,200 a minute) is off unless BENCH_PUBLIC_BUDGET sets one: wrk comes from one address, and the
// anchors have no such counter.
import { parseEnv } from '../../src/env.js';
import { openApp } from '../../src/server/app.js';
import { createLogger } from '../../src/server/logger.js';

const env = parseEnv({
  NODE_ENV: 'production',
  AUTH_SECRET: 'bench-secret-bench-secret-bench-secret!',
  PUBLIC_REQUESTS_PER_MINUTE: process.env.BENCH_PUBLIC_BUDGET ?? '0',
  ...(process.argv[2]?.startsWith('postgres')
    ? { DATABASE_URL: process.argv[2] }
    : { DATA_DIR: process.argv[2] }),
});
const app = await openApp(env, createLogger('warn'));
app.server.listen(0, '127.0.0.1', () => {
  const address = app.server.address();
  console.log(`port ${typeof address === 'object' && address ? address.port : 0}`);
});
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
