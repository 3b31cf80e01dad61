import { readdirSync } from 'node:fs';
import type { Database } from '../db/database.js';
import { MIGRATIONS_DIR } from '../db/migrate.js';

/** A background worker as readiness sees it (the delivery and oversight workers both say this). */
export type WorkerState = 'starting' | 'running' | 'failed' | 'stopped';

export interface ReadinessInput {
  /** The primary; its `replica` (DATABASE_READ_URL) is checked too when there is one. */
  db: Database;
  delivery?: { state(): WorkerState };
  /** The oversight worker (OVERSIGHT_JOBS): reminder scans, reminder mail, subscriber events. */
  oversight?: { state(): WorkerState };
  /** True once shutdown began: a load balancer should stop sending requests here. */
  stopping: () => boolean;
  /** How long a database may take to answer before it counts as down (default 2 s). */
  timeoutMs?: number;
}

export interface Readiness {
  ready: boolean;
  /**
   * `replica` only with DATABASE_READ_URL, `oversight` only with the oversight worker on; `workers`
   * is false when any configured worker (delivery, oversight) is not running.
   */
  checks: {
    database: boolean;
    migrations: boolean;
    workers: boolean;
    accepting: boolean;
    replica?: boolean;
    oversight?: boolean;
  };
}

/** The newest migration this build ships: the database must be at it to serve this code. */
const shippedVersion = Math.max(
  0,
  ...readdirSync(MIGRATIONS_DIR)
    .map((name) => Number.parseInt(name, 10))
    .filter(Number.isFinite),
);

/**
 * `/readyz`, apart from liveness (`/healthz`): ready only when the database answers, is migrated
 * to this build's newest migration, the read replica (if any) answers — public pages, downloads and
 * anonymous queries read from it —, the background workers run, and shutdown has not begun.
 */
export async function checkReadiness(input: ReadinessInput): Promise<Readiness> {
  const timeoutMs = input.timeoutMs ?? 2000;
  const [version, replica] = await Promise.all([
    answered(
      input.db.sql
        .query<{ version: string | null }>('SELECT max(version)::text AS version FROM schema_migration')
        .then((result) => Number(result.rows[0]?.version ?? 0)),
      timeoutMs,
    ),
    input.db.replica &&
      answered(
        input.db.replica.sql.query('SELECT 1').then(() => true),
        timeoutMs,
      ),
  ]);
  const running = (worker?: { state(): WorkerState }) => (worker ? worker.state() === 'running' : undefined);
  const oversight = running(input.oversight);
  const checks: Readiness['checks'] = {
    database: version !== undefined,
    migrations: version !== undefined && version >= shippedVersion,
    workers: running(input.delivery) !== false && oversight !== false,
    accepting: !input.stopping(),
  };
  if (input.db.replica) checks.replica = replica === true;
  if (oversight !== undefined) checks.oversight = oversight;
  return { ready: Object.values(checks).every(Boolean), checks };
}

/** The query's answer, or undefined when it failed or took longer than `ms` (a silent host hangs). */
async function answered<T>(query: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([query.catch(() => undefined), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
