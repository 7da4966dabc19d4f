import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { posts } from '@/db/schema/posts';
import { quartiers } from '@/db/schema/quartiers';
import { users } from '@/db/schema/users';
import { withTenant } from '@/db/with-tenant';
import { AppError } from '@/lib/errors';
import { isWithinCouncilArea } from '@/lib/geo/council-area';
import { toMetric, type LatLng, type Metric } from '@/lib/geo/lambert93';
import { snapToGrid } from '@/lib/geo/privacy';
import { quartierAt } from '@/lib/geo/quartier-at';
import type { Messages } from '@/lib/i18n/fr';
import { format } from '@/lib/i18n/messages';
import { getCouncilSettings, type PostActor } from '@/lib/posts/save-post';
import { listQuartiers } from './list-quartiers';

/**
 * Stores the resident's home (R3) in Lambert-93, server-side only. Posts published "at home"
 * that are still live follow the move, so they stay near their author.
 */
async function storeHome(tx: Tx, actor: PostActor, home: Metric, quartierId: string | null, label: string | null) {
  await tx
    .update(users)
    .set({ home, homeQuartierId: quartierId, homeLabel: label })
    .where(and(eq(users.tenantId, actor.tenantId), eq(users.id, actor.userId)));
  const moved = await tx
    .update(posts)
    .set({ location: home })
    .where(
      and(
        eq(posts.tenantId, actor.tenantId),
        eq(posts.authorId, actor.userId),
        eq(posts.placeKind, 'home'),
        inArray(posts.status, ['open', 'in_progress', 'expired']),
      ),
    )
    .returning({ id: posts.id });
  return { movedPosts: moved.length };
}

/**
 * A point from the address search, or from the map picker: anywhere in the council's area
 * (inside its boundary, or near its centre when it has none), never elsewhere.
 */
export async function setHomeToPoint(tx: Tx, actor: PostActor, point: LatLng & { label?: string }, m: Messages) {
  const council = await getCouncilSettings(tx, actor.tenantId);
  const home = toMetric(point);
  if (!Number.isFinite(home.x) || !Number.isFinite(home.y) || !isWithinCouncilArea(home, council)) {
    throw new AppError('validation', 'home outside the council', { point: format(m.location.outsideArea, { council: council.name }) });
  }
  // The address found is kept (private) so the resident can share it in a conversation (R7).
  return storeHome(tx, actor, home, null, point.label?.slice(0, 300) ?? null);
}

/** A quartier of this council: the home is its centre. */
export async function setHomeToQuartier(tx: Tx, actor: PostActor, quartierId: string, m: Messages) {
  const [q] = await tx
    .select({ id: quartiers.id, lat: quartiers.centreLat, lng: quartiers.centreLng })
    .from(quartiers)
    .where(and(eq(quartiers.tenantId, actor.tenantId), eq(quartiers.id, quartierId)));
  if (!q) throw new AppError('validation', `unknown quartier ${quartierId}`, { quartier: m.location.quartierInvalid });
  return storeHome(tx, actor, toMetric({ lat: q.lat, lng: q.lng }), q.id, null);
}

export type HomeSummary =
  | { kind: 'none' }
  | { kind: 'quartier'; quartierId: string; name: string }
  | { kind: 'point'; area: string | null };

/** What the resident is told about their own home: the quartier, or the sector it falls in. */
export async function getHomeSummary(tenantId: string, userId: string): Promise<HomeSummary> {
  return withTenant(tenantId, async (tx) => {
    const [me] = await tx
      .select({ home: users.home, quartierId: users.homeQuartierId })
      .from(users)
      .where(and(eq(users.tenantId, tenantId), eq(users.id, userId)));
    if (!me?.home) return { kind: 'none' };
    const list = await listQuartiers(tenantId, tx);
    const chosen = me.quartierId ? list.find((q) => q.id === me.quartierId) : undefined;
    if (chosen) return { kind: 'quartier', quartierId: chosen.id, name: chosen.name };
    return { kind: 'point', area: quartierAt(snapToGrid(me.home), list)?.name ?? null };
  });
}
