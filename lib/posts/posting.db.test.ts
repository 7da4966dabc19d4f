import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { categories } from '@/db/schema/categories';
import { posts } from '@/db/schema/posts';
import { users } from '@/db/schema/users';
import { createTestPost, createTestQuartier, createTestTenant, createTestUser } from '@/db/test-fixtures';
import { setupTestDatabase } from '@/db/test-database';
import { withTenant } from '@/db/with-tenant';
import { AppError } from '@/lib/errors';
import { toLatLng, toMetric } from '@/lib/geo/lambert93';
import { GRID_METRES } from '@/lib/geo/privacy';
import { fr } from '@/lib/i18n/fr';
import { getHomeSummary, setHomeToPoint, setHomeToQuartier } from '@/lib/location/home-location';
import { computeImpactCounters, getImpactCounters } from '@/lib/stats/impact-counters';
import { getPostForViewer } from './get-post';
import { listNearbyPosts } from './list-nearby-posts';
import { deletePost, renewPost, resolvePost } from './post-lifecycle';
import type { PostFields } from './post-input';
import { createPost, updatePost, type PostActor } from './save-post';

setupTestDatabase();

const centre = { lat: 48.9896, lng: 2.1661 };
const near = (dx: number, dy: number) => {
  const c = toMetric(centre);
  return toLatLng({ x: c.x + dx, y: c.y + dy });
};

let a: { tenantId: string };
let b: { tenantId: string };
let author: PostActor;
let neighbour: PostActor;
let homeless: PostActor;
let outsider: PostActor; // a resident of council B
const authorHome = near(321.7, -123.4);

const fields = (over: Partial<PostFields> = {}): PostFields => ({
  kind: 'need',
  categoryKey: 'courses',
  title: 'Courses au marché',
  description: 'Quelques fruits et légumes samedi matin.',
  when: { kind: 'flexible' },
  urgent: false,
  place: { kind: 'home' },
  ...over,
});

async function postRow(tenantId: string, id: string) {
  const [row] = await withTenant(tenantId, (tx) => tx.select().from(posts).where(and(eq(posts.tenantId, tenantId), eq(posts.id, id))));
  return row;
}

