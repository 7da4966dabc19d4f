import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { assistedRequests } from '@/db/schema/assisted-requests';
import { categories } from '@/db/schema/categories';
import { conversations, helps } from '@/db/schema/conversations';
import { createTestPost, createTestQuartier, createTestTenant, createTestUser } from '@/db/test-fixtures';
import { setupTestDatabase } from '@/db/test-database';
import { withTenant } from '@/db/with-tenant';
import { ensureCouncilAccount } from '@/lib/assisted/council-account';
import { fr } from '@/lib/i18n/fr';
import { listQuartiers } from '@/lib/location/list-quartiers';
import { computeDashboard, OUTSIDE_QUARTIERS_KEY } from './dashboard';
import { dashboardCsv } from './dashboard-csv';

setupTestDatabase();

const centre = { lat: 48.9896, lng: 2.1661 };
const north = { lat: 49.0, lng: 2.1661 };
const outside = { lat: 48.975, lng: 2.19 };
const range = { from: '2026-01-05', to: '2026-01-18' };
const now = new Date('2026-01-20T12:00:00Z');
const at = (iso: string) => new Date(iso);
let t: string;
let other: string;
const ids: Record<string, string> = {};

async function conversation(tenantId: string, postId: string, authorId: string, responderId: string, createdAt: Date) {
  const [c] = await withTenant(tenantId, (tx) => tx.insert(conversations).values({ tenantId, postId, authorId, responderId, createdAt, lastMessageAt: createdAt }).returning());
  return c!.id;
}

beforeAll(async () => {
  t = (await createTestTenant('stats', centre)).tenantId;
  other = (await createTestTenant('stats-ailleurs', centre)).tenantId;
  ids.q1 = (await createTestQuartier(t, 'Centre-ville', centre)).id;
  ids.q2 = (await createTestQuartier(t, 'Les Hauts', north)).id;
  const cats = await withTenant(t, (tx) => tx.select().from(categories).where(eq(categories.tenantId, t)));
  const courses = cats.find((c) => c.key === 'courses')!.id;
  const jardinage = cats.find((c) => c.key === 'jardinage')!.id;

  const old = at('2025-12-01T10:00:00Z');
  for (const k of ['r1', 'r2', 'r3']) ids[k] = (await createTestUser(t, `${k}@example.org`, { createdAt: old, name: `Personne ${k}` })).id;
  ids.r4 = (await createTestUser(t, 'r4@example.org', { createdAt: at('2026-01-10T10:00:00Z'), name: 'Personne r4' })).id;
  ids.r5 = (await createTestUser(t, 'r5@example.org', { createdAt: at('2026-02-01T10:00:00Z') })).id;
  ids.admin = (await createTestUser(t, 'admin@example.org', { role: 'admin', createdAt: old })).id;
  ids.council = await withTenant(t, (tx) => ensureCouncilAccount(tx, t, 'Commune stats'));
  // Another council's activity never shows here.
  const elsewhere = await createTestUser(other, 'r1@example.org', { createdAt: old });
  ids.elsewhere = (await createTestPost(other, elsewhere.id, { createdAt: at('2026-01-08T10:00:00Z'), expiresAt: at('2026-03-01T00:00:00Z') })).id;

  const post = (author: string, values: Parameters<typeof createTestPost>[2]) =>
    createTestPost(t, ids[author]!, { expiresAt: at('2026-03-01T00:00:00Z'), ...values });
  // 00:30 on 5 January in Paris: inside the period.
  ids.n1 = (await post('r1', { kind: 'need', categoryId: courses, at: centre, createdAt: at('2026-01-04T23:30:00Z'), status: 'in_progress', title: 'Courses Personne r1' })).id;
  ids.n2 = (await post('r2', { kind: 'need', categoryId: jardinage, at: north, createdAt: at('2026-01-07T09:00:00Z'), status: 'resolved' })).id;
  ids.n3 = (await post('council', { kind: 'need', categoryId: courses, at: centre, createdAt: at('2026-01-12T09:00:00Z') })).id;
  await post('r1', { kind: 'need', categoryId: courses, at: centre, createdAt: at('2026-01-08T09:00:00Z'), moderation: 'hidden' });
  ids.n5 = (await post('r2', { kind: 'need', categoryId: jardinage, at: north, createdAt: at('2026-01-02T09:00:00Z') })).id;
  await post('r3', { kind: 'offer', categoryId: courses, at: outside, createdAt: at('2026-01-13T09:00:00Z') });
  // 00:30 on 19 January in Paris: after the period.
  await post('r2', { kind: 'offer', categoryId: jardinage, at: north, createdAt: at('2026-01-18T23:30:00Z') });

  const c1 = await conversation(t, ids.n1!, ids.r1!, ids.r3!, at('2026-01-05T00:00:00Z')); // 30 min
  const c2 = await conversation(t, ids.n2!, ids.r2!, ids.r4!, at('2026-01-07T10:30:00Z')); // 90 min
  await withTenant(t, async (tx) => {
    await tx.insert(helps).values({ tenantId: t, postId: ids.n1!, conversationId: c1, helperId: ids.r3! });
    await tx.insert(helps).values({ tenantId: t, postId: ids.n2!, conversationId: c2, helperId: ids.r4!, doneAt: at('2026-01-08T10:00:00Z') });
    const [row] = await tx
      .insert(assistedRequests)
      .values({
        tenantId: t,
        postId: ids.n3!,
        requesterName: 'Josette Lambert',
        requesterPhone: '01 39 97 40 00',
        requesterAddress: '12 rue de la Fontaine',
        placeSource: 'address',
        consentMethod: 'phone',
        consentRecordedBy: ids.admin!,
        consentRecordedAt: now,
        recordedBy: ids.admin!,
      })
      .returning();
    ids.assisted = row!.id;
  });
});

