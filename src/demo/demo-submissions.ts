import { readFileSync } from 'node:fs';
import type { Database } from '../db/database.js';
import { publishSubmission } from '../publishing/publish.service.js';
import { reviewSubmission } from '../submissions/review.service.js';
import { submitSubmission } from '../submissions/submit.service.js';
import { uploadSubmission } from '../submissions/upload.service.js';
import { actorByUsername } from './actors.js';

/**
 * Demo submissions, uploaded through the real workflow. Some are published (so the public page has
 * data from the first start), some wait for review (so a newcomer can approve and publish them).
 */
const DEMO_FILES = [
  { file: 'a-executive-pay.csv', dataset: 'EXECUTIVE_PAY', owner: 'muni', filer: 'ent-a', publish: true },
  { file: 'b-executive-pay.csv', dataset: 'EXECUTIVE_PAY', owner: 'muni', filer: 'ent-b', publish: true },
  {
    file: 'a-performance-reviews.csv',
    dataset: 'PERFORMANCE_REVIEWS',
    owner: 'muni',
    filer: 'ent-a',
    publish: true,
  },
  { file: 'd-service-info.csv', dataset: 'SERVICE_INFO', owner: 'jd', filer: 'ent-d', publish: true },
  // Two recruitment notices of enterprise a and the result publicity of one of them.
  { file: 'a-recruitment.csv', dataset: 'RECRUITMENT', owner: 'muni', filer: 'ent-a', publish: true },
  {
    file: 'a-property-transactions.csv',
    dataset: 'PROPERTY_TRANSACTIONS',
    owner: 'muni',
    filer: 'ent-a',
    publish: false,
  },
  { file: 'b-service-info.csv', dataset: 'SERVICE_INFO', owner: 'muni', filer: 'ent-b', publish: false },
  {
    file: 'd-performance-reviews.csv',
    dataset: 'PERFORMANCE_REVIEWS',
    owner: 'jd',
    filer: 'ent-d',
    publish: false,
  },
] as const;

/**
 * Idempotent: uploads are keyed by content, and each step runs only from the state before it.
 * `stop` ends the loading between two files (a server shutting down while it loads the demo).
 */
export async function seedDemoSubmissions(db: Database, stop?: AbortSignal): Promise<void> {
  for (const demo of DEMO_FILES) {
    if (stop?.aborted) return;
    const filer = await actorByUsername(db, demo.filer);
    const bytes = readFileSync(new URL(`./files/${demo.file}`, import.meta.url));
    const { submissionId: id } = await uploadSubmission(
      db,
      filer,
      { dataset: demo.dataset, filename: demo.file, bytes },
      { maxBytes: 10_000_000 },
    );
    const status = async () => (await db.prisma.submission.findUniqueOrThrow({ where: { id } })).status;
    if ((await status()) === 'VALIDATED') await submitSubmission(db, filer, { id });
    if (!demo.publish) continue;
    if ((await status()) === 'PENDING_REVIEW') {
      await reviewSubmission(db, await actorByUsername(db, `${demo.owner}-reviewer`), {
        id,
        decision: 'APPROVE',
      });
    }
    if ((await status()) === 'APPROVED')
      await publishSubmission(db, await actorByUsername(db, `${demo.owner}-approver`), id);
  }
}
