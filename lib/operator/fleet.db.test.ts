import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { councils } from '@/db/schema/councils';
import { tenants } from '@/db/schema/tenants';
import { createTestPost, createTestTenant, createTestUser } from '@/db/test-fixtures';
import { setupTestDatabase } from '@/db/test-database';
import { withAdmin, withTenant } from '@/db/with-tenant';
import { createSandboxFor } from '@/lib/tenant/sandbox';
import { listFleet, type FleetQuery } from './fleet';

setupTestDatabase();

const q = (over: Partial<FleetQuery> = {}): FleetQuery => ({ sort: 'name', dir: 'asc', page: 1, ...over });

async function council(slug: string, name: string, population: number, residents: number, posts: number, insee = '95306') {
  const t = await createTestTenant(slug);
  await withTenant(t.tenantId, (tx) => tx.update(councils).set({ name, population, inseeCode: insee }).where(eq(councils.tenantId, t.tenantId)));
  for (let i = 0; i < residents; i++) {
    const user = await createTestUser(t.tenantId, `habitant${i}@${slug}.example`);
    if (i < posts) await createTestPost(t.tenantId, user.id, { title: `Annonce ${i}` });
  }
  // An old post, before this month: it counts for "last activity" but not for "this month".
  if (posts > residents) {
    const user = await createTestUser(t.tenantId, `ancien@${slug}.example`);
    await createTestPost(t.tenantId, user.id, { createdAt: new Date(Date.now() - 62 * 86_400_000) });
  }
  return t;
}

describe('fleet overview (O6)', () => {
  let big: { tenantId: string };

  beforeAll(async () => {
    big = await council('grande-ville', 'Grande-Ville', 120_000, 5, 3);
    await council('elancourt', 'Élancourt', 25_000, 2, 3, '78208');
    await council('petit-bourg', 'Petit-Bourg', 900, 0, 0);
    await createSandboxFor(big.tenantId);
    await createTestUser(big.tenantId, 'agent@grande-ville.example', { role: 'agent' });
  });

  it('lists every council but not the sandboxes, which are shown with their council', async () => {
    const { rows, total, byStatus } = await listFleet(q());
    expect(rows.map((r) => r.slug)).toEqual(['elancourt', 'grande-ville', 'petit-bourg']);
    expect(total).toBe(3);
    expect(byStatus).toEqual({ active: 3 });
    expect(rows.find((r) => r.slug === 'grande-ville')!.sandboxSlug).toBe('grande-ville-formation');
  });

  it('counts residents (not staff), posts this month and the last activity', async () => {
    const { rows } = await listFleet(q());
    const bySlug = Object.fromEntries(rows.map((r) => [r.slug, r]));
    expect(bySlug['grande-ville']).toMatchObject({ residents: 5, postsMonth: 3, planKey: 'agglomeration' });
    expect(bySlug['elancourt']).toMatchObject({ residents: 3, postsMonth: 2, planKey: 'ville' });
    expect(bySlug['petit-bourg']).toMatchObject({ residents: 0, postsMonth: 0, lastActivity: null, planKey: 'village' });
    expect(bySlug['grande-ville']!.lastActivity!.getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it('sorts by any column, both ways', async () => {
    expect((await listFleet(q({ sort: 'residents', dir: 'desc' }))).rows.map((r) => r.slug)).toEqual(['grande-ville', 'elancourt', 'petit-bourg']);
    expect((await listFleet(q({ sort: 'plan', dir: 'asc' }))).rows.map((r) => r.slug)).toEqual(['petit-bourg', 'elancourt', 'grande-ville']);
    expect((await listFleet(q({ sort: 'postsMonth', dir: 'asc' }))).rows.map((r) => r.slug)).toEqual(['petit-bourg', 'elancourt', 'grande-ville']);
    expect((await listFleet(q({ sort: 'lastActivity', dir: 'desc' }))).rows.at(-1)!.slug).toBe('petit-bourg');
  });

  it('searches by name without minding accents or case, by subdomain and by INSEE code', async () => {
    expect((await listFleet(q({ q: 'elan' }))).rows.map((r) => r.slug)).toEqual(['elancourt']);
    expect((await listFleet(q({ q: 'ÉLAN' }))).rows.map((r) => r.slug)).toEqual(['elancourt']);
    expect((await listFleet(q({ q: 'petit-b' }))).rows.map((r) => r.slug)).toEqual(['petit-bourg']);
    expect((await listFleet(q({ q: '78208' }))).rows.map((r) => r.slug)).toEqual(['elancourt']);
    expect((await listFleet(q({ q: '%' }))).rows).toEqual([]);
    expect((await listFleet(q({ q: 'formation' }))).rows).toEqual([]);
  });

  it('filters by status and pages', async () => {
    await withAdmin((tx) => tx.update(tenants).set({ status: 'suspended' }).where(eq(tenants.slug, 'petit-bourg')));
    expect((await listFleet(q({ status: 'suspended' }))).rows.map((r) => r.slug)).toEqual(['petit-bourg']);
    const beyond = await listFleet(q({ page: 5 }));
    expect(beyond).toMatchObject({ rows: [], total: 3 });
  });
});
