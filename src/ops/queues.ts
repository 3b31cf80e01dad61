import type PgBoss from 'pg-boss';

const DEADLOCK = '40P01';
const ATTEMPTS = 10;

/**
 * Creates a pg-boss queue with `policy`, or updates an existing one to it. Instances starting
 * together create queues at the same moment, and pg-boss's create_queue (a row, a partition table,
 * an ATTACH PARTITION on the shared job table) can deadlock against another instance's: PostgreSQL
 * then rolls one of them back whole. That one tries again, and finds the queue or creates it;
 * without this the loser's worker never started (seen in test/ops/two-instances.test.ts).
 */
export async function ensureQueue(
  boss: PgBoss,
  name: string,
  policy: Omit<PgBoss.Queue, 'name'>,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      if (await boss.getQueue(name)) await boss.updateQueue(name, { name, ...policy });
      else await boss.createQueue(name, { name, ...policy });
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== DEADLOCK || attempt >= ATTEMPTS) throw error;
      // Apart, so the two instances do not meet again at once.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 100 * attempt));
    }
  }
}
