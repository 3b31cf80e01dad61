import type { RedactionDecision, RowDecisions } from '../../schema/derive/redaction.js';
import type { SqlClient } from '../db/database.js';

/** A submission's per-row decisions: row number → field → decision. */
export type SubmissionDecisions = ReadonlyMap<number, RowDecisions>;

const NONE: RowDecisions = new Map();

/** Loads every withhold/publish decision of a submission (a few per reviewer, never per row). */
export async function loadRedactions(sql: SqlClient, submissionId: string): Promise<SubmissionDecisions> {
  const { rows } = await sql.query<{ row_number: number; field: string; decision: RedactionDecision }>(
    'SELECT row_number, field, decision FROM redaction_decision WHERE submission_id = $1',
    [submissionId],
  );
  const byRow = new Map<number, Map<string, RedactionDecision>>();
  for (const r of rows) {
    const row = Number(r.row_number);
    const fields = byRow.get(row) ?? new Map<string, RedactionDecision>();
    fields.set(r.field, r.decision);
    byRow.set(row, fields);
  }
  return byRow;
}

export const decisionsFor = (all: SubmissionDecisions, row: number): RowDecisions => all.get(row) ?? NONE;
