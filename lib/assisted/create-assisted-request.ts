import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { assistedRequests } from '@/db/schema/assisted-requests';
import { categories } from '@/db/schema/categories';
import { posts } from '@/db/schema/posts';
import { quartiers } from '@/db/schema/quartiers';
import { afterCommit } from '@/db/with-tenant';
import { AppError } from '@/lib/errors';
import { isWithinCouncilArea } from '@/lib/geo/council-area';
import { toMetric, type Metric } from '@/lib/geo/lambert93';
import { GRID_METRES } from '@/lib/geo/privacy';
import type { Messages } from '@/lib/i18n/fr';
import { format } from '@/lib/i18n/messages';
import { scheduleMatching } from '@/lib/matching/notify-matching-helpers';
import { DAY_MS, getCouncilSettings } from '@/lib/posts/save-post';
import { postSearchText } from '@/lib/posts/search-text';
import { invalidateImpactCounters } from '@/lib/stats/impact-counters';
import { checkAssistedInput, type AssistedInput } from './assisted-input';
import { ensureCouncilAccount } from './council-account';

/**
 * The centre of the 500 m cell the address falls in: the post is stored there, not at the
 * door. The exact address lives only in the staff-only table; even the server's own distance
 * computations never see the resident's real position.
 */
export function fuzzedPosition(point: Metric): Metric {
  return {
    x: Math.floor(point.x / GRID_METRES) * GRID_METRES + GRID_METRES / 2,
    y: Math.floor(point.y / GRID_METRES) * GRID_METRES + GRID_METRES / 2,
  };
}

async function placeOf(tx: Tx, tenantId: string, input: AssistedInput, m: Messages) {
  const council = await getCouncilSettings(tx, tenantId);
  if (input.placeMode === 'address') {
    const exact = toMetric(input.chosenAddress!);
    if (!isWithinCouncilArea(exact, council)) {
      throw new AppError('validation', 'address outside the council', { address: format(m.location.outsideArea, { council: council.name }) });
    }
    return { council, location: fuzzedPosition(exact), placeKind: 'address' as const, quartierId: null, source: 'address' as const };
  }
  if (input.placeMode === 'quartier') {
    const [q] = await tx
      .select()
      .from(quartiers)
      .where(and(eq(quartiers.tenantId, tenantId), eq(quartiers.id, input.quartier!)));
    if (!q) throw new AppError('validation', 'unknown quartier', { quartier: m.assisted.quartierInvalid });
    return { council, location: toMetric({ lat: q.centreLat, lng: q.centreLng }), placeKind: 'quartier' as const, quartierId: q.id, source: 'quartier' as const };
  }
  return {
    council,
    location: toMetric({ lat: council.centreLat, lng: council.centreLng }),
    placeKind: 'quartier' as const,
    quartierId: null,
    source: 'quartier' as const,
  };
}

/**
 * A5: publishes the need "via la mairie" (the council's account is its author, at a fuzzed
 * position) and keeps the person's name, phone and address, and how they agreed, in the
 * staff-only table. Matching (R6) is scheduled as for any need.
 */
export async function createAssistedRequest(
  tx: Tx,
  params: { tenantId: string; staffId: string; input: AssistedInput; m: Messages; origin: string },
): Promise<{ id: string; postId: string }> {
  const { tenantId, staffId, input, m } = params;
  checkAssistedInput(input, m);
  const [category] = await tx
    .select({ id: categories.id })
    .from(categories)
    .where(and(eq(categories.tenantId, tenantId), eq(categories.key, input.categoryKey), eq(categories.status, 'enabled')));
  if (!category) throw new AppError('validation', 'unknown category', { category: m.postForm.categoryInvalid });
  const place = await placeOf(tx, tenantId, input, m);
  const authorId = await ensureCouncilAccount(tx, tenantId, place.council.name);

  const [post] = await tx
    .insert(posts)
    .values({
      tenantId,
      authorId,
      kind: 'need',
      categoryId: category.id,
      title: input.title,
      description: input.description,
      urgency: input.urgent ? 'urgent' : 'normal',
      whenKind: input.when.kind,
      whenDate: input.when.kind === 'date' ? input.when.date : null,
      whenWeekdays: input.when.kind === 'weekly' ? [...input.when.weekdays] : null,
      placeKind: place.placeKind,
      placeLabel: null,
      quartierId: place.quartierId,
      location: place.location,
      searchText: postSearchText(input.title, input.description),
      expiresAt: new Date(Date.now() + place.council.postExpiryDays * DAY_MS),
    })
    .returning({ id: posts.id });
  const now = new Date();
  const [request] = await tx
    .insert(assistedRequests)
    .values({
      tenantId,
      postId: post!.id,
      requesterName: input.requesterName,
      requesterPhone: input.requesterPhone,
      requesterAddress: input.addressQuery.trim(),
      placeSource: place.source,
      consentMethod: input.consentMethod,
      consentNote: input.consentNote,
      consentRecordedBy: staffId,
      consentRecordedAt: now,
      recordedBy: staffId,
      staffNote: input.staffNote,
      createdAt: now,
    })
    .returning({ id: assistedRequests.id });
  afterCommit(tx, () => invalidateImpactCounters(tenantId));
  afterCommit(tx, () => scheduleMatching({ tenantId, postId: post!.id, origin: params.origin }));
  return { id: request!.id, postId: post!.id };
}
