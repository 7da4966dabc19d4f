import PgBoss from 'pg-boss';
import { getDatabase, transactionScope } from '@/db/client';

/** Every queue the app uses, with its retry policy. */
export const QUEUES = {
  'email.send': { policy: 'short', retryLimit: 10, retryDelay: 5, retryBackoff: true, expireInSeconds: 120 },
  'email.sweep': { policy: 'singleton', retryLimit: 0 },
  'matching.notify': { policy: 'short', retryLimit: 5, retryDelay: 30, retryBackoff: true },
  'message.unread-check': { policy: 'standard', retryLimit: 3, retryDelay: 60 },
  'notifications.digest': { policy: 'singleton', retryLimit: 2, retryDelay: 300 },
  'retention.purge': { policy: 'singleton', retryLimit: 2, retryDelay: 600 },
  'posts.expiry-scan': { policy: 'singleton', retryLimit: 0 },
  'posts.expiry-reminder': { policy: 'short', retryLimit: 8, retryDelay: 30, retryBackoff: true, expireInSeconds: 120 },
  'posts.expire': { policy: 'short', retryLimit: 8, retryDelay: 30, retryBackoff: true, expireInSeconds: 120 },
  'announcements.email': { policy: 'short', retryLimit: 8, retryDelay: 30, retryBackoff: true, expireInSeconds: 300 },
  'operator-email.send': { policy: 'short', retryLimit: 10, retryDelay: 5, retryBackoff: true, expireInSeconds: 120 },
} satisfies Record<string, Omit<PgBoss.Queue, 'name'>>;

export type QueueName = keyof typeof QUEUES;

const GLOBAL_KEY = Symbol.for('coupdemain.boss');
type GlobalWithBoss = typeof globalThis & { [GLOBAL_KEY]?: Promise<PgBoss> };

/**
 * The process's pg-boss, on the same database as the app (PGlite or PostgreSQL): jobs are rows,
 * so they survive a restart and are retried. Started outside any transaction's async scope, or
 * its polling timers would inherit it.
 */
export function getBoss(): Promise<PgBoss> {
  const g = globalThis as GlobalWithBoss;
  g[GLOBAL_KEY] ??= transactionScope
    .exit(async () => {
      const db = await getDatabase();
      const boss = new PgBoss({
        db: db.bossDb,
        schedule: true,
        supervise: true,
        // PGlite is in-process: poll often, it costs a function call, not a round trip.
        ...(db.kind === 'pglite' ? { monitorStateIntervalSeconds: 60 } : {}),
      });
      boss.on('error', (error) => console.error('[jobs] pg-boss error', error));
      await boss.start();
      for (const [name, options] of Object.entries(QUEUES)) {
        const existing = await boss.getQueue(name);
        if (!existing) await boss.createQueue(name, { name, ...options });
      }
      return boss;
    })
    .catch((error) => {
      delete g[GLOBAL_KEY];
      throw error;
    });
  return g[GLOBAL_KEY];
}

export async function stopBoss() {
  const g = globalThis as GlobalWithBoss;
  const current = g[GLOBAL_KEY];
  delete g[GLOBAL_KEY];
  if (current) await (await current).stop({ graceful: true, wait: true, timeout: 10_000 });
}

export async function sendJob<T extends object>(name: QueueName, data: T, options: PgBoss.SendOptions = {}) {
  const boss = await getBoss();
  return boss.send(name, data, options);
}
