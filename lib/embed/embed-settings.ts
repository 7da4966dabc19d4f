import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { embedSettings } from '@/db/schema/embed-settings';
import { afterCommit, withTenant } from '@/db/with-tenant';
import { processCache } from '@/lib/cache/process-cache';

/** Read by middleware on every request to the embed route: a few seconds' cache per server. */
const EMBED_TTL_MS = 3_000;
const cache = processCache<string[]>('embed-hosts', EMBED_TTL_MS);

export async function readEmbedHosts(tx: Tx, tenantId: string): Promise<string[]> {
  const [row] = await tx.select({ hosts: embedSettings.allowedHosts }).from(embedSettings).where(eq(embedSettings.tenantId, tenantId));
  return row?.hosts ?? [];
}

/** The hosts allowed to frame this council's embed page, under its RLS. */
export function getEmbedHosts(tenantId: string): Promise<string[]> {
  return cache.get(tenantId, () => withTenant(tenantId, (tx) => readEmbedHosts(tx, tenantId)));
}

/** Replaces the list (already validated by parseEmbedHosts); takes effect on this server at once. */
export async function saveEmbedHosts(tx: Tx, tenantId: string, hosts: string[], userId: string) {
  await tx
    .insert(embedSettings)
    .values({ tenantId, allowedHosts: hosts, updatedBy: userId })
    .onConflictDoUpdate({ target: embedSettings.tenantId, set: { allowedHosts: hosts, updatedBy: userId, updatedAt: new Date() } });
  afterCommit(tx, () => cache.delete(tenantId));
}
