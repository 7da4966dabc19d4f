import { defineConfig } from 'drizzle-kit';

// Only `generate` is used: migrations are applied by db/migrate.ts on both PGlite and PostgreSQL.
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema',
  out: './db/migrations',
  casing: 'snake_case',
});
