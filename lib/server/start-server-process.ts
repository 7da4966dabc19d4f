import { closeDatabase } from '@/db/client';
import { stopBoss } from '@/lib/jobs/boss';
import { startWorkers } from '@/lib/jobs/start-workers';
import { log } from '@/lib/log/logger';

/**
 * Registers the job workers (email delivery, outbox sweeper…) and stops them cleanly on
 * SIGTERM, so a deploy never cuts a job in half (X6).
 */
export async function startServerProcess() {
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  try {
    await startWorkers();
    log('info', 'job workers started');
  } catch (error) {
    log('error', 'job workers failed to start', { error });
  }
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log('info', 'shutting down', { signal });
    await stopBoss().catch((error) => log('error', 'job queue stop failed', { error }));
    await closeDatabase().catch(() => {});
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}
