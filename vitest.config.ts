import path from 'node:path';
import { defineConfig } from 'vitest/config';

const alias = { '@': path.resolve(import.meta.dirname) };
const dbTests = ['**/*.db.test.ts', '**/*.db.test.tsx'];
const exclude = ['node_modules/**', '.next/**', 'e2e/**', '.data/**', '.test-data/**'];

// Integration tests (`*.db.test.ts`) run once per database engine: always on PGlite, and on
// PostgreSQL when TEST_DATABASE_URL is set (scripts/test.ts sets it up when the server exists).
const engines = ['pglite', ...(process.env.TEST_DATABASE_URL ? ['postgres'] : [])];

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: 'unit', include: ['**/*.test.ts', '**/*.test.tsx'], exclude: [...exclude, ...dbTests] },
      },
      ...engines.map((engine) => ({
        resolve: { alias },
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
