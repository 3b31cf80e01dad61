import type { SqlClient } from '../db/database.js';

/** An obligation as services and GraphQL see it (dates as 'YYYY-MM-DD'). */
export interface ObligationRow {
  id: string;
  regulatorId: string;
  dataset: string;
  kind: 'PERIODIC' | 'EVENT';
  period: string | null;
  dueDate: string | null;
  event: string | null;
  windowWorkingDays: number | null;
  remindDaysBefore: number;
  note: string | null;
  updatedAt: Date;
}

const COLUMNS = `o.id, o.regulator_id AS "regulatorId", o.dataset::text AS dataset, o.kind, o.period,
  to_char(o.due_date, 'YYYY-MM-DD') AS "dueDate", o.event, o.window_working_days AS "windowWorkingDays",
  o.remind_days_before AS "remindDaysBefore", o.note, o.updated_at AS "updatedAt"`;

export interface ObligationFilter {
  regulatorId?: string | null;
  id?: string | null;
  dataset?: string | null;
  period?: string | null;
  kind?: 'PERIODIC' | 'EVENT' | null;
}

/** Obligations matching every given filter, by dataset, period and event. */
export async function readObligations(sql: SqlClient, f: ObligationFilter): Promise<ObligationRow[]> {
  const { rows } = await sql.query<ObligationRow>(
    `SELECT ${COLUMNS} FROM obligation o
     WHERE ($1::uuid IS NULL OR o.regulator_id = $1) AND ($2::uuid IS NULL OR o.id = $2)
       AND ($3::text IS NULL OR o.dataset::text = $3) AND ($4::text IS NULL OR o.period = $4)
       AND ($5::text IS NULL OR o.kind = $5)
     ORDER BY o.dataset, o.kind DESC, o.period, o.event`,
    [f.regulatorId ?? null, f.id ?? null, f.dataset ?? null, f.period ?? null, f.kind ?? null],
  );
  return rows;
}
