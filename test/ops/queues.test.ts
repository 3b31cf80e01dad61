import PgBoss from 'pg-boss';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { bossDb } from '../../src/delivery/queue.js';
import { ensureQueue } from '../../src/ops/queues.js';
import { createTestDatabase, TEST_DATABASE_URL, type TestDatabase } from '../support/database.js';

// Instances racing on one PostgreSQL; PGlite is one process.
const onPostgres = TEST_DATABASE_URL ? test : test.skip;

let database: TestDatabase;
const bosses: PgBoss[] = [];

beforeAll(async () => {
  if (!TEST_DATABASE_URL) return;
  database = await createTestDatabase();
  for (let i = 0; i < 4; i++) {
    const boss = new PgBoss({ db: bossDb(database.db.sql), supervise: false, schedule: false });
    await boss.start();
    bosses.push(boss);
  }
}, 120_000);

afterAll(async () => {
  for (const boss of bosses) await boss.stop({ graceful: false, wait: true });
  await database?.dispose();
});

onPostgres(
  'instances starting together all get their queues, however their creations collide',
  async () => {
    // Each "instance" creates the same queues, in its own order, all at once: pg-boss's
    // create_queue deadlocks against another's now and then; ensureQueue must still succeed.
    for (let round = 0; round < 2; round++) {
      const names = ['a', 'b', 'c', 'd'].map((queue) => `race-${round}-${queue}`);
      const results = await Promise.allSettled(
        bosses.map((boss, i) =>
          Promise.all(
            [...names.slice(i), ...names.slice(0, i)].map((name) =>
              ensureQueue(boss, name, { retryLimit: 2 }),
            ),
          ),
        ),
      );
      expect(results.filter((result) => result.status === 'rejected')).toEqual([]);
      for (const name of names) expect((await bosses[0]!.getQueue(name))?.retryLimit).toBe(2);
    }
  },
  120_000,
);
