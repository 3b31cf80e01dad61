import type { TypedRow } from '../../schema/core/dataset.js';
import { publicValues } from '../../schema/derive/redaction.js';
import type { Actor } from '../auth/actor.js';
import { isRegulatorStaff } from '../auth/actor.js';
import type { Database } from '../db/database.js';
import { datasetOf } from './datasets.js';
import { decisionsFor, loadRedactions } from './redactions.js';
import { readTypedRows } from './typed-rows.js';

/** The part of a submission that decides how it is read. */
export interface ReadSubmission {
  id: string;
  dataset: string;
  enterpriseId: string;
  withheldFields: string[];
}

/**
 * Whether the actor reads a submission it can see in full — its own enterprise, or the commission
 * that supervises it — or only as the public does: a municipal commission reading a district's
 * published submission gets the public form of its rows, and no review notes, issues (they quote
 * cell values) or files. "It may read its districts' published data but reviews only its own."
 */
export async function readsInFull(db: Database, actor: Actor | null, s: ReadSubmission): Promise<boolean> {
  if (!actor) return false;
  if (actor.role === 'ENTERPRISE_FILER') return actor.enterpriseId === s.enterpriseId;
  if (!isRegulatorStaff(actor) || !actor.regulatorId) return false;
  // findUnique calls of one tick are batched by Prisma: a list of submissions costs one query.
  const enterprise = await db.prisma.enterprise.findUnique({
    where: { id: s.enterpriseId },
    select: { regulatorId: true },
  });
  return enterprise?.regulatorId === actor.regulatorId;
}

/** The reviewers' notes, for those who read the submission in full. */
export async function reviewNotesOf(db: Database, actor: Actor | null, s: ReadSubmission) {
  if (!(await readsInFull(db, actor, s))) return [];
  return db.prisma.reviewNote.findMany({ where: { submissionId: s.id }, orderBy: { createdAt: 'asc' } });
}

export interface RowPage {
  limit: number;
  afterRow?: number | null;
}

/** The typed rows as stored for those who read the submission in full; their public form otherwise. */
export async function submissionRows(db: Database, actor: Actor | null, s: ReadSubmission, page: RowPage) {
  if (await readsInFull(db, actor, s)) return readRows(db, s, page, (values) => values);
  const def = datasetOf(s.dataset);
  const decisions = await loadRedactions(db.sql, s.id);
  return readRows(db, s, page, (values, row) =>
    publicValues(def, values, s.withheldFields, decisionsFor(decisions, row)),
  );
}

/**
 * What the public sees with `withheld` fields withheld, the reviewer's per-row decisions and the
 * default masks applied: exactly what publication will copy (the same publicValues). A reader who does not supervise the
 * submission cannot un-withhold what the reviewer withheld.
 */
export async function previewRows(
  db: Database,
  actor: Actor | null,
  s: ReadSubmission,
  page: RowPage,
  withheld: string[] | null | undefined,
) {
  const def = datasetOf(s.dataset);
  const fields = (await readsInFull(db, actor, s))
    ? (withheld ?? s.withheldFields)
    : [...new Set([...s.withheldFields, ...(withheld ?? [])])];
  const decisions = await loadRedactions(db.sql, s.id);
  return readRows(db, s, page, (values, row) =>
    publicValues(def, values, fields, decisionsFor(decisions, row)),
  );
}

async function readRows(
  db: Database,
  s: ReadSubmission,
  page: RowPage,
  project: (values: TypedRow, row: number) => Record<string, unknown>,
) {
  const def = datasetOf(s.dataset);
  const rows: { row: number; values: Record<string, unknown> }[] = [];
  // readTypedRows pages by row number; start after the requested row.
  for await (const r of readTypedRows(db.sql, def, s.id, page.limit, page.afterRow ?? 0)) {
    rows.push({ row: r.rowNumber, values: project(r.values, r.rowNumber) });
    if (rows.length >= page.limit) break;
  }
  return rows;
}
