// `npm start`: the Sunshine server on the embedded database (or DATABASE_URL), with demo data on
// a fresh embedded database.

import { seedDemoSubmissions } from './demo/demo-submissions.js';
import { printDemoAccounts } from './demo/print.js';
import { hasNoAccounts, seedDemo } from './demo/seed.js';
import { EnvError, env as readEnv } from './env.js';
import { prepareUploadWorker } from './intake/validate-in-worker.js';
import { openApp } from './server/app.js';
import { createLogger } from './server/logger.js';
import { closeOnSignals } from './server/shutdown.js';

async function main() {
  const env = readEnv();
  const logger = createLogger(env.LOG_LEVEL);
  const app = await openApp(env, logger);
  const { db } = app.services;
  if (db.kind === 'pglite' && (await hasNoAccounts(db))) {
    await seedDemo(db);
    await seedDemoSubmissions(db);
    logger.info('loaded the demo data into the new embedded database');
  }
  await new Promise<void>((resolve) => app.server.listen(env.PORT, env.HOST, resolve));
  // The first upload then finds its worker loaded, as every later one does.
  prepareUploadWorker();
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : env.PORT;
  console.log(
    `\nSunshine 阳光国资 is running on the ${db.kind === 'pglite' ? 'embedded (PGlite)' : 'PostgreSQL'} database.`,
  );
  console.log(`  Web page: http://localhost:${port}/`);
  console.log(
    `  GraphQL:  http://localhost:${port}/graphql${env.NODE_ENV === 'production' ? '' : ' (GraphiQL in a browser)'}`,
  );
  console.log(`  Health:   http://localhost:${port}/healthz\n`);
  if (db.kind === 'pglite') printDemoAccounts();
  closeOnSignals(app.close, logger);
}

main().catch((error: unknown) => {
  console.error(error instanceof EnvError ? error.message : error);
  process.exit(1);
});
