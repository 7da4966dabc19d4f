import path from 'node:path';
import { defineConfig } from 'vitest/config';

// `server-only` throws outside React Server Components; tests import server modules directly.
const alias = {
  '@': path.resolve(import.meta.dirname),
  'server-only': path.resolve(import.meta.dirname, 'node_modules/server-only/empty.js'),
};
const dbTests = ['**/*.db.test.ts', '**/*.db.test.tsx'];
const exclude = ['node_modules/**', '.next/**', 'e2e/**', '.data/**', '.test-data/**'];

// Integration tests (`*.db.test.ts`) run once per database engine: always on PGlite, and on
// PostgreSQL when TEST_DATABASE_URL is set (scripts/test.ts sets it up when the server exists).
const engines = ['pglite', ...(process.env.TEST_DATABASE_URL ? ['postgres'] : [])];

// tsconfig keeps JSX for Next; tests compile it with React's automatic runtime.
const esbuild = { jsx: 'automatic' as const };

export default defineConfig({
  resolve: { alias },
  esbuild,
  test: {
    projects: [
      {
        resolve: { alias },
        esbuild,
        test: { name: 'unit', include: ['**/*.test.ts', '**/*.test.tsx'], exclude: [...exclude, ...dbTests] },
      },
      ...engines.map((engine) => ({
        resolve: { alias },
        esbuild,
        test: {
          name: `db-${engine}`,
          include: dbTests,
          exclude,
          env: { TEST_DB_ENGINE: engine },
          globalSetup: ['./db/test-global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      })),
    ],
  },
});
