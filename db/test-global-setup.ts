import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from './client';
import { migrateDatabase } from './migrate';
import { adminUrlFor, TEMPLATE_DATABASE } from './test-urls';

/**
 * Runs once per engine before the integration tests: builds a migrated template that each
 * test file then clones (a PGlite data-dir snapshot, or a PostgreSQL template database).
 */
export default async function setup(project: TestProject) {
  const engine = project.name === 'db-postgres' ? 'postgres' : 'pglite';
  if (engine === 'pglite') {
    const db = await openDatabase({ kind: 'pglite', dataDir: 'memory://' });
    await migrateDatabase(db);
    const blob = await db.dumpDataDir!();
    await db.close();
    const file = path.resolve('.test-data', `pglite-template-${process.pid}.tar.gz`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, Buffer.from(await blob.arrayBuffer()));
    project.provide('pgliteTemplate', file);
    return;
  }
  const { default: postgres } = await import('postgres');
  const server = postgres(adminUrlFor('postgres'), { max: 1, onnotice: () => {} });
  await server.unsafe(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
  await server.unsafe(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  await server.end();
  const db = await openDatabase({ kind: 'postgres', url: adminUrlFor(TEMPLATE_DATABASE), adminUrl: adminUrlFor(TEMPLATE_DATABASE) });
  await migrateDatabase(db);
  await db.close();
  project.provide('pgliteTemplate', '');
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
  }
}
