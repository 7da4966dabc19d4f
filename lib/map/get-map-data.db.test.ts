import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { categories } from '@/db/schema/categories';
import { councils } from '@/db/schema/councils';
import { quartiers } from '@/db/schema/quartiers';
import { setupTestDatabase } from '@/db/test-database';
import { createTestPost, createTestTenant, createTestUser } from '@/db/test-fixtures';
import { withTenant } from '@/db/with-tenant';
import { toLatLng, toMetric } from '@/lib/geo/lambert93';
import { snapToGrid } from '@/lib/geo/privacy';
import { coveringRadiusKm, getMapData } from './get-map-data';

setupTestDatabase();

const centre = { lat: 48.9896, lng: 2.1661 };
const at = (dx: number, dy: number) => {
  const c = toMetric(centre);
  return toLatLng({ x: c.x + dx, y: c.y + dy });
};
const square = (half: number): GeoJSON.Polygon => {
  const corners = [at(-half, -half), at(half, -half), at(half, half), at(-half, half), at(-half, -half)];
  return { type: 'Polygon', coordinates: [corners.map((p) => [p.lng, p.lat])] };
};

let here: { tenantId: string };
let there: { tenantId: string };
const exact: { lat: number; lng: number }[] = [];

beforeAll(async () => {
  here = await createTestTenant('carte-ici', centre);
  there = await createTestTenant('carte-la', centre);
  const boundary: GeoJSON.Feature = { type: 'Feature', properties: { name: 'Ici' }, geometry: square(6000) };
  await withTenant(here.tenantId, async (tx) => {
    await tx.update(councils).set({ boundary }).where(eq(councils.tenantId, here.tenantId));
    await tx.insert(quartiers).values({ tenantId: here.tenantId, name: 'Le Centre', centreLat: centre.lat, centreLng: centre.lng, polygon: square(800) });
  });
  const author = await createTestUser(here.tenantId, 'auteur@carte.example');
  const jardinage = await withTenant(here.tenantId, async (tx) =>
    (await tx.select().from(categories).where(and(eq(categories.tenantId, here.tenantId), eq(categories.key, 'jardinage'))))[0]!,
  );
  for (const [i, [dx, dy]] of [[123, 77], [910, -340], [-2600, 1450], [5100, 4900]].entries()) {
    const point = at(dx!, dy!);
    exact.push(point);
    await createTestPost(here.tenantId, author.id, {
      title: `Annonce ${i}`,
      description: 'Description privée du détail',
      at: point,
      ...(i === 1 ? { kind: 'offer', categoryId: jardinage.id } : {}),
    });
  }
  await createTestPost(here.tenantId, author.id, { title: 'Résolue', at: at(10, 10), status: 'resolved' });
  const stranger = await createTestUser(there.tenantId, 'autre@carte.example');
  await createTestPost(there.tenantId, stranger.id, { title: 'Annonce de là-bas', at: at(20, 20) });
});

describe('map data (R5, R3, X1)', () => {
  it('draws this council’s boundary and quartiers with its open posts, including its far corners', async () => {
    const data = await getMapData(here.tenantId, null);
    expect(data.boundary?.properties).toEqual({ name: 'Ici' });
    expect(data.quartiers.map((q) => q.name)).toEqual(['Le Centre']);
    expect(data.posts.map((p) => p.title)).toEqual(['Annonce 0', 'Annonce 1', 'Annonce 2', 'Annonce 3']);
    expect(data.truncated).toBe(false);
  });

  it('sends grid positions only: no exact point, description or author', async () => {
    const data = await getMapData(here.tenantId, null);
    for (const [i, post] of data.posts.entries()) {
      expect({ lat: post.lat, lng: post.lng }).toEqual(snapToGrid(toMetric(exact[i]!)));
      expect(Object.keys(post).sort()).toEqual(['categoryLabel', 'distanceBand', 'id', 'kind', 'lat', 'lng', 'title', 'urgent']);
    }
    const json = JSON.stringify(data.posts);
    for (const p of exact) {
      expect(json).not.toContain(p.lat.toFixed(4));
      expect(json).not.toContain(p.lng.toFixed(4));
    }
    expect(json).not.toContain('Description privée');
    expect(json).not.toContain('auteur');
  });

  it('applies the same filters as the search page', async () => {
    expect((await getMapData(here.tenantId, null, { kind: 'offer' })).posts.map((p) => p.title)).toEqual(['Annonce 1']);
    expect((await getMapData(here.tenantId, null, { categoryKey: 'courses' })).posts.map((p) => p.title)).toEqual(['Annonce 0', 'Annonce 2', 'Annonce 3']);
  });

  it('another council gets neither these posts nor this boundary', async () => {
    const data = await getMapData(there.tenantId, null);
    expect(data.posts.map((p) => p.title)).toEqual(['Annonce de là-bas']);
    expect(data.boundary).toBeNull();
    expect(data.quartiers).toEqual([]);
  });
});

describe('radius of the map query', () => {
  it('reaches the farthest corner of the boundary, within the query’s maximum', () => {
    const origin = toMetric(centre);
    const boundary: GeoJSON.Feature = { type: 'Feature', properties: {}, geometry: square(6000) };
    expect(coveringRadiusKm(origin, boundary, 3)).toBe(10); // corner at 8.49 km, + 1 km, rounded up
    const huge: GeoJSON.Feature = { type: 'Feature', properties: {}, geometry: square(300_000) };
    expect(coveringRadiusKm(origin, huge, 3)).toBe(100);
    expect(coveringRadiusKm(origin, null, 3)).toBe(5);
  });
});