async function codeOf(promise: Promise<unknown>) {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

beforeAll(async () => {
  a = await createTestTenant('poste-a', centre);
  b = await createTestTenant('poste-b', centre);
  author = { tenantId: a.tenantId, userId: (await createTestUser(a.tenantId, 'auteur@example.org', { home: toMetric(authorHome) })).id };
  neighbour = { tenantId: a.tenantId, userId: (await createTestUser(a.tenantId, 'voisine@example.org', { home: toMetric(near(-800, 0)) })).id };
  homeless = { tenantId: a.tenantId, userId: (await createTestUser(a.tenantId, 'sans-domicile@example.org')).id };
  outsider = { tenantId: b.tenantId, userId: (await createTestUser(b.tenantId, 'ailleurs@example.org', { home: toMetric(centre) })).id };
});

describe('publishing a post (R4)', () => {
  it('publishes at the author’s home for the council’s number of days, findable by search', async () => {
    const { id } = await withTenant(a.tenantId, (tx) => createPost(tx, author, fields({ title: 'Élagage de la haie', urgent: true }), fr));
    const row = (await postRow(a.tenantId, id))!;
    expect(row).toMatchObject({ authorId: author.userId, kind: 'need', status: 'open', urgency: 'urgent', placeKind: 'home', placeLabel: null });
    expect(row.location.x).toBeCloseTo(toMetric(authorHome).x, 3);
    expect(row.searchText).toContain('elagage de la haie');
    expect(row.expiresAt.getTime() - Date.now()).toBeGreaterThan(29.9 * 86_400_000);
    expect(row.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(30 * 86_400_000);
    const found = await listNearbyPosts(a.tenantId, neighbour.userId, { text: 'ELAGAGE' });
    expect(found.posts.map((p) => p.id)).toEqual([id]);
  });

  it('publishes at another address, which stays private to the author', async () => {
    const parent = near(1500, 1500);
    const { id } = await withTenant(a.tenantId, (tx) =>
      createPost(tx, author, fields({ title: 'Courses pour ma mère', place: { kind: 'address', address: { label: '7 rue des Lilas', ...parent } } }), fr),
    );
    const row = (await postRow(a.tenantId, id))!;
    expect(row).toMatchObject({ placeKind: 'address', placeLabel: '7 rue des Lilas' });
    expect(row.location.x).toBeCloseTo(toMetric(parent).x, 3);

    const seen = await getPostForViewer(a.tenantId, neighbour.userId, id);
    expect(seen?.own).toBeNull();
    const json = JSON.stringify(seen);
    expect(json).not.toContain('Lilas');
    expect(json).not.toContain(author.userId);
    expect(json).not.toContain(parent.lat.toFixed(4));
    expect(json).not.toContain(String(Math.round(row.location.x)));
    expect(seen!.post.distanceBand).toBe('lt5km');
    const cell = toMetric(seen!.post.approximate);
    expect(Math.abs(cell.x - row.location.x)).toBeLessThanOrEqual(GRID_METRES / 2 + 1);

    const mine = await getPostForViewer(a.tenantId, author.userId, id);
    expect(mine?.own).toMatchObject({ placeKind: 'address', placeLabel: '7 rue des Lilas', canEdit: true, canRenew: true });
  });

  it('asks for a home first when "chez moi" is chosen without one', async () => {
    const error = await withTenant(a.tenantId, (tx) => createPost(tx, homeless, fields(), fr)).catch((e) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error.fieldErrors).toEqual({ place: fr.postForm.placeHomeMissing });
  });

  it('refuses an address outside the council, a disabled or unknown category, and writes nothing', async () => {
    const before = (await listNearbyPosts(a.tenantId, null, { radiusKm: 100 })).posts.length;
    const lyon = await withTenant(a.tenantId, (tx) =>
      createPost(tx, author, fields({ place: { kind: 'address', address: { label: 'Lyon', lat: 45.767, lng: 4.834 } } }), fr),
    ).catch((e) => e);
    expect(lyon.fieldErrors.address).toContain('en dehors de');
    await withTenant(a.tenantId, (tx) => tx.update(categories).set({ status: 'disabled' }).where(and(eq(categories.tenantId, a.tenantId), eq(categories.key, 'jardinage'))));
    const disabled = await withTenant(a.tenantId, (tx) => createPost(tx, author, fields({ categoryKey: 'jardinage' }), fr)).catch((e) => e);
    expect(disabled.fieldErrors).toEqual({ category: fr.postForm.categoryInvalid });
    const unknown = await withTenant(a.tenantId, (tx) => createPost(tx, author, fields({ categoryKey: 'inconnue' }), fr)).catch((e) => e);
    expect(unknown.fieldErrors).toEqual({ category: fr.postForm.categoryInvalid });
    expect((await listNearbyPosts(a.tenantId, null, { radiusKm: 100 })).posts.length).toBe(before);
  });
});

describe('changing a post: only its author, only in its council (R4, X1)', () => {
  let id: string;
  beforeAll(async () => {
    id = (await withTenant(a.tenantId, (tx) => createPost(tx, author, fields({ title: 'Promener le chien' }), fr))).id;
  });

  it('lets the author edit it, and keeps an unchanged address', async () => {
    const elsewhere = await withTenant(a.tenantId, (tx) =>
      createPost(tx, author, fields({ place: { kind: 'address', address: { label: '3 rue Haute', ...near(200, 900) } } }), fr),
    );
    const before = (await postRow(a.tenantId, elsewhere.id))!;
    await withTenant(a.tenantId, (tx) =>
      updatePost(tx, author, elsewhere.id, { ...fields({ title: 'Courses, nouvelle version' }), place: { kind: 'keep-address' } }, fr),
    );
    const after = (await postRow(a.tenantId, elsewhere.id))!;
    expect(after).toMatchObject({ title: 'Courses, nouvelle version', placeKind: 'address', placeLabel: '3 rue Haute' });
    expect(after.location).toEqual(before.location);
    expect(after.searchText).toContain('nouvelle version');
  });

  it('gives everyone else “not found” and changes nothing: a neighbour, or anyone from another council with its id', async () => {
    const tries = [
      () => withTenant(a.tenantId, (tx) => updatePost(tx, neighbour, id, fields({ title: 'Piraté par la voisine' }), fr)),
      () => withTenant(a.tenantId, (tx) => resolvePost(tx, neighbour, id)),
      () => withTenant(a.tenantId, (tx) => renewPost(tx, neighbour, id, fr)),
      () => withTenant(a.tenantId, (tx) => deletePost(tx, neighbour, id)),
      () => withTenant(b.tenantId, (tx) => updatePost(tx, outsider, id, fields({ title: 'Piraté depuis B' }), fr)),
      () => withTenant(b.tenantId, (tx) => resolvePost(tx, outsider, id)),
      () => withTenant(b.tenantId, (tx) => deletePost(tx, outsider, id)),
      // Even claiming to be the author, from council B's transaction: RLS hides the row.
      () => withTenant(b.tenantId, (tx) => deletePost(tx, { tenantId: b.tenantId, userId: author.userId }, id)),
    ];
    // One after the other (started together they would race on a real server's pool).
    for (const attempt of tries) expect(await codeOf(attempt())).toBe('not_found');
    expect(await postRow(a.tenantId, id)).toMatchObject({ title: 'Promener le chien', status: 'open' });
    expect(await getPostForViewer(b.tenantId, outsider.userId, id)).toBeNull();
  });

  it('resolves: out of search, counted as answered, no longer editable', async () => {
    const before = await computeImpactCounters(a.tenantId);
    await withTenant(a.tenantId, (tx) => resolvePost(tx, author, id));
    expect(await postRow(a.tenantId, id)).toMatchObject({ status: 'resolved' });
    expect((await postRow(a.tenantId, id))!.resolvedAt).toBeInstanceOf(Date);
    expect((await listNearbyPosts(a.tenantId, null, { radiusKm: 100 })).posts.map((p) => p.id)).not.toContain(id);
    expect((await computeImpactCounters(a.tenantId)).needsAnswered).toBe(before.needsAnswered + 1);
    expect(await codeOf(withTenant(a.tenantId, (tx) => updatePost(tx, author, id, fields(), fr)))).toBe('validation');
    expect(await codeOf(withTenant(a.tenantId, (tx) => renewPost(tx, author, id, fr)))).toBe('validation');
  });

  it('renews an expired post for another full period', async () => {
    const old = await createTestPost(a.tenantId, author.userId, { status: 'expired', expiresAt: new Date(Date.now() - 86_400_000) });
    await withTenant(a.tenantId, (tx) => renewPost(tx, author, old.id, fr));
    const row = (await postRow(a.tenantId, old.id))!;
    expect(row.status).toBe('open');
    expect(row.expiresAt.getTime()).toBeGreaterThan(Date.now() + 29 * 86_400_000);
  });

  it('deletes for good', async () => {
    const gone = await withTenant(a.tenantId, (tx) => createPost(tx, author, fields({ title: 'À supprimer vite' }), fr));
    await withTenant(a.tenantId, (tx) => deletePost(tx, author, gone.id));
    expect(await postRow(a.tenantId, gone.id)).toBeUndefined();
  });

  it('hides a post held by moderation from everyone but its author', async () => {
    const held = await createTestPost(a.tenantId, author.userId, { moderation: 'pending' });
    expect(await getPostForViewer(a.tenantId, neighbour.userId, held.id)).toBeNull();
    expect(await getPostForViewer(a.tenantId, null, held.id)).toBeNull();
    expect((await getPostForViewer(a.tenantId, author.userId, held.id))?.own?.moderation).toBe('pending');
  });
});

describe('home location (R3)', () => {
  it('sets the home to a quartier’s centre, and only to this council’s quartiers', async () => {
    const q = await createTestQuartier(a.tenantId, 'Les Tilleuls', near(1000, 0));
    const foreign = await createTestQuartier(b.tenantId, 'Quartier de B', centre);
    await withTenant(a.tenantId, (tx) => setHomeToQuartier(tx, homeless, q.id, fr));
    expect(await getHomeSummary(a.tenantId, homeless.userId)).toEqual({ kind: 'quartier', quartierId: q.id, name: 'Les Tilleuls' });
    const error = await withTenant(a.tenantId, (tx) => setHomeToQuartier(tx, homeless, foreign.id, fr)).catch((e) => e);
    expect(error.fieldErrors).toEqual({ quartier: fr.location.quartierInvalid });
    expect(await getHomeSummary(a.tenantId, homeless.userId)).toMatchObject({ name: 'Les Tilleuls' });
  });

  it('sets it to a point in the council, refuses one elsewhere, and moves posts placed at home', async () => {
    const mover: PostActor = { tenantId: a.tenantId, userId: (await createTestUser(a.tenantId, 'demenage@example.org', { home: toMetric(centre) })).id };
    const atHome = await withTenant(a.tenantId, (tx) => createPost(tx, mover, fields({ title: 'Chez moi' }), fr));
    const forParent = await withTenant(a.tenantId, (tx) =>
      createPost(tx, mover, fields({ title: 'Chez ma mère', place: { kind: 'address', address: { label: 'Mère', ...near(-500, 0) } } }), fr),
    );
    const parentBefore = (await postRow(a.tenantId, forParent.id))!.location;
    const newHome = near(2000, 1000);
    await withTenant(a.tenantId, (tx) => setHomeToPoint(tx, mover, newHome, fr));
    const [me] = await withTenant(a.tenantId, (tx) => tx.select().from(users).where(eq(users.id, mover.userId)));
    expect(me!.home!.x).toBeCloseTo(toMetric(newHome).x, 3);
    expect(me!.homeQuartierId).toBeNull();
    expect((await postRow(a.tenantId, atHome.id))!.location.x).toBeCloseTo(toMetric(newHome).x, 3);
    expect((await postRow(a.tenantId, forParent.id))!.location).toEqual(parentBefore);

    const paris = await withTenant(a.tenantId, (tx) => setHomeToPoint(tx, mover, { lat: 48.8566, lng: 2.3522 }, fr)).catch((e) => e);
    expect(paris.fieldErrors.point).toContain('en dehors de');
    const [still] = await withTenant(a.tenantId, (tx) => tx.select().from(users).where(eq(users.id, mover.userId)));
    expect(still!.home!.x).toBeCloseTo(toMetric(newHome).x, 3);
  });
});

describe('impact counters (R1)', () => {
  it('counts distinct helpers, answered needs and this month’s posts, per council', async () => {
    const t = await createTestTenant('compteurs', centre);
    const u1 = await createTestUser(t.tenantId, 'u1@example.org');
    const u2 = await createTestUser(t.tenantId, 'u2@example.org');
    await createTestPost(t.tenantId, u1.id, { kind: 'offer' });
    await createTestPost(t.tenantId, u1.id, { kind: 'offer', status: 'resolved' });
    await createTestPost(t.tenantId, u2.id, { kind: 'offer', status: 'expired' });
    await createTestPost(t.tenantId, u2.id, { kind: 'offer', moderation: 'hidden' });
    await createTestPost(t.tenantId, u2.id, { kind: 'need', status: 'resolved' });
    await createTestPost(t.tenantId, u2.id, { kind: 'need', status: 'in_progress' });
    await createTestPost(t.tenantId, u2.id, { kind: 'need', createdAt: new Date(Date.now() - 62 * 86_400_000) });
    expect(await computeImpactCounters(t.tenantId)).toEqual({ helpers: 1, needsAnswered: 2, thisMonth: 5 });
  });

  it('are cached, and a change made through the app shows at once', async () => {
    const t = await createTestTenant('compteurs-cache', centre);
    const helper: PostActor = { tenantId: t.tenantId, userId: (await createTestUser(t.tenantId, 'aide@example.org', { home: toMetric(centre) })).id };
    expect(await getImpactCounters(t.tenantId)).toEqual({ helpers: 0, needsAnswered: 0, thisMonth: 0 });
    // Written behind the app's back: the cache still answers (for up to 30 s).
    await createTestPost(t.tenantId, helper.userId, { kind: 'offer' });
    expect(await getImpactCounters(t.tenantId)).toEqual({ helpers: 0, needsAnswered: 0, thisMonth: 0 });
    // Through the app: the cache is dropped once the transaction commits.
    await withTenant(t.tenantId, (tx) => createPost(tx, helper, fields({ kind: 'offer', title: 'Je tonds les pelouses' }), fr));
    expect(await getImpactCounters(t.tenantId)).toEqual({ helpers: 1, needsAnswered: 0, thisMonth: 2 });
  });
});
