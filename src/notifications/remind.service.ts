import type { Actor } from '../auth/actor.js';
import { isRegulatorStaff } from '../auth/actor.js';
import type { Database } from '../db/database.js';
import { DomainError, notFound } from '../errors.js';
import { readObligations } from '../oversight/obligations.js';
import { obligationStandings } from '../oversight/standings.js';
import { isUuid } from '../submissions/visibility.js';
import { todayInShanghai } from '../time.js';
import { type CreatedReminder, createReminder } from './reminders.js';

const OBLIGATION = { zh: '报送义务', en: 'obligation' };
const FILED = new Set(['ON_TIME', 'LATE']);

/**
 * 催报: staff of the commission remind some of its enterprises of a periodic obligation. Every
 * enterprise must be one it supervises — otherwise NOT_FOUND, as for a missing one, before
 * anything is written. Enterprises that already filed are skipped; a second reminder on the same
 * day is the same reminder. All reminders of one call are written in one transaction.
 */
export async function remind(
  db: Database,
  actor: Actor | null,
  input: { obligationId: string; enterpriseIds: string[] },
  today = todayInShanghai(),
): Promise<CreatedReminder[]> {
  if (!actor || !isRegulatorStaff(actor) || !actor.regulatorId || !isUuid(input.obligationId))
    throw notFound(OBLIGATION);
  const [obligation] = await readObligations(db.sql, {
    id: input.obligationId,
    regulatorId: actor.regulatorId,
  });
  if (!obligation) throw notFound(OBLIGATION);
  if (obligation.kind !== 'PERIODIC')
    throw new DomainError('BAD_USER_INPUT', {
      zh: '按事项计时的义务没有统一的截止日期，不能催报',
      en: 'An event-driven obligation has no single due date to remind of',
    });
  const wanted = [...new Set(input.enterpriseIds)];
  const rows = await obligationStandings(db.sql, {
    asOf: today,
    obligationId: obligation.id,
    regulatorId: actor.regulatorId,
  });
  const strangers = wanted.filter((id) => !rows.some((r) => r.enterprise.id === id));
  if (strangers.length > 0 || wanted.length === 0)
    throw new DomainError(
      'NOT_FOUND',
      { zh: '企业不存在', en: 'No such enterprise' },
      { enterpriseIds: strangers },
    );
  const due = rows.filter((r) => wanted.includes(r.enterprise.id) && !FILED.has(r.state));
  return db.transaction(async (tx) => {
    const created: CreatedReminder[] = [];
    for (const row of due) {
      const reminder = await createReminder(tx, actor, row, 'MANUAL', today);
      if (reminder) created.push(reminder);
    }
    return created;
  });
}
