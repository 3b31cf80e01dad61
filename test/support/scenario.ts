import type { Database } from '../../src/db/database.js';
import { actorByUsername } from '../../src/demo/actors.js';
import { publishSubmission, withdrawSubmission } from '../../src/publishing/publish.service.js';
import { reviewSubmission } from '../../src/submissions/review.service.js';
import { submitSubmission } from '../../src/submissions/submit.service.js';
import { uploadSubmission } from '../../src/submissions/upload.service.js';
import { ENTERPRISE_A, ENTERPRISE_D, executivePayCsv } from './files.js';

export const STATES = [
  'VALIDATION_FAILED',
  'VALIDATED',
  'PENDING_REVIEW',
  'RETURNED',
  'APPROVED',
  'PUBLISHED',
  'SUPERSEDED',
  'WITHDRAWN',
] as const;
export type State = (typeof STATES)[number];

export { actorByUsername as actorOf } from '../../src/demo/actors.js';

const OWNERS = {
  a: { filer: 'ent-a', reviewer: 'muni-reviewer', approver: 'muni-approver', enterprise: ENTERPRISE_A },
  d: { filer: 'ent-d', reviewer: 'jd-reviewer', approver: 'jd-approver', enterprise: ENTERPRISE_D },
};
export type Owner = keyof typeof OWNERS;

let serial = 0;

/** Uploads a fresh, unique file for the owner's enterprise and walks it to the given state. */
export async function submissionInState(db: Database, owner: Owner, state: State): Promise<string> {
  const o = OWNERS[owner];
  const [filer, reviewer, approver] = await Promise.all([
    actorByUsername(db, o.filer),
    actorByUsername(db, o.reviewer),
    actorByUsername(db, o.approver),
  ]);
  serial += 1;
  const name = `测试${serial}号`;
  // A correction differs from the original (another position), so it is not the same bytes.
  const bytes = (valid: boolean, position: string) =>
    new TextEncoder().encode(
      executivePayCsv(o.enterprise, [{ name, position, base: valid ? '60' : '六十' }]),
    );
  const up = async (valid: boolean, correctsId?: string) => {
    const input = {
      dataset: 'EXECUTIVE_PAY',
      filename: `${name}.csv`,
      bytes: bytes(valid, correctsId ? '总经理' : '董事长'),
      correctsId,
    };
    return (await uploadSubmission(db, filer, input, { maxBytes: 1e7 })).submissionId;
  };
  if (state === 'VALIDATION_FAILED') return up(false);
  const id = await up(true);
  if (state === 'VALIDATED') return id;
  await submitSubmission(db, filer, { id });
  if (state === 'PENDING_REVIEW') return id;
  if (state === 'RETURNED') {
    await reviewSubmission(db, reviewer, { id, decision: 'RETURN', reason: '请核对' });
    return id;
  }
  await reviewSubmission(db, reviewer, { id, decision: 'APPROVE' });
  if (state === 'APPROVED') return id;
  await publishSubmission(db, approver, id);
  if (state === 'PUBLISHED') return id;
  if (state === 'WITHDRAWN') {
    await withdrawSubmission(db, approver, { id, reason: '数据有误' });
    return id;
  }
  // SUPERSEDED: a correction of it is published.
  const correction = await up(true, id);
  await submitSubmission(db, filer, { id: correction });
  await reviewSubmission(db, reviewer, { id: correction, decision: 'APPROVE' });
  await publishSubmission(db, approver, correction);
  return id;
}
