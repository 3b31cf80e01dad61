import type { SqlClient } from '../db/database.js';
import { todayInShanghai } from '../time.js';
import { currentCalendar } from './calendar.js';
import { type ObligationRow, readObligations } from './obligations.js';
import { type ObligationStanding, obligationStanding } from './state.js';

export interface EnterpriseRef {
  id: string;
  name: string;
  uscc: string;
  regulatorId: string;
  industry: string | null;
}

/**
 * Service information is owed only by public-service enterprises (water, buses… — DOMAIN.md), which
 * the enterprise register marks with an industry; every other dataset by every enterprise.
 */
const binds = (obligation: ObligationRow, enterprise: EnterpriseRef) =>
  obligation.dataset !== 'SERVICE_INFO' || enterprise.industry !== null;

/** One enterprise × one periodic obligation, on one day. */
export interface ObligationStatusRow extends ObligationStanding {
  enterprise: EnterpriseRef;
  obligation: ObligationRow;
  /** The day it first filed (China), or null. */
  filedOn: string | null;
  /** When it was last reminded (催报) of this obligation, by anyone or automatically. */
  lastRemindedAt: Date | null;
  asOf: string;
}

export interface StandingQuery {
  asOf: string;
  /** One commission's obligations and enterprises; all when absent (the reminder scan). */
  regulatorId?: string | null;
  /** Only this enterprise (an enterprise looking at its own). */
  enterpriseId?: string | null;
  obligationId?: string | null;
  dataset?: string | null;
  period?: string | null;
}

/**
 * Every enterprise × periodic obligation of the scope, with where it stands on `asOf`. An
 * obligation binds every enterprise its commission supervises. An enterprise has filed when it
 * submitted (提交) a file whose rows cover the period and the regulator did not send it back:
 * the first such submission's day counts, whatever the review later decided.
 */
export async function obligationStandings(sql: SqlClient, q: StandingQuery): Promise<ObligationStatusRow[]> {
  const obligations = await readObligations(sql, {
    regulatorId: q.regulatorId,
    id: q.obligationId,
    dataset: q.dataset,
    period: q.period,
    kind: 'PERIODIC',
  });
  if (obligations.length === 0) return [];
  const [enterprises, filings, reminded, calendar] = await Promise.all([
    readEnterprises(sql, q),
    readFilings(sql, q),
    readLastReminders(
      sql,
      obligations.map((o) => o.id),
    ),
    currentCalendar(sql),
  ]);
  const rows: ObligationStatusRow[] = [];
  for (const obligation of obligations) {
    for (const enterprise of enterprises) {
      if (enterprise.regulatorId !== obligation.regulatorId || !binds(obligation, enterprise)) continue;
      const filedAt = filings.get(`${enterprise.id}|${obligation.dataset}|${obligation.period}`);
      const filedOn = filedAt ? todayInShanghai(filedAt) : null;
      const standing = obligationStanding(calendar, {
        asOf: q.asOf,
        dueDate: obligation.dueDate!,
        filedOn,
        remindDaysBefore: obligation.remindDaysBefore,
      });
      const lastRemindedAt = reminded.get(`${obligation.id}|${enterprise.id}`) ?? null;
      rows.push({ enterprise, obligation, filedOn, lastRemindedAt, asOf: q.asOf, ...standing });
    }
  }
  return rows;
}

export async function readEnterprises(sql: SqlClient, q: StandingQuery): Promise<EnterpriseRef[]> {
  const { rows } = await sql.query<EnterpriseRef>(
    `SELECT id, name, uscc, regulator_id AS "regulatorId", industry FROM enterprise
     WHERE ($1::uuid IS NULL OR regulator_id = $1) AND ($2::uuid IS NULL OR id = $2) ORDER BY uscc`,
    [q.regulatorId ?? null, q.enterpriseId ?? null],
  );
  return rows;
}

/**
 * A submission `s` that counts as filed (docs/oversight.md "Filed"): submitted (提交), and not sent
 * back nor still a draft — superseded, published or withdrawn ones do count. For periodic and
 * event-driven obligations alike.
 */
export const FILED_SUBMISSION = `s.submitted_at IS NOT NULL AND s.status NOT IN ('VALIDATION_FAILED', 'VALIDATED', 'RETURNED')`;

/** First submission day per enterprise × dataset × period (statuses a regulator holds or held). */
async function readFilings(sql: SqlClient, q: StandingQuery): Promise<Map<string, Date>> {
  const { rows } = await sql.query<{ key: string; filedAt: Date }>(
    `SELECT s.enterprise_id || '|' || s.dataset::text || '|' || p AS key, min(s.submitted_at) AS "filedAt"
     FROM submission s JOIN enterprise e ON e.id = s.enterprise_id, unnest(s.periods) AS p
     WHERE ${FILED_SUBMISSION}
       AND ($1::uuid IS NULL OR e.regulator_id = $1) AND ($2::uuid IS NULL OR e.id = $2)
       AND ($3::text IS NULL OR s.dataset::text = $3) AND ($4::text IS NULL OR p = $4)
     GROUP BY 1`,
    [q.regulatorId ?? null, q.enterpriseId ?? null, q.dataset ?? null, q.period ?? null],
  );
  return new Map(rows.map((r) => [r.key, new Date(r.filedAt)]));
}

async function readLastReminders(sql: SqlClient, obligationIds: string[]): Promise<Map<string, Date>> {
  const { rows } = await sql.query<{ key: string; at: Date }>(
    `SELECT obligation_id || '|' || enterprise_id AS key, max(created_at) AS at FROM reminder
     WHERE obligation_id = ANY($1::uuid[]) GROUP BY 1`,
    [obligationIds],
  );
  return new Map(rows.map((r) => [r.key, new Date(r.at)]));
}
