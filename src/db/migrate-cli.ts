// `npm run db:migrate`: applies pending migrations to the configured database and exits.
import { env } from '../env.js';
import { connectDatabase } from './connect.js';

const db = await connectDatabase(env());
const version = await db.sql.query<{ version: number }>(
  'SELECT max(version) AS version FROM schema_migration',
);
console.log(`Database (${db.kind}) is at migration ${version.rows[0]?.version ?? 0}.`);
await db.close();
