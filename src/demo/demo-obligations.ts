import type { Database } from '../db/database.js';
import { todayInShanghai } from '../time.js';

/**
 * DOMAIN.md's demo defaults, for every commission: executive pay and performance reviews for the
 * last year by 30 September; service information for this year by 31 March; a property
 * transaction's stage within 5 working days; a service change within 20. Each commission changes
 * them with setObligation / setEventObligation. Idempotent: existing obligations are kept.
 */
export async function seedDemoObligations(db: Database, today = todayInShanghai()): Promise<void> {
  const year = Number(today.slice(0, 4));
  const periodic = [
    ['EXECUTIVE_PAY', String(year - 1), `${year}-09-30`],
    ['PERFORMANCE_REVIEWS', String(year - 1), `${year}-09-30`],
    ['SERVICE_INFO', String(year), `${year}-03-31`],
  ];
  const events = [
    ['PROPERTY_TRANSACTIONS', 'transaction-stage', 5],
    ['SERVICE_INFO', 'service-change', 20],
  ] as const;
  const regulators = await db.prisma.regulator.findMany({ select: { id: true } });
  for (const { id } of regulators) {
    for (const [dataset, period, due] of periodic) {
      await db.sql.query(
        `INSERT INTO obligation (regulator_id, dataset, kind, period, due_date) VALUES ($1, $2::"DatasetKey", 'PERIODIC', $3, $4::date)
         ON CONFLICT (regulator_id, dataset, period) WHERE kind = 'PERIODIC' DO NOTHING`,
        [id, dataset, period, due],
      );
    }
    for (const [dataset, event, days] of events) {
      await db.sql.query(
        `INSERT INTO obligation (regulator_id, dataset, kind, event, window_working_days, remind_days_before)
         VALUES ($1, $2::"DatasetKey", 'EVENT', $3, $4, 0)
         ON CONFLICT (regulator_id, dataset, event) WHERE kind = 'EVENT' DO NOTHING`,
        [id, dataset, event, days],
      );
    }
  }
}
