import { defineConfig } from 'prisma/config';

// The CLI is used only for `prisma generate`; migrations are plain SQL in prisma/migrations,
// applied by src/db/migrate.ts on both PGlite and PostgreSQL.
export default defineConfig({
  schema: 'prisma/schema.prisma',
});
