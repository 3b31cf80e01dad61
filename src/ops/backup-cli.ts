// `npm run db:backup -- <file>` / `npm run db:restore -- <file>`: the configured database (PostgreSQL
// with DATABASE_URL, else the embedded one in DATA_DIR). docs/operations.md explains when to run them.
import path from 'node:path';
import { EnvError, env as readEnv } from '../env.js';
import { backupPglite, backupPostgres, restorePglite, restorePostgres } from './backup.js';

async function main() {
  const [command, file] = process.argv.slice(2);
  if ((command !== 'backup' && command !== 'restore') || !file) {
    console.error('usage: npm run db:backup -- <file>   |   npm run db:restore -- <file>');
    process.exit(2);
  }
  const env = readEnv();
  const dataDir = path.resolve(env.DATA_DIR, 'pglite');
  if (command === 'backup') {
    if (env.DATABASE_URL) await backupPostgres(env.DATABASE_URL, file);
    else await backupPglite(dataDir, file);
    console.log(`Backed up the ${env.DATABASE_URL ? 'PostgreSQL' : 'embedded'} database to ${file}.`);
    return;
  }
  if (env.DATABASE_URL) {
    await restorePostgres(file, env.DATABASE_URL);
  } else {
    const { keptAside } = await restorePglite(file, dataDir);
    if (keptAside) console.log(`The previous data directory was kept as ${keptAside}.`);
  }
  console.log(`Restored ${file}. Run \`npm run audit:verify\` to check the audit log.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof EnvError || error instanceof Error ? error.message : error);
  process.exit(1);
});
