import type { DatasetDefinition } from '../../schema/core/dataset.js';
import type { SqlClient } from '../db/database.js';
import { DomainError } from '../errors.js';
import { type DuplicateScope, findCurrentDuplicates } from '../submissions/current-duplicates.js';

/**
 * The upload check sees only what was published then: two new files with the same record may both
 * be in review, and the first one published makes the other a duplicate. Publishing it is refused
 * (the reviewer returns it; the enterprise files a correction instead), so a record is never
 * current twice. Runs inside the publishing transaction, after the submission is locked.
 */
export async function refuseCurrentDuplicates(
  tx: SqlClient,
  def: DatasetDefinition,
  scope: DuplicateScope,
): Promise<void> {
  const hits = await findCurrentDuplicates(tx, def, scope);
  const first = hits[0];
  if (!first) return;
  const rows = hits.map((h) => h.rowNumber).join('、');
  throw new DomainError(
    'INVALID_TRANSITION',
    {
      zh: `第${rows}行的记录已由查询码为${first.receiptCode}的报送公开且仍为现行记录，不能再次公开：请退回，由企业对该报送提交更正`,
      en: `Row(s) ${hits.map((h) => h.rowNumber).join(', ')} repeat records already published by submission ${first.submissionId} (receipt ${first.receiptCode}) and still current; return it so the enterprise files a correction instead`,
    },
    { rows: hits.map((h) => h.rowNumber), submissionId: first.submissionId, receiptCode: first.receiptCode },
  );
}
