/**
 * Runs before `npm run dev` and `npm start`: applies migrations, and on the embedded database
 * imports the demo councils the first time, so the app works with no configuration at all.
 */
import { count } from 'drizzle-orm';
import { tenants } from '@/db/schema/tenants';
import { getEnv, usesEmbeddedDatabase } from '@/lib/env';
import { closeDatabase, getDatabase } from './client';
import { migrateDatabase } from './migrate';
import { seedDemoCouncils } from './seed';

async function main() {
  const env = getEnv();
  const started = Date.now();
  const db = await getDatabase();
  await migrateDatabase(db);
  const [row] = await db.admin.select({ n: count() }).from(tenants);
  const shouldSeed = (row?.n ?? 0) === 0 && (usesEmbeddedDatabase(env) || env.SEED_DEMO === true);
  if (shouldSeed) await seedDemoCouncils(undefined, (line) => console.log(`  ${line}`));
  await closeDatabase();
  const where = usesEmbeddedDatabase(env) ? `PGlite (${env.PGLITE_DATA_DIR})` : 'PostgreSQL';
  console.log(`Base de données prête — ${where}, ${Date.now() - started} ms${shouldSeed ? ', communes de démonstration importées' : ''}.`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
