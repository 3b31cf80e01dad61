// Sunshine for bench:read: the real app (createApp) on the benchmark database. Prints its port.
import { openPostgres } from '../../src/db/postgres.js';
import { parseEnv } from '../../src/env.js';
import { createApp } from '../../src/server/app.js';
import { createLogger } from '../../src/server/logger.js';

const env = parseEnv({
  NODE_ENV: 'production',
  // Reminder scans and event delivery are not part of a read: kept out of the measured process.
  OVERSIGHT_JOBS: 'off',
  AUTH_SECRET: 'bench-secret-bench-secret-bench-secret!',
  DATABASE_URL: process.env.DATABASE_URL ?? '',
});
const db = openPostgres(env.DATABASE_URL ?? '', { max: 10 });
// Warnings only, as PostGraphile logs nothing per request either.
const app = createApp(env, db, createLogger('warn'));
app.server.listen(0, '127.0.0.1', () => {
  const address = app.server.address();
  console.log(`PORT ${typeof address === 'object' && address ? address.port : 0}`);
});
