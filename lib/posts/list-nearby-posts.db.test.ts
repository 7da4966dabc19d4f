import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { categories } from '@/db/schema/categories';
import { users } from '@/db/schema/users';
import { createTestPost, createTestTenant, createTestUser } from '@/db/test-fixtures';
import { setupTestDatabase } from '@/db/test-database';
import { withTenant } from '@/db/with-tenant';
import { toLatLng, toMetric } from '@/lib/geo/lambert93';
import { listNearbyPosts } from './list-nearby-posts';
import { postSearchText } from './search-text';

setupTestDatabase();

const centre = { lat: 48.9896, lng: 2.1661 };
const at = (dx: number, dy: number) => {
  const c = toMetric(centre);
  return toLatLng({ x: c.x + dx, y: c.y + dy });
};

let t: { tenantId: string };
let other: { tenantId: string };
let authorId: string;
let viewerId: string;

beforeAll(async () => {
  t = await createTestTenant('proche', centre);
  other = await createTestTenant('ailleurs', centre);
  authorId = (await createTestUser(t.tenantId, 'auteur@example.org')).id;
  viewerId = (await createTestUser(t.tenantId, 'voisin@example.org', { home: toMetric(at(3000, 0)) })).id;
  const jardinage = await withTenant(t.tenantId, async (tx) =>
    (await tx.select().from(categories).where(and(eq(categories.tenantId, t.tenantId), eq(categories.key, 'jardinage'))))[0]!,
  );
  const make = (title: string, dx: number, extra: Record<string, unknown> = {}) =>
    createTestPost(t.tenantId, authorId, { title, at: at(dx, 0), searchText: postSearchText(title, ''), ...extra });
  await make('Courses au marché', 100);
  await make('Tondre la pelouse', 800, { categoryId: jardinage.id, kind: 'offer' });
  await make('Ordonnance à la pharmacie', 1500);
  await make('Très loin', 20_000);
  await make('Déjà résolu', 50, { status: 'resolved' });
  await make('Masqué par la modération', 60, { moderation: 'hidden' });
  await make('Élagage des haies', 2500, { categoryId: jardinage.id });
  const stranger = await createTestUser(other.tenantId, 'autre@example.org');
  await createTestPost(other.tenantId, stranger.id, { title: 'Annonce d’une autre commune', at: at(10, 0) });
});

describe('nearby posts (R5)', () => {
  it('lists open, visible posts of this council nearest to the centre first, within the radius', async () => {
    const { posts, from } = await listNearbyPosts(t.tenantId, null, { radiusKm: 10 });
    expect(from).toBe('centre');
    expect(posts.map((p) => p.title)).toEqual(['Courses au marché', 'Tondre la pelouse', 'Ordonnance à la pharmacie', 'Élagage des haies']);
    expect(posts.map((p) => p.distanceBand)).toEqual(['lt500m', 'lt1km', 'lt2km', 'lt5km']);
  });

  it('measures from the viewer’s home when it is set', async () => {
    const { posts, from } = await listNearbyPosts(t.tenantId, viewerId, { radiusKm: 10 });
    expect(from).toBe('home');
    expect(posts[0]!.title).toBe('Élagage des haies');
  });

  it('filters by kind, category, radius and accent-insensitive text', async () => {
    expect((await listNearbyPosts(t.tenantId, null, { kind: 'offer' })).posts.map((p) => p.title)).toEqual(['Tondre la pelouse']);
    expect((await listNearbyPosts(t.tenantId, null, { categoryKey: 'jardinage' })).posts).toHaveLength(2);
    expect((await listNearbyPosts(t.tenantId, null, { radiusKm: 1 })).posts).toHaveLength(2);
    expect((await listNearbyPosts(t.tenantId, null, { text: 'ELAGAGE haies' })).posts.map((p) => p.title)).toEqual(['Élagage des haies']);
    expect((await listNearbyPosts(t.tenantId, null, { text: 'pharmacie', radiusKm: 50 })).posts).toHaveLength(1);
    expect((await listNearbyPosts(t.tenantId, null, { text: '100%_' })).posts).toEqual([]);
  });

  it('paginates', async () => {
    const first = await listNearbyPosts(t.tenantId, null, { limit: 3, radiusKm: 50 });
    const second = await listNearbyPosts(t.tenantId, null, { limit: 3, offset: 3, radiusKm: 50 });
    expect(first.hasMore).toBe(true);
    expect(second.hasMore).toBe(false);
    expect([...first.posts, ...second.posts].map((p) => p.title)).toHaveLength(5);
  });

  it('never returns another council’s posts', async () => {
    const { posts } = await listNearbyPosts(other.tenantId, null, { radiusKm: 100 });
    expect(posts.map((p) => p.title)).toEqual(['Annonce d’une autre commune']);
  });

  it('carries no exact position, address or author id', async () => {
    const { posts } = await listNearbyPosts(t.tenantId, viewerId, { radiusKm: 50 });
    const json = JSON.stringify(posts);
    const [author] = await withTenant(t.tenantId, (tx) => tx.select().from(users).where(eq(users.id, authorId)));
    expect(json).not.toContain(authorId);
    expect(json).not.toContain(author!.email);
    expect(Object.keys(posts[0]!).sort()).not.toContain('location');
    const exact = at(100, 0);
    expect(json).not.toContain(exact.lat.toFixed(5));
    expect(json).not.toContain(exact.lng.toFixed(5));
  });
});
