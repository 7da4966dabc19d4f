import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Database } from './client';

export const MIGRATIONS_FOLDER = path.join(process.cwd(), 'db', 'migrations');

/**
 * Applies the drizzle-kit migrations on the admin connection, then re-secures every tenant
 * table (ENABLE + FORCE RLS, policy, grants), so no table with a tenant_id escapes protection.
 */
export async function migrateDatabase(db: Database) {
  if (db.kind === 'pglite') {
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    await migrate(db.admin as never, { migrationsFolder: MIGRATIONS_FOLDER });
  } else {
    const { migrate } = await import('drizzle-orm/postgres-js/migrator');
    await migrate(db.admin as never, { migrationsFolder: MIGRATIONS_FOLDER });
  }
  await db.admin.execute(sql`select app_secure_tenant_tables()`);
}
