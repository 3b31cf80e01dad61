// Runs `prisma generate` at install time on machines that cannot download Prisma's engines.
// Generation does not use the schema engine, but the CLI checks that its binary exists, so we
// point it at any existing file (this script) unless the caller already set one.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(import.meta.url);
env.PRISMA_HIDE_UPDATE_MESSAGE = '1';
const result = spawnSync('npx', ['prisma', 'generate'], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
