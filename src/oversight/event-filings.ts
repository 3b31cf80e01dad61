import { quoteIdent, rowTableName, snakeCase } from '../../schema/derive/row-table.js';
import type { SqlClient } from '../db/database.js';
import { datasetOf } from '../submissions/datasets.js';
import { type EventDay, eventSpec, type ObligationEvent } from './events.js';
import { FILED_SUBMISSION } from './standings.js';
import { nextDay } from './state.js';

/** One record of an event-driven dataset as filed: its first filing and what it now says. */
export interface EventFiling {
  enterpriseId: string;
  /** The record's natural key (e.g. 'G32018SH1000120|RESULT'), the same across corrections. */
  recordKey: string;
  /** The first filing that counts: its submission, receipt code and Excel row number. */
  submissionId: string;
  receiptCode: string;
  rowNumber: number;
  filedAt: Date;
  /** The event's day as the latest filed version says it ('YYYY-MM-DD'), null when it is blank. */
  eventDate: string | null;
  /** The record's name (the dataset's link field: a project's name, a notice's title). */
  title: string | null;
}

export interface FilingQuery {
  event: ObligationEvent;
  asOf: string;
  regulatorId: string;
  enterpriseId?: string | null;
  /** Only events on or after this day (undated records: filed on or after it). */
  eventFrom: string;
  /** Only events on or before this day (undated records: filed on or before it). */
  eventTo: string;
}

/** The event's day as SQL over the dataset's row table, from the event's definition. */
function eventDayExpression(day: EventDay): string {
  const column = (key: string) => `r.${quoteIdent(snakeCase(key))}::date`;
  if ('field' in day) return column(day.field);
  const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;
  const cases = Object.entries(day.fields).map(([when, key]) => `WHEN ${literal(when)} THEN ${column(key)}`);
  return `CASE r.${quoteIdent(snakeCase(day.by))} ${cases.join(' ')} END`;
}

/**
 * Every record of the event's dataset that the scope's enterprises filed by the end of asOf:
 * submitted (提交) and not sent back (RETURNED does not count; superseded, published or withdrawn
 * do — as for periodic obligations). A record filed again (a correction, a resubmission after a
 * return) is one event: the first filing's day counts, the latest filed version gives its day.
 */
export async function readEventFilings(sql: SqlClient, q: FilingQuery): Promise<EventFiling[]> {
  const spec = eventSpec(q.event);
  if (!spec) throw new Error(`no dataset defines the event ${q.event}`);
  const def = datasetOf(spec.dataset);
  const { rows } = await sql.query<EventFiling & { filedAt: Date }>(
    `WITH filed AS (
       SELECT s.enterprise_id, coalesce(r.record_key, s.id::text || '#' || r.row_number::text) AS key, s.id AS submission_id,
              s.receipt_code, r.row_number, s.submitted_at, ${eventDayExpression(spec.eventDay)} AS event_day,
              r.${quoteIdent(snakeCase(def.view.linkField))}::text AS title
       FROM submission s JOIN enterprise e ON e.id = s.enterprise_id
         JOIN ${rowTableName(def)} r ON r.submission_id = s.id
       WHERE s.dataset::text = $1 AND ${FILED_SUBMISSION}
         AND s.submitted_at < $2::timestamptz AND e.regulator_id = $3 AND ($4::uuid IS NULL OR e.id = $4)),
     first AS (SELECT DISTINCT ON (enterprise_id, key) * FROM filed
               ORDER BY enterprise_id, key, submitted_at, receipt_code, row_number),
     latest AS (SELECT DISTINCT ON (enterprise_id, key) enterprise_id, key, event_day, title FROM filed
                ORDER BY enterprise_id, key, submitted_at DESC, receipt_code DESC, row_number DESC)
     SELECT f.enterprise_id AS "enterpriseId", f.key AS "recordKey", f.submission_id AS "submissionId",
            f.receipt_code AS "receiptCode", f.row_number AS "rowNumber", f.submitted_at AS "filedAt",
            to_char(l.event_day, 'YYYY-MM-DD') AS "eventDate", l.title
     FROM first f JOIN latest l USING (enterprise_id, key)
     WHERE CASE WHEN l.event_day IS NULL
                THEN f.submitted_at >= $5::timestamptz AND f.submitted_at < $6::timestamptz
                ELSE l.event_day BETWEEN $7::date AND $8::date END`,
    [
      spec.dataset,
      chinaDayStart(nextDay(q.asOf)),
      q.regulatorId,
      q.enterpriseId ?? null,
      chinaDayStart(q.eventFrom),
      chinaDayStart(nextDay(q.eventTo)),
      q.eventFrom,
      q.eventTo,
    ],
  );
  return rows.map((r) => ({ ...r, filedAt: new Date(r.filedAt) }));
}

const chinaDayStart = (day: string) => `${day}T00:00:00+08:00`;
