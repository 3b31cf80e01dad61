import type { SqlClient } from '../../db/database.js';

/** A calendar year in China time, as timestamptz bounds [from, to). */
export const yearBounds = (year: number) => ({
  from: `${year}-01-01T00:00:00+08:00`,
  to: `${year + 1}-01-01T00:00:00+08:00`,
});

export interface PublishedFigure {
  dataset: string;
  records: number;
  submissions: number;
}

/** Records (and the submissions they came in) first published in the year, per dataset. */
export async function publishedFigures(
  sql: SqlClient,
  regulatorId: string,
  year: number,
): Promise<PublishedFigure[]> {
  const { from, to } = yearBounds(year);
  const { rows } = await sql.query<PublishedFigure>(
    `SELECT r.dataset::text AS dataset, count(*)::int AS records, count(DISTINCT r.submission_id)::int AS submissions
     FROM published_record r JOIN enterprise e ON e.id = r.enterprise_id
     WHERE e.regulator_id = $1 AND r.published_at >= $2::timestamptz AND r.published_at < $3::timestamptz
     GROUP BY r.dataset ORDER BY r.dataset`,
    [regulatorId, from, to],
  );
  return rows;
}

export interface ReturnNote {
  submissionId: string;
  dataset: string;
  field: string | null;
  rowNumber: number | null;
  at: string;
}

/**
 * The notes of returns (退回) decided in the year. A return writes its notes in one transaction, so
 * the notes of one return share their submission and timestamp: that pair counts the returns.
 */
export async function returnNotes(sql: SqlClient, regulatorId: string, year: number): Promise<ReturnNote[]> {
  const { from, to } = yearBounds(year);
  const { rows } = await sql.query<ReturnNote>(
    `SELECT n.submission_id AS "submissionId", s.dataset::text AS dataset, n.field, n.row_number AS "rowNumber",
            n.created_at::text AS at
     FROM review_note n JOIN submission s ON s.id = n.submission_id JOIN enterprise e ON e.id = s.enterprise_id
     WHERE e.regulator_id = $1 AND n.created_at >= $2::timestamptz AND n.created_at < $3::timestamptz`,
    [regulatorId, from, to],
  );
  return rows;
}

export interface FollowUpFigures {
  corrections: number;
  withdrawals: number;
}

/** Corrections published and withdrawals made in the year. */
export async function followUpFigures(
  sql: SqlClient,
  regulatorId: string,
  year: number,
): Promise<FollowUpFigures> {
  const { from, to } = yearBounds(year);
  const { rows } = await sql.query<FollowUpFigures>(
    `SELECT count(*) FILTER (WHERE s.corrects_id IS NOT NULL AND s.published_at >= $2::timestamptz AND s.published_at < $3::timestamptz)::int AS corrections,
            count(*) FILTER (WHERE s.withdrawn_at >= $2::timestamptz AND s.withdrawn_at < $3::timestamptz)::int AS withdrawals
     FROM submission s JOIN enterprise e ON e.id = s.enterprise_id WHERE e.regulator_id = $1`,
    [regulatorId, from, to],
  );
  return rows[0] ?? { corrections: 0, withdrawals: 0 };
}

export interface DeliveryFigures {
  total: number;
  delivered: number;
  failed: number;
  pending: number;
}

/** Record events for the trading platform created in the year, by where their delivery stands. */
export async function deliveryFigures(
  sql: SqlClient,
  regulatorId: string,
  year: number,
): Promise<DeliveryFigures> {
  const { from, to } = yearBounds(year);
  const { rows } = await sql.query<DeliveryFigures>(
    `SELECT count(*)::int AS total, count(*) FILTER (WHERE d.status = 'delivered')::int AS delivered,
            count(*) FILTER (WHERE d.status = 'failed')::int AS failed,
            count(*) FILTER (WHERE d.status = 'pending')::int AS pending
     FROM delivery_event d JOIN published_record r ON r.id = d.record_id JOIN enterprise e ON e.id = r.enterprise_id
     WHERE e.regulator_id = $1 AND d.created_at >= $2::timestamptz AND d.created_at < $3::timestamptz`,
    [regulatorId, from, to],
  );
  return rows[0] ?? { total: 0, delivered: 0, failed: 0, pending: 0 };
}
