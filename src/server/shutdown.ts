import type { Server } from 'node:http';
import type { Logger } from 'pino';

/**
 * Stops accepting connections and waits for running requests, but no longer than `graceMs`: then
 * every connection still open is closed, so a slow client cannot hold the shutdown (and the
 * embedded database) hostage.
 */
export async function closeServer(server: Server, graceMs: number, logger: Logger): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  const deadline = setTimeout(() => {
    logger.warn({ graceMs }, 'requests still running at the shutdown deadline: closing their connections');
    server.closeAllConnections();
  }, graceMs);
  try {
    await closed;
  } finally {
    clearTimeout(deadline);
  }
}

/**
 * Closes `close` once on the first SIGINT or SIGTERM, then exits. Signals that arrive while it runs
 * are ignored (a second Ctrl-C must not kill the process before the embedded database is closed).
 */
export function closeOnSignals(close: () => Promise<void>, logger: Logger): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, 'already shutting down: waiting for the database to close');
      return;
    }
    stopping = true;
    logger.info({ signal }, 'shutting down');
    close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, onSignal);
}
