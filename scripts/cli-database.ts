/**
 * What the command-line tools share: the database migrated before use, and closed (with the job
 * queue, which an outbox email may have started) before the process exits. On the embedded
 * database, stop `npm run dev` first: PGlite is one process's files.
 */
import { closeDatabase, getDatabase } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { usesEmbeddedDatabase } from '@/lib/env';
import { stopBoss } from '@/lib/jobs/boss';

/** A mistake in the command itself: explained, without the hint about the embedded database. */
export class CliUsageError extends Error {}

export async function withCliDatabase(run: () => Promise<void>) {
  let code = 0;
  try {
    await migrateDatabase(await getDatabase());
    await run();
  } catch (error) {
    code = 1;
    console.error(`\nErreur : ${(error as Error).message}`);
    if (!(error instanceof CliUsageError) && usesEmbeddedDatabase()) console.error('(Base embarquée : arrêtez `npm run dev` ou `npm start` avant de lancer cette commande.)');
  } finally {
    await stopBoss().catch(() => {});
    await closeDatabase().catch(() => {});
  }
  process.exit(code);
}
