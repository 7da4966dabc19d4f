import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, inject } from 'vitest';
import { closeDatabase, openDatabase, setDatabase, type Database } from './client';
import { adminUrlFor, appUrlFor, TEMPLATE_DATABASE } from './test-urls';

export function currentTestEngine(): 'pglite' | 'postgres' {
  return process.env.TEST_DB_ENGINE === 'postgres' ? 'postgres' : 'pglite';
}

/** A fresh, migrated database of its own, cloned from the template built in global setup. */
export async function createTestDatabase(): Promise<Database> {
  if (currentTestEngine() === 'pglite') {
    const file = inject('pgliteTemplate');
    return openDatabase({ kind: 'pglite', dataDir: 'memory://', loadDataDir: new Blob([readFileSync(file)]) });
  }
  const name = `coupdemain_test_${randomBytes(6).toString('hex')}`;
  const { default: postgres } = await import('postgres');
  const server = postgres(adminUrlFor('postgres'), { max: 1, onnotice: () => {} });
  await server.unsafe(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`);
  await server.end();
  const db = await openDatabase({ kind: 'postgres', url: appUrlFor(name), adminUrl: adminUrlFor(name) });
  const close = db.close;
  db.close = async () => {
    await close();
    const s = postgres(adminUrlFor('postgres'), { max: 1, onnotice: () => {} });
    await s.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await s.end();
  };
  return db;
}

/** Installs a fresh database as the process database for this test file. */
export function setupTestDatabase(): { readonly db: Database } {
  const holder = {} as { db: Database };
  beforeAll(async () => {
    holder.db = await createTestDatabase();
    setDatabase(holder.db);
  });
  afterAll(async () => {
    await closeDatabase();
  });
  return holder;
}
