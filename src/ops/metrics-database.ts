import { Gauge, type Registry } from 'prom-client';
import type { Database } from '../db/database.js';

/**
 * Gauges read from the database at scrape time. They describe the whole platform, not one process,
 * so every instance reports the same figures: alert on max() across instances, not sum().
 */
export function collectDatabaseGauges(registry: Registry, db: Database): void {
  new Gauge({
    name: 'sunshine_submissions',
    help: 'Submissions by dataset and status (uploads by outcome: VALIDATED vs VALIDATION_FAILED)',
    labelNames: ['dataset', 'status'],
    registers: [registry],
    async collect() {
      this.reset();
      const { rows } = await db.sql.query<{ dataset: string; status: string; n: string }>(
        'SELECT dataset::text, status::text, count(*)::text AS n FROM submission GROUP BY 1, 2',
      );
      for (const row of rows) this.set({ dataset: row.dataset, status: row.status }, Number(row.n));
    },
  });
  new Gauge({
    name: 'sunshine_rows_validated',
    help: 'Data rows validated in all stored submissions',
    registers: [registry],
    async collect() {
      const { rows } = await db.sql.query<{ n: string | null }>(
        'SELECT coalesce(sum(row_count), 0)::text AS n FROM submission',
      );
      this.set(Number(rows[0]?.n ?? 0));
    },
  });
  new Gauge({
    name: 'sunshine_deliveries',
    help: 'Trading-platform delivery events by status (pending, delivered, failed)',
    labelNames: ['status'],
    registers: [registry],
    async collect() {
      this.reset();
      const { rows } = await db.sql.query<{ status: string; n: string }>(
        'SELECT status, count(*)::text AS n FROM delivery_event GROUP BY 1',
      );
      for (const row of rows) this.set({ status: row.status }, Number(row.n));
    },
  });
  collectQueueGauges(registry, db);
  collectPoolGauges(registry, db);
}

/** pg-boss jobs waiting per kind and the age of the oldest (0 when the queue was never created). */
function collectQueueGauges(registry: Registry, db: Database): void {
  const waiting = `SELECT name, count(*)::text AS n,
      coalesce(extract(epoch FROM now() - min(created_on)), 0)::text AS age
    FROM pgboss.job WHERE state IN ('created', 'retry') GROUP BY name`;
  const ages = new Gauge({
    name: 'sunshine_queue_oldest_age_seconds',
    help: 'Age of the oldest waiting job per job kind',
    labelNames: ['queue'],
    registers: [registry],
  });
  new Gauge({
    name: 'sunshine_queue_depth',
    help: 'Jobs waiting (created or retry) per job kind',
    labelNames: ['queue'],
    registers: [registry],
    async collect() {
      this.reset();
      ages.reset();
      const exists = await db.sql.query(
        "SELECT 1 FROM pg_tables WHERE schemaname = 'pgboss' AND tablename = 'job'",
      );
      if (exists.rows.length === 0) return;
      const { rows } = await db.sql.query<{ name: string; n: string; age: string }>(waiting);
      for (const row of rows) {
        this.set({ queue: row.name }, Number(row.n));
        ages.set({ queue: row.name }, Number(row.age));
      }
    },
  });
}

function collectPoolGauges(registry: Registry, db: Database): void {
  for (const [name, pool] of [
    ['sunshine_db_pool_connections', db],
    ['sunshine_db_replica_pool_connections', db.replica],
  ] as const) {
    const stats = pool?.poolStats;
    if (!stats) continue;
    new Gauge({
      name,
      help: `${pool === db ? 'Database' : 'Read replica (DATABASE_READ_URL)'} pool connections by state (total, idle, waiting clients)`,
      labelNames: ['state'],
      registers: [registry],
      collect() {
        const now = stats();
        this.set({ state: 'total' }, now.total);
        this.set({ state: 'idle' }, now.idle);
        this.set({ state: 'waiting' }, now.waiting);
      },
    });
  }
}
