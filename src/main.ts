// `npm start`: the Sunshine server on the embedded database (or DATABASE_URL), with demo data on
// a fresh embedded database.

import { seedDemoObligations } from './demo/demo-obligations.js';
import { seedDemoSubmissions } from './demo/demo-submissions.js';
import { printDemoAccounts } from './demo/print.js';
import { hasNoAccounts, hasNoSubmissions, seedDemo } from './demo/seed.js';
import { EnvError, env as readEnv } from './env.js';
import { prepareUploadWorker } from './intake/validate-in-worker.js';
import { openApp } from './server/app.js';
import { listen, StartError } from './server/listen.js';
import { createLogger } from './server/logger.js';
import { closeOnSignals } from './server/shutdown.js';

async function main() {
  const env = readEnv();
  const logger = createLogger(env.LOG_LEVEL);
  const app = await openApp(env, logger);
  const { db } = app.services;
  // The accounts and obligations first (a fraction of a second), so signing in works from the first
  // request; the demo submissions go through the real upload, review and publish path, which takes
  // seconds: in the background, after the server is listening.
  if (db.kind === 'pglite' && (await hasNoAccounts(db))) {
    await seedDemo(db);
    await seedDemoObligations(db);
  }
  try {
    await listen(app.server, env.PORT, env.HOST);
  } catch (error) {
    // Close the database first, so the embedded one is left consistent.
    await app.close();
    throw error;
  }
  const stopDemo = new AbortController();
  const demo =
    db.kind === 'pglite' && (await hasNoSubmissions(db))
      ? seedDemoSubmissions(db, stopDemo.signal).then(
          () => logger.info('loaded the demo submissions into the new embedded database'),
          (error: unknown) => logger.error({ err: error }, 'loading the demo submissions failed'),
        )
      : Promise.resolve();
  // The first upload then finds its worker loaded, as every later one does.
  prepareUploadWorker();
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : env.PORT;
  console.log(
    `\nSunshine 阳光国资 is running on the ${db.kind === 'pglite' ? 'embedded (PGlite)' : 'PostgreSQL'} database.`,
  );
  console.log(`  Web page: http://localhost:${port}/`);
  console.log(`  Workspace: http://localhost:${port}/app/ (enterprises and regulators sign in here)`);
  console.log(
    `  GraphQL:  http://localhost:${port}/graphql${env.NODE_ENV === 'production' ? '' : ' (GraphiQL in a browser)'}`,
  );
  console.log(`  Health:   http://localhost:${port}/healthz\n`);
  if (db.kind === 'pglite') printDemoAccounts();
  // A shutdown during the demo's loading lets the current file finish, then closes the database.
  closeOnSignals(async () => {
    stopDemo.abort();
    await demo;
    await app.close();
  }, logger);
}

main().catch((error: unknown) => {
  console.error(error instanceof EnvError || error instanceof StartError ? error.message : error);
  process.exit(1);
});
