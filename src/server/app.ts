import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import type { Logger } from 'pino';
import { resolveAuthSecret } from '../auth/secret.js';
import { createTokenSigner } from '../auth/token.js';
import { connectDatabase } from '../db/connect.js';
import type { Database } from '../db/database.js';
import { deliverySettingsFrom } from '../delivery/settings.js';
import { type DeliveryWorker, startDeliveryWorker } from '../delivery/worker.js';
import type { Env } from '../env.js';
import type { AppServices } from '../graphql/context.js';
import { createMetrics } from '../ops/metrics.js';
import { checkReadiness } from '../ops/readiness.js';
import { oversightSettingsFrom } from '../oversight/settings.js';
import { type OversightWorker, startOversightWorker } from '../oversight/worker.js';
import { UploadProgressBoard } from '../submissions/upload-progress.js';
import { clientAddress } from '../throttle/address.js';
import { createPublicBudget } from '../throttle/public-budget.js';
import { createSignInThrottle } from '../throttle/sign-in.js';
import { createRequestHandler } from './http.js';
import { useOperationMetrics } from './plugins/use-operation-metrics.js';
import { useRequestIdInErrors } from './plugins/use-request-id.js';
import { closeServer } from './shutdown.js';
import { createSunshineYoga, type SunshineYoga } from './yoga.js';

export interface App {
  services: AppServices;
  yoga: SunshineYoga;
  server: Server;
  /** The trading-platform delivery worker, when TRADING_PLATFORM_URL and _SECRET are set. */
  delivery?: DeliveryWorker;
  /** Reminder scans and mail, subscriber events (OVERSIGHT_JOBS; off under NODE_ENV=test unless on). */
  oversight?: OversightWorker;
  /**
   * Stops accepting requests, lets running ones finish (cut off after SHUTDOWN_GRACE_MS), stops the
   * delivery worker, then closes the database.
   */
  close(): Promise<void>;
}

/** Wires the services around an open database (tests pass their own). */
export function createApp(env: Env, db: Database, logger: Logger): App {
  const { secret, source } = resolveAuthSecret({
    configured: env.AUTH_SECRET,
    dataDir: db.kind === 'pglite' ? env.DATA_DIR : undefined,
  });
  if (source === 'ephemeral') {
    logger.warn('AUTH_SECRET is not set: using a random secret, so sign-ins end when the process stops');
  }
  const services: AppServices = {
    db,
    logger,
    signer: createTokenSigner(secret, env.TOKEN_TTL_SECONDS),
    events: { allowPrivateUrls: env.EVENTS_ALLOW_PRIVATE_URLS === 'true' },
    limits: { maxUploadBytes: env.MAX_UPLOAD_BYTES, maxRequestBytes: env.MAX_REQUEST_BYTES },
    throttle: createSignInThrottle(db, {
      perUsername: env.SIGN_IN_FAILURES_PER_USERNAME,
      perAddress: env.SIGN_IN_FAILURES_PER_ADDRESS,
      windowSeconds: env.SIGN_IN_WINDOW_SECONDS,
    }),
    publicBudget: createPublicBudget(db, env.PUBLIC_REQUESTS_PER_MINUTE),
    uploadProgress: new UploadProgressBoard(),
    addressOf: (req) => clientAddress(req, env.TRUST_PROXY),
  };
  if (db.replica) logger.info('public reads (pages, downloads, anonymous queries) go to DATABASE_READ_URL');
  const metrics = createMetrics(db);
  const yoga = createSunshineYoga(services, {
    graphiql: env.NODE_ENV !== 'production',
    production: env.NODE_ENV === 'production',
    plugins: [useOperationMetrics(metrics), useRequestIdInErrors()],
  });
  const deliverySettings = deliverySettingsFrom(env);
  const delivery = deliverySettings ? startDeliveryWorker(db.sql, deliverySettings, logger) : undefined;
  const oversightSettings = oversightSettingsFrom(env);
  const oversight = oversightSettings ? startOversightWorker(db, oversightSettings, logger) : undefined;
  let closing: Promise<void> | undefined;
  const readiness = () => checkReadiness({ db, delivery, oversight, stopping: () => closing !== undefined });
  const ops = { metrics, readiness, metricsToken: env.METRICS_TOKEN };
  const server = createServer(createRequestHandler(services, yoga, ops, resolve(env.WEB_DIST_DIR)));
  const close = () => {
    closing ??= (async () => {
      await closeServer(server, env.SHUTDOWN_GRACE_MS, logger);
      await delivery?.stop();
      await oversight?.stop();
      await db.close();
    })();
    return closing;
  };
  return { services, yoga, server, delivery, oversight, close };
}

export async function openApp(env: Env, logger: Logger): Promise<App> {
  return createApp(env, await connectDatabase(env, (message) => logger.warn(message)), logger);
}
