import type { Database, SqlClient } from '../../src/db/database.js';
import type { DeliverySettings } from '../../src/delivery/settings.js';

export const SECRET = 'trading-platform-test-secret';

/** Small timings so that retries happen in milliseconds, not minutes. */
export function testEnv(url: string, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    TRADING_PLATFORM_URL: url,
    TRADING_PLATFORM_SECRET: SECRET,
    DELIVERY_TIMEOUT_MS: '1500',
    DELIVERY_BACKOFF_BASE_MS: '20',
    DELIVERY_BACKOFF_MAX_MS: '200',
    DELIVERY_MAX_ATTEMPTS: '30',
    DELIVERY_WORKERS: '4',
    DELIVERY_BATCH_SIZE: '25',
    DELIVERY_POLL_SECONDS: '0.5',
    DELIVERY_EXPIRE_SECONDS: '5',
    ...overrides,
  };
}

export function testSettings(url: string, overrides: Partial<DeliverySettings> = {}): DeliverySettings {
  return {
    url,
    secret: SECRET,
    timeoutMs: 1500,
    maxAttempts: 30,
    backoffBaseMs: 20,
    backoffMaxMs: 200,
    workers: 1,
    batchSize: 10,
    pollSeconds: 0.5,
    expireSeconds: 1,
    maintenanceSeconds: 1,
    ...overrides,
  };
}

export async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function countEvents(db: Database, status?: string): Promise<number> {
  const { rows } = await db.sql.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM delivery_event WHERE $1::text IS NULL OR status = $1',
    [status ?? null],
  );
  return rows[0]?.n ?? 0;
}

/** A connection that can die: afterwards every call hangs, as on a process that was killed. */
export function killable(sql: SqlClient) {
  let dead = false;
  const hang = () => new Promise<never>(() => {});
  const client: SqlClient = {
    query: (text, params) => (dead ? hang() : sql.query(text, params)),
    exec: (script) => (dead ? hang() : sql.exec(script)),
    copyFrom: (copySql, data) => (dead ? hang() : sql.copyFrom(copySql, data)),
    copyIn: (copySql) => sql.copyIn(copySql),
  };
  const kill = () => {
    dead = true;
  };
  return { client, kill };
}
