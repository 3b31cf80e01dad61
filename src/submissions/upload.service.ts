import { createHash, randomUUID } from 'node:crypto';
import { datasetByGraphqlName, graphqlNameOf } from '../../schema/datasets/index.js';
import type { Actor } from '../auth/actor.js';
import { calendarOverrideDays } from '../calendar/overrides.js';
import type { Database } from '../db/database.js';
import { forbidden } from '../errors.js';
import type { RowsRead } from '../intake/rows-read.js';
import { prepareUploadWorker, type WorkerBudget } from '../intake/validate-in-worker.js';
import { permittedEnterpriseCodes } from '../subsidiaries/subsidiary.service.js';
import { badInput } from './access.js';
import { checkFollowUp } from './follow-up.js';
import { storeFileAndRows } from './store-upload.js';
import { insertSubmission, lockAndFindSame, type NewSubmission, recordUpload } from './upload-commit.js';
import { uploadStaged } from './upload-staged.js';

export interface UploadInput {
  /** GraphQL DatasetKey, e.g. 'EXECUTIVE_PAY'. */
  dataset: string;
  filename: string;
  bytes: Uint8Array;
  /** A published submission this file corrects. */
  correctsId?: string | null;
  /** A returned submission this file replaces. */
  resubmitsId?: string | null;
  /** Not data: told how many rows the worker has read, while it reads (the workspace's progress). */
  onRowsRead?: ((progress: RowsRead) => void) | undefined;
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
 * file, typed rows, issues and audit entry become visible in ONE transaction, so a crash leaves all
 * or nothing (on PGlite the rows are staged first: upload-staged.ts). The same bytes for the same enterprise and dataset give back the same submission,
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
  const key = { enterpriseId: enterprise.id, dataset: graphqlNameOf(def), contentSha256: sha256 };
  const existing = await db.prisma.submission.findUnique({
    where: { enterpriseId_dataset_contentSha256: key },
  });
  if (existing) return { submissionId: existing.id, created: false };

  const s: NewSubmission = {
    id: randomUUID(),
    def,
    actor,
    enterpriseId: enterprise.id,
    sha256,
    input,
    followUp,
  };
  try {
    // On the embedded database a transaction holds its only connection: a long one would stall
    // every other request, so the rows are staged in short steps and made visible at the end.
    if (db.kind === 'pglite') return await uploadStaged(db, s, enterprise, options.budget);
    return await db.transaction(async (tx) => {
      const raced = await lockAndFindSame(tx, s);
      if (raced) return { submissionId: raced, created: false };
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
      await recordUpload(tx, s, outcome);
      return { submissionId: s.id, created: true };
    });
  } finally {
    // The next upload's worker starts loading now, when this one no longer needs the CPU.
    prepareUploadWorker(options.budget);
  }
}
