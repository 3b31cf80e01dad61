import type { Database } from '../../src/db/database.js';
import { actorByUsername } from '../../src/demo/actors.js';
import { submitSubmission } from '../../src/submissions/submit.service.js';
import { uploadSubmission } from '../../src/submissions/upload.service.js';
import { ENTERPRISE_A, ENTERPRISE_B, ENTERPRISE_D, executivePayCsv } from '../support/files.js';

const ENTERPRISES = { 'ent-a': ENTERPRISE_A, 'ent-b': ENTERPRISE_B, 'ent-d': ENTERPRISE_D } as const;
let serial = 0;

/**
 * The filer uploads and submits an executive-pay file for `year`; its submission time is then set
 * to `submittedAt` (the test's clock: deadlines are about past and future days).
 */
export async function fileExecutivePay(
  db: Database,
  filer: keyof typeof ENTERPRISES,
  year: number,
  submittedAt?: string,
): Promise<string> {
  const actor = await actorByUsername(db, filer);
  serial += 1;
  const csv = executivePayCsv(ENTERPRISES[filer], [{ name: `测试${serial}号`, year }]);
  const { submissionId } = await uploadSubmission(
    db,
    actor,
    { dataset: 'EXECUTIVE_PAY', filename: `pay-${serial}.csv`, bytes: new TextEncoder().encode(csv) },
    { maxBytes: 1e7 },
  );
  await submitSubmission(db, actor, { id: submissionId });
  if (submittedAt)
    await db.sql.query('UPDATE submission SET submitted_at = $2 WHERE id = $1', [submissionId, submittedAt]);
  return submissionId;
}

export const errorOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => {
  const e = result.errors?.[0]?.extensions;
  return { code: e?.code, message: e?.message as { zh: string; en: string } | undefined };
};
