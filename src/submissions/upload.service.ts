import { createHash, randomUUID } from 'node:crypto';
import type { DatasetDefinition } from '../../schema/core/dataset.js';
import type { Issue } from '../../schema/core/issues.js';
import { datasetByGraphqlName } from '../../schema/datasets/index.js';
import { appendAudit } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import { calendarOverrideDays } from '../calendar/overrides.js';
import type { Database, SqlClient } from '../db/database.js';
import { forbidden } from '../errors.js';
import { prepareUploadWorker, type WorkerBudget } from '../intake/validate-in-worker.js';
import { permittedEnterpriseCodes } from '../subsidiaries/subsidiary.service.js';
import { badInput } from './access.js';
import { checkFollowUp, type FollowUp } from './follow-up.js';
import { recordPeriods } from './periods.js';
import { newReceiptCode } from './receipt.js';
import { carryOverAcknowledgements, copyIssues, linkIssuesToRecords } from './store.js';
import { type Outcome, storeFileAndRows } from './store-upload.js';

export interface UploadInput {
  /** GraphQL DatasetKey, e.g. 'EXECUTIVE_PAY'. */
  dataset: string;
  filename: string;
  bytes: Uint8Array;
  /** A published submission this file corrects. */
  correctsId?: string | null;
  /** A returned submission this file replaces. */
  resubmitsId?: string | null;
}

export interface UploadOptions {
  maxBytes: number;
  budget?: WorkerBudget;
}

export interface UploadResult {
  submissionId: string;
  /** false when the same bytes had already been uploaded: the existing submission is returned. */
  created: boolean;
}

/**
 * An enterprise uploads a filled-in template. Validation runs in a worker; the submission, its
 * file, typed rows, issues and audit entry are written in ONE transaction, so a crash leaves all
 * or nothing. The same bytes for the same enterprise and dataset give back the same submission,
 * also when uploads race (an advisory lock on the content hash serialises them).
 */
export async function uploadSubmission(
  db: Database,
  actor: Actor,
  input: UploadInput,
  options: UploadOptions,
): Promise<UploadResult> {
  if (actor.role !== 'ENTERPRISE_FILER' || !actor.enterpriseId) throw forbidden();
  const def = datasetByGraphqlName(input.dataset);
  if (!def) throw badInput('未知的数据集', `Unknown dataset ${input.dataset}`);
  if (input.bytes.byteLength > options.maxBytes) {
    throw badInput(
      `文件超过${options.maxBytes}字节的上限`,
      `The file exceeds the ${options.maxBytes}-byte limit`,
    );
  }
  const followUp = await checkFollowUp(db, actor, def, input);
  const enterprise = await db.prisma.enterprise.findUniqueOrThrow({ where: { id: actor.enterpriseId } });
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  const key = { enterpriseId: enterprise.id, dataset: def.graphqlName, contentSha256: sha256 };
  const existing = await db.prisma.submission.findUnique({
    where: { enterpriseId_dataset_contentSha256: key },
  });
  if (existing) return { submissionId: existing.id, created: false };

  try {
    return await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))::text', [
        `${enterprise.id}|${def.key}|${sha256}`,
      ]);
      const raced = await tx.query<{ id: string }>(
        'SELECT id FROM submission WHERE enterprise_id = $1 AND dataset = $2 AND content_sha256 = $3',
        [enterprise.id, def.graphqlName, sha256],
      );
      if (raced.rows[0]) return { submissionId: raced.rows[0].id, created: false };
      const s = { id: randomUUID(), def, actor, enterpriseId: enterprise.id, sha256, input, followUp };
      await insertSubmission(tx, s);
      const outcome = await storeFileAndRows(
        tx,
        {
          submissionId: s.id,
          def,
          input,
          permittedEnterpriseCodes: await permittedEnterpriseCodes(tx, enterprise),
          calendarOverrides: await calendarOverrideDays(tx),
        },
        options.budget,
      );
      await finishSubmission(tx, def, s.id, outcome);
      await appendAudit(tx, {
        action: 'upload',
        actor,
        submissionId: s.id,
        details: { dataset: def.key, filename: input.filename, sha256, ...countsOf(outcome) },
      });
      return { submissionId: s.id, created: true };
    });
  } finally {
    // The next upload's worker starts loading now, when this one no longer needs the CPU.
    prepareUploadWorker(options.budget);
  }
}

interface NewSubmission {
  id: string;
  def: DatasetDefinition;
  actor: Actor;
  enterpriseId: string;
  sha256: string;
  input: UploadInput;
  followUp: FollowUp;
}

async function insertSubmission(tx: SqlClient, s: NewSubmission) {
  await tx.query(
    `INSERT INTO submission (id, receipt_code, enterprise_id, dataset, status, content_sha256, filename, format,
                             row_count, error_count, warning_count, uploaded_by_id, corrects_id, resubmits_id)
     VALUES ($1, $2, $3, $4, 'VALIDATION_FAILED', $5, $6, 'unknown', 0, 0, 0, $7, $8, $9)`,
    [
      s.id,
      newReceiptCode(),
      s.enterpriseId,
      s.def.graphqlName,
      s.sha256,
      s.input.filename,
      s.actor.userId,
      s.followUp.correctsId,
      s.followUp.resubmitsId,
    ],
  );
}

function issuesOf(outcome: Outcome): Issue[] {
  if ('report' in outcome) return outcome.report.issues;
  const e = outcome.importError;
  return [{ severity: 'error', code: e.code, ...(e.row ? { row: e.row } : {}), message: e.localized }];
}

function countsOf(outcome: Outcome) {
  if ('report' in outcome) {
    const { rowCount, errorCount, warningCount } = outcome.report;
    return { rowCount, errorCount, warningCount };
  }
  return { rowCount: 0, errorCount: 1, warningCount: 0 };
}

async function finishSubmission(tx: SqlClient, def: DatasetDefinition, id: string, outcome: Outcome) {
  await copyIssues(tx, id, issuesOf(outcome));
  await linkIssuesToRecords(tx, def, id);
  await carryOverAcknowledgements(tx, id);
  await recordPeriods(tx, id, 'periods' in outcome ? outcome.periods : []);
  const counts = countsOf(outcome);
  const report = 'report' in outcome ? outcome.report : undefined;
  await tx.query(
    `UPDATE submission SET status = $2, format = $3, encoding = $4, sheet_name = $5, header_row = $6,
            row_count = $7, error_count = $8, warning_count = $9 WHERE id = $1`,
    [
      id,
      counts.errorCount > 0 ? 'VALIDATION_FAILED' : 'VALIDATED',
      report?.format ?? 'unreadable',
      report?.encoding ?? null,
      report?.sheetName ?? null,
      report?.headerRow || null,
      counts.rowCount,
      counts.errorCount,
      counts.warningCount,
    ],
  );
}
