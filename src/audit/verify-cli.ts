// `npm run audit:verify`: checks the audit log's hash chain and names the first broken entry.
import { connectDatabase } from '../db/connect.js';
import { env } from '../env.js';
import { verifyAuditChain } from './verify.js';

const db = await connectDatabase(env());
const result = await verifyAuditChain(db);
await db.close();
if (result.ok) {
  console.log(`Audit log intact: ${result.entries} entries verified.`);
} else {
  console.error(
    `Audit log BROKEN at entry ${result.brokenAt}: ${result.reason} (${result.entries} entries before it verified).`,
  );
  process.exit(1);
}