async function dashboard(tenantId = t) {
  return withTenant(tenantId, async (tx) => computeDashboard(tx, tenantId, range, await listQuartiers(tenantId, tx), now));
}

describe('the dashboard (A7)', () => {
  it('counts residents, helpers, needs, offers, matched and resolved over the period, in French days', async () => {
    const d = await dashboard();
    expect(d.totals).toEqual({
      residents: 4,
      newResidents: 1,
      helpers: 2,
      needs: 3,
      offers: 1,
      matched: 2,
      resolved: 1,
      medianFirstResponseMinutes: 60,
    });
  });

  it('breaks them down by category, by quartier and by week', async () => {
    const d = await dashboard();
    expect(d.byCategory).toEqual([
      { key: 'courses', label: 'Courses', needs: 2, offers: 1 },
      { key: 'jardinage', label: 'Jardinage', needs: 1, offers: 0 },
    ]);
    expect(d.byQuartier).toEqual([
      { key: ids.q1, label: 'Centre-ville', needs: 2, offers: 0 },
      { key: ids.q2, label: 'Les Hauts', needs: 1, offers: 0 },
      { key: OUTSIDE_QUARTIERS_KEY, label: '', needs: 0, offers: 1 },
    ]);
    expect(d.byWeek).toEqual([
      { key: '2026-01-05', label: '2026-01-05', needs: 2, offers: 0 },
      { key: '2026-01-12', label: '2026-01-12', needs: 1, offers: 1 },
    ]);
  });

  it('lists the needs still unanswered after 48 hours, with the guichet request when there is one', async () => {
    const d = await dashboard();
    expect(d.unanswered.map((u) => [u.id, u.assistedRequestId])).toEqual([
      [ids.n5, null],
      [ids.n3, ids.assisted],
    ]);
  });

  it('sees nothing of another council', async () => {
    const d = await dashboard(other);
    expect(d.totals).toMatchObject({ residents: 1, needs: 1, offers: 0, helpers: 0, matched: 0 });
    expect(d.unanswered.map((u) => u.id)).toEqual([ids.elsewhere]);
  });

  it('exports the aggregates as CSV, with no personal data', async () => {
    const csv = dashboardCsv(await dashboard(), fr);
    expect(csv.startsWith('\uFEFFRubrique;Élément;Demandes;Propositions;Valeur\r\n')).toBe(true);
    expect(csv).toContain('Totaux;Demandes d’aide publiées;;;3\r\n');
    expect(csv).toContain('Totaux;Temps médian avant la première réponse (minutes);;;60\r\n');
    expect(csv).toContain('Catégorie;Courses;2;1;\r\n');
    expect(csv).toContain('Quartier;Hors des quartiers;0;1;\r\n');
    expect(csv).toContain('Semaine du;2026-01-12;1;1;\r\n');
    expect(csv).toContain('Totaux;Demandes sans réponse depuis plus de 48 heures;;;2\r\n');
    expect(csv).not.toMatch(/@|Personne|Josette|Lambert|Fontaine|39 97|Besoin de courses|r1|48\.9|2\.16/);
  });
});
