// `npm run seed:demo`: loads the demo organisations and accounts into the configured database.
import { connectDatabase } from '../db/connect.js';
import { env } from '../env.js';
import { seedDemoObligations } from './demo-obligations.js';
import { seedDemoSubmissions } from './demo-submissions.js';
import { printDemoAccounts } from './print.js';
import { seedDemo } from './seed.js';

const db = await connectDatabase(env());
await seedDemo(db);
await seedDemoSubmissions(db);
await seedDemoObligations(db);
console.log(`Demo data loaded into the ${db.kind} database.`);
printDemoAccounts();
await db.close();
