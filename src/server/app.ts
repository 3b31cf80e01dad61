import { createServer, type Server } from 'node:http';
import type { Logger } from 'pino';
import { resolveAuthSecret } from '../auth/secret.js';
import { createTokenSigner } from '../auth/token.js';
import { connectDatabase } from '../db/connect.js';
import type { Database } from '../db/database.js';
import { deliverySettingsFrom } from '../delivery/settings.js';
import { type DeliveryWorker, startDeliveryWorker } from '../delivery/worker.js';
import type { Env } from '../env.js';
import type { AppServices } from '../graphql/context.js';
import { createRequestHandler } from './http.js';
import { closeServer } from './shutdown.js';
import { createSunshineYoga, type SunshineYoga } from './yoga.js';

export interface App {
  services: AppServices;
  yoga: SunshineYoga;
  server: Server;
  /** The trading-platform delivery worker, when TRADING_PLATFORM_URL and _SECRET are set. */
  delivery?: DeliveryWorker;
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
    limits: { maxUploadBytes: env.MAX_UPLOAD_BYTES },
  };
  const yoga = createSunshineYoga(services, {
    graphiql: env.NODE_ENV !== 'production',
    production: env.NODE_ENV === 'production',
  });
  const server = createServer(createRequestHandler(services, yoga));
  const deliverySettings = deliverySettingsFrom(env);
  const delivery = deliverySettings ? startDeliveryWorker(db.sql, deliverySettings, logger) : undefined;
  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      await closeServer(server, env.SHUTDOWN_GRACE_MS, logger);
      await delivery?.stop();
      await db.close();
    })();
    return closing;
  };
  return { services, yoga, server, delivery, close };
}

export async function openApp(env: Env, logger: Logger): Promise<App> {
  return createApp(env, await connectDatabase(env), logger);
}
