// Child process for kill-during-import.test.ts: imports a large file into the database given in
// SUNSHINE_KILL_TEST_URL, so the test can kill -9 it in the middle of the transaction.
import { APP_ROLE, openPostgres } from '../../src/db/postgres.js';
import { uploadSubmission } from '../../src/submissions/upload.service.js';
import { ENTERPRISE_A, executivePayCsv } from '../support/files.js';
import { actorOf } from '../support/scenario.js';

const db = openPostgres(process.env.SUNSHINE_KILL_TEST_URL ?? '', { role: APP_ROLE });
const rows = Array.from({ length: Number(process.env.SUNSHINE_KILL_TEST_ROWS ?? 100_000) }, (_, i) => ({
  name: `员工${i}`,
}));
const bytes = new TextEncoder().encode(executivePayCsv(ENTERPRISE_A, rows));
const actor = await actorOf(db, 'ent-a');
process.stdout.write('importing\n');
await uploadSubmission(
  db,
  actor,
  { dataset: 'EXECUTIVE_PAY', filename: 'big.csv', bytes },
  { maxBytes: 1e9 },
);
process.stdout.write('committed\n');
await db.close();
