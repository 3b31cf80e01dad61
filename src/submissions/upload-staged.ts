import type { DatasetDefinition } from '../../schema/core/dataset.js';
import { datasets } from '../../schema/datasets/index.js';
import { rowTableName } from '../../schema/derive/row-table.js';
import { calendarOverrideDays } from '../calendar/overrides.js';
import type { Database, SqlClient } from '../db/database.js';
import type { WorkerBudget } from '../intake/validate-in-worker.js';
import { permittedEnterpriseCodes } from '../subsidiaries/subsidiary.service.js';
import { copyFile } from './file-copy.js';
import { validateAndCopyRows } from './store-upload.js';
import type { UploadResult } from './upload.service.js';
import { insertSubmission, lockAndFindSame, type NewSubmission, recordUpload } from './upload-commit.js';

/** Staged uploads running in this process; any other pending_upload row was abandoned (a kill). */
const active = new Set<string>();

/**
 * Uploads of the same bytes wait for each other, as the advisory lock makes them on PostgreSQL
 * (PGlite lives in this one process, so a lock here is enough): the later ones then find the
 * submission the first one made instead of each validating the file again.
 */
const sameContent = new Map<string, Promise<unknown>>();

async function oneAtATime<T>(key: string, fn: () => Promise<T>): Promise<T> {
  const before = sameContent.get(key) ?? Promise.resolve();
  const mine = before.catch(() => {}).then(fn);
  const settled = mine.catch(() => {});
  sameContent.set(key, settled);
  try {
    return await mine;
  } finally {
    if (sameContent.get(key) === settled) sameContent.delete(key);
  }
}

const deleteRows = (sql: SqlClient, def: DatasetDefinition, id: string) =>
  sql.query(`DELETE FROM ${rowTableName(def)} WHERE submission_id = $1`, [id]).then(() => {});

async function discard(db: Database, s: NewSubmission): Promise<void> {
  await deleteRows(db.sql, s.def, s.id);
  await db.sql.query('DELETE FROM pending_upload WHERE id = $1', [s.id]);
}

/** Removes what killed uploads left: rows under a pending id no running upload owns. */
async function sweepAbandoned(db: Database): Promise<void> {
  const { rows } = await db.sql.query<{ id: string }>('SELECT id FROM pending_upload');
  for (const { id } of rows) {
    if (active.has(id)) continue;
    for (const def of datasets) await deleteRows(db.sql, def, id);
    await db.sql.query('DELETE FROM pending_upload WHERE id = $1', [id]);
  }
}

/**
 * An upload on the embedded database (one connection, so one long transaction would stall every
 * other request, /healthz included). The rows are loaded under a pending id in COPY slices that
 * each commit on their own, so other statements run between them; no submission names them, so
 * nothing can read them. The submission, its file, issues and audit entry are then written in one
 * short transaction, which is what makes the rows visible: all or nothing, as on PostgreSQL. A
 * failure deletes the staged rows; a kill leaves them to the next upload's sweep.
 */
export function uploadStaged(
  db: Database,
  s: NewSubmission,
  enterprise: { id: string; uscc: string },
  budget?: WorkerBudget,
): Promise<UploadResult> {
  return oneAtATime(`${s.enterpriseId}|${s.def.key}|${s.sha256}`, async () => {
    const existing = await db.sql.query<{ id: string }>(
      'SELECT id FROM submission WHERE enterprise_id = $1 AND dataset = $2 AND content_sha256 = $3',
      [s.enterpriseId, s.def.graphqlName, s.sha256],
    );
    if (existing.rows[0]) return { submissionId: existing.rows[0].id, created: false };
    return stageAndCommit(db, s, enterprise, budget);
  });
}

async function stageAndCommit(
  db: Database,
  s: NewSubmission,
  enterprise: { id: string; uscc: string },
  budget?: WorkerBudget,
): Promise<UploadResult> {
  await sweepAbandoned(db);
  active.add(s.id);
  try {
    await db.sql.query('INSERT INTO pending_upload (id) VALUES ($1)', [s.id]);
    const upload = {
      submissionId: s.id,
      def: s.def,
      input: s.input,
      permittedEnterpriseCodes: await permittedEnterpriseCodes(db.sql, enterprise),
      calendarOverrides: await calendarOverrideDays(db.sql),
    };
    const outcome = await db.withConnection((loader) =>
      validateAndCopyRows(loader, upload, budget, () => deleteRows(loader, s.def, s.id)),
    );
    const result = await db.transaction(async (tx): Promise<UploadResult> => {
      const raced = await lockAndFindSame(tx, s);
      if (raced) return { submissionId: raced, created: false };
      await insertSubmission(tx, s);
      await tx.query('DELETE FROM pending_upload WHERE id = $1', [s.id]);
      await copyFile(tx, s.id, s.input.bytes);
      await recordUpload(tx, s, outcome);
      return { submissionId: s.id, created: true };
    });
    if (!result.created) await discard(db, s);
    return result;
  } catch (error) {
    await discard(db, s).catch(() => {});
    throw error;
  } finally {
    active.delete(s.id);
  }
}
