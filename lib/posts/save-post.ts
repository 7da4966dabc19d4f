import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { categories } from '@/db/schema/categories';
import { councils } from '@/db/schema/councils';
import { posts } from '@/db/schema/posts';
import { users } from '@/db/schema/users';
import { afterCommit } from '@/db/with-tenant';
import { AppError } from '@/lib/errors';
import { isWithinCouncilArea } from '@/lib/geo/council-area';
import { toMetric, type Metric } from '@/lib/geo/lambert93';
import type { Messages } from '@/lib/i18n/fr';
import { format } from '@/lib/i18n/messages';
import { getModerationPolicy, moderationForNewText } from '@/lib/moderation/moderation-policy';
import { invalidateImpactCounters } from '@/lib/stats/impact-counters';
import type { PostFields, PostPlace } from './post-input';
import { postSearchText } from './search-text';

export type PostActor = { tenantId: string; userId: string };

export const DAY_MS = 86_400_000;

export async function getCouncilSettings(tx: Tx, tenantId: string) {
  const [council] = await tx
    .select({
      name: councils.name,
      postExpiryDays: councils.postExpiryDays,
      centreLat: councils.centreLat,
      centreLng: councils.centreLng,
      defaultRadiusKm: councils.defaultRadiusKm,
      boundary: councils.boundary,
    })
    .from(councils)
    .where(eq(councils.tenantId, tenantId));
  if (!council) throw new AppError('not_found', `no council profile for ${tenantId}`);
  return council;
}

async function enabledCategoryId(tx: Tx, tenantId: string, key: string, m: Messages) {
  const [row] = await tx
    .select({ id: categories.id })
    .from(categories)
    .where(and(eq(categories.tenantId, tenantId), eq(categories.key, key), eq(categories.status, 'enabled')));
  if (!row) throw new AppError('validation', `unknown category ${key}`, { category: m.postForm.categoryInvalid });
  return row.id;
}

/**
 * Where the post is: the author's home (copied, so the post follows a later move only through
 * setHomeLocation), or the address chosen from the geocoder, which must be in the council's area.
 */
async function resolvePlace(tx: Tx, actor: PostActor, place: PostPlace, m: Messages) {
  const council = await getCouncilSettings(tx, actor.tenantId);
  if (place.kind === 'home') {
    const [me] = await tx.select({ home: users.home }).from(users).where(and(eq(users.tenantId, actor.tenantId), eq(users.id, actor.userId)));
    if (!me?.home) throw new AppError('validation', 'no home set', { place: m.postForm.placeHomeMissing });
    return { council, location: me.home as Metric, placeKind: 'home' as const, placeLabel: null };
  }
  const location = toMetric(place.address);
  if (!isWithinCouncilArea(location, council)) {
    throw new AppError('validation', 'address outside the council', { address: format(m.location.outsideArea, { council: council.name }) });
  }
  return { council, location, placeKind: 'address' as const, placeLabel: place.address.label };
}

function columnsOf(fields: PostFields<unknown>) {
  return {
    kind: fields.kind,
    title: fields.title,
    description: fields.description,
    urgency: fields.urgent ? ('urgent' as const) : ('normal' as const),
    whenKind: fields.when.kind,
    whenDate: fields.when.kind === 'date' ? fields.when.date : null,
    whenWeekdays: fields.when.kind === 'weekly' ? [...fields.when.weekdays] : null,
    searchText: postSearchText(fields.title, fields.description),
  };
}

/**
 * Publishes a need or an offer for the author, open for the council's number of days. Under
 * pre-moderation, or when it contains a banned word, it waits for a moderator (A4) as
 * 'pending': only its author sees it until then.
 */
export async function createPost(tx: Tx, actor: PostActor, fields: PostFields, m: Messages): Promise<{ id: string; moderation: 'approved' | 'pending' }> {
  const categoryId = await enabledCategoryId(tx, actor.tenantId, fields.categoryKey, m);
  const place = await resolvePlace(tx, actor, fields.place, m);
  const { moderation } = moderationForNewText(await getModerationPolicy(tx, actor.tenantId), `${fields.title}\n${fields.description}`);
  const [row] = await tx
    .insert(posts)
    .values({
      tenantId: actor.tenantId,
      authorId: actor.userId,
      categoryId,
      ...columnsOf(fields),
      placeKind: place.placeKind,
      placeLabel: place.placeLabel,
      location: place.location,
      moderation,
      expiresAt: new Date(Date.now() + place.council.postExpiryDays * DAY_MS),
    })
    .returning({ id: posts.id, moderation: posts.moderation });
  afterCommit(tx, () => invalidateImpactCounters(actor.tenantId));
  return row as { id: string; moderation: 'approved' | 'pending' };
}

/** The author's own post, locked for the change; not found for anyone else, in any council. */
export async function getOwnPostForUpdate(tx: Tx, actor: PostActor, postId: string) {
  const [post] = await tx
    .select()
    .from(posts)
    .where(and(eq(posts.tenantId, actor.tenantId), eq(posts.id, postId), eq(posts.authorId, actor.userId)))
    .for('update');
  if (!post) throw new AppError('not_found', `post ${postId} is not the author's`);
  return post;
}

/**
 * Changes a post. An edit is moderated like a new post (else a harmless post could be edited
 * into anything): under pre-moderation or with a banned word it waits again; a post hidden by
 * moderation stays hidden. Its address is kept when the author leaves it as it was (the exact point is
 * never sent to the browser, so the form cannot send it back).
 */
export async function updatePost(tx: Tx, actor: PostActor, postId: string, fields: PostFields<PostPlace | { kind: 'keep-address' }>, m: Messages) {
  const post = await getOwnPostForUpdate(tx, actor, postId);
  if (post.status === 'resolved') throw new AppError('validation', 'resolved post', { _: m.post.cannotEditResolved });
  const categoryId = await enabledCategoryId(tx, actor.tenantId, fields.categoryKey, m);
  let placeColumns: { placeKind: 'home' | 'address'; placeLabel: string | null; location: Metric };
  if (fields.place.kind === 'keep-address') {
    if (post.placeKind !== 'address') throw new AppError('validation', 'no address to keep', { address: m.postForm.addressRequired });
    placeColumns = { placeKind: 'address', placeLabel: post.placeLabel, location: post.location };
  } else {
    const place = await resolvePlace(tx, actor, fields.place, m);
    placeColumns = { placeKind: place.placeKind, placeLabel: place.placeLabel, location: place.location };
  }
  const check = moderationForNewText(await getModerationPolicy(tx, actor.tenantId), `${fields.title}\n${fields.description}`);
  const moderation = post.moderation === 'hidden' ? 'hidden' : check.moderation === 'pending' ? 'pending' : post.moderation;
  await tx
    .update(posts)
    .set({ categoryId, ...columnsOf(fields), ...placeColumns, moderation, updatedAt: new Date() })
    .where(and(eq(posts.tenantId, actor.tenantId), eq(posts.id, postId)));
  afterCommit(tx, () => invalidateImpactCounters(actor.tenantId));
  return { id: postId, moderation };
}
