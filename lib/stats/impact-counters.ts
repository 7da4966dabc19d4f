import { sql } from 'drizzle-orm';
import { rowsOf } from '@/db/client';
import { withTenant } from '@/db/with-tenant';
import { processCache } from '@/lib/cache/process-cache';

/**
 * The home page's live counters (R1), with their definitions:
 *  - helpers: distinct people with an offer that is open, in progress or resolved (they offer
 *    help or have given it). When responses arrive (R7), people who answered a need join them.
 *  - needsAnswered: needs whose author chose a helper or marked them resolved.
 *  - thisMonth: posts published since the first of the current month, French time.
 * Posts hidden by moderation count nowhere.
 */
export type ImpactCounters = { helpers: number; needsAnswered: number; thisMonth: number };

/** Short enough that a new post shows within a minute on every app server; this one sees it at once. */
const COUNTERS_TTL_MS = 30_000;
const cache = processCache<ImpactCounters>('impact-counters', COUNTERS_TTL_MS);

export function getImpactCounters(tenantId: string): Promise<ImpactCounters> {
  return cache.get(tenantId, () => computeImpactCounters(tenantId));
}

export function invalidateImpactCounters(tenantId: string) {
  cache.delete(tenantId);
}

export async function computeImpactCounters(tenantId: string): Promise<ImpactCounters> {
  const [row] = await withTenant(tenantId, async (tx) =>
    rowsOf<{ helpers: number; needs_answered: number; this_month: number }>(
      await tx.execute(sql`
        select
          (select count(distinct author_id)::int from posts
             where tenant_id = ${tenantId} and kind = 'offer' and moderation <> 'hidden'
               and status in ('open', 'in_progress', 'resolved')) as helpers,
          (select count(*)::int from posts
             where tenant_id = ${tenantId} and kind = 'need' and moderation <> 'hidden'
               and status in ('in_progress', 'resolved')) as needs_answered,
          (select count(*)::int from posts
             where tenant_id = ${tenantId} and moderation <> 'hidden'
               and created_at >= (date_trunc('month', now() at time zone 'Europe/Paris') at time zone 'Europe/Paris')) as this_month`),
    ),
  );
  return { helpers: Number(row!.helpers), needsAnswered: Number(row!.needs_answered), thisMonth: Number(row!.this_month) };
}
