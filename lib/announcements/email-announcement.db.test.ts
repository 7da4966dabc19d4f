import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { announcements } from '@/db/schema/announcements';
import { users } from '@/db/schema/users';
import { createTestTenant, createTestUser, listTestEmails } from '@/db/test-fixtures';
import { setupTestDatabase } from '@/db/test-database';
import { withTenant } from '@/db/with-tenant';
import { toMetric } from '@/lib/geo/lambert93';
import { stopBoss } from '@/lib/jobs/boss';
import { publishAnnouncement } from './announcements';
import { ANNOUNCEMENT_BATCH, sendAnnouncementBatch } from './email-announcement';
import { getSiteNotices } from './site-notices';

setupTestDatabase();

const centre = { lat: 48.9896, lng: 2.1661 };
// About 1.1 km north of the centre, and about 5.5 km north.
const near = { lat: 48.9996, lng: 2.1661 };
const far = { lat: 49.0396, lng: 2.1661 };
let a: { tenantId: string };
let b: { tenantId: string };
let adminId: string;

beforeAll(async () => {
  a = await createTestTenant('annonces-a', centre);
  b = await createTestTenant('annonces-b', centre);
  adminId = (await createTestUser(a.tenantId, 'admin@a.example', { role: 'admin' })).id;
  await createTestUser(a.tenantId, 'pres@a.example', { home: toMetric(near) });
  await createTestUser(a.tenantId, 'loin@a.example', { home: toMetric(far) });
  await createTestUser(a.tenantId, 'suspendu@a.example', { home: toMetric(near), status: 'suspended' });
  await createTestUser(a.tenantId, 'jamais-connecte@a.example', { home: toMetric(near), emailVerified: null });
  await createTestUser(b.tenantId, 'voisin-b@b.example', { home: toMetric(near) });
});

afterAll(async () => {
  await stopBoss();
});

const origin = 'http://annonces-a.localhost:3000';
const recipientsOf = async (tenantId: string, title: string) =>
  (await listTestEmails(tenantId)).filter((e) => e.subject.includes(title)).map((e) => e.toAddress).sort();

describe('announcement emails (A6)', () => {
  it('within a radius: only active, signed-in residents whose home is inside the circle, of this council', async () => {
    const ann = await withTenant(a.tenantId, (tx) =>
      publishAnnouncement(tx, a.tenantId, adminId, { title: 'Coupure d’eau', body: 'Rue du Val, mardi matin.', lastDay: null, audience: 'radius', centre, radiusKm: 2 }, { origin }),
    );
    expect(await sendAnnouncementBatch({ tenantId: a.tenantId, announcementId: ann.id, origin })).toEqual({ sent: 1, done: true });
    expect(await recipientsOf(a.tenantId, 'Coupure d’eau')).toEqual(['pres@a.example']);
    expect(await recipientsOf(b.tenantId, 'Coupure d’eau')).toEqual([]);
    const [row] = await withTenant(a.tenantId, (tx) => tx.select().from(announcements).where(and(eq(announcements.tenantId, a.tenantId), eq(announcements.id, ann.id))));
    expect(row).toMatchObject({ emailState: 'done', emailedCount: 1 });
    // A job run again (a retry) sends nothing twice.
    expect(await sendAnnouncementBatch({ tenantId: a.tenantId, announcementId: ann.id, origin })).toEqual({ sent: 0, done: true });
    // With another council's id, nothing at all.
    expect(await sendAnnouncementBatch({ tenantId: b.tenantId, announcementId: ann.id, origin })).toEqual({ sent: 0, done: true });
  });

  it('to everyone, in batches: each batch moves the cursor, nobody is emailed twice', async () => {
    await withTenant(a.tenantId, (tx) =>
      tx.insert(users).values(Array.from({ length: ANNOUNCEMENT_BATCH }, (_, i) => ({ tenantId: a.tenantId, email: `habitant${i}@a.example`, name: `H${i}`, emailVerified: new Date(), charterAcceptedAt: new Date() }))),
    );
    const ann = await withTenant(a.tenantId, (tx) =>
      publishAnnouncement(tx, a.tenantId, adminId, { title: 'Fête des voisins', body: 'Vendredi soir.', lastDay: null, audience: 'all' }, { origin }),
    );
    const job = { tenantId: a.tenantId, announcementId: ann.id, origin };
    const first = await sendAnnouncementBatch(job);
    expect(first).toEqual({ sent: ANNOUNCEMENT_BATCH, done: false });
    const second = await sendAnnouncementBatch(job);
    // admin, pres, loin and the batch's residents: the suspended and the never-signed-in are left out.
    expect(second).toEqual({ sent: 3, done: true });
    const to = await recipientsOf(a.tenantId, 'Fête des voisins');
    expect(to).toHaveLength(ANNOUNCEMENT_BATCH + 3);
    expect(new Set(to).size).toBe(to.length);
    expect(to).not.toContain('suspendu@a.example');
    expect(to).not.toContain('jamais-connecte@a.example');
    // Branded, with one-click unsubscribe for announcements.
    const email = (await listTestEmails(a.tenantId)).find((e) => e.subject.includes('Fête des voisins'))!;
    expect(email).toMatchObject({ kind: 'notify:announcement', fromName: 'Commune annonces-a' });
    expect(email.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
  });

  it('shows on the site while active, until its last day, and not in another council', async () => {
    await withTenant(a.tenantId, (tx) =>
      publishAnnouncement(tx, a.tenantId, adminId, { title: 'Marché de Noël', body: 'Place de la mairie.', lastDay: '2020-01-01', audience: 'none' }, { origin }),
    );
    const notices = await getSiteNotices(a.tenantId);
    expect(notices.announcements.map((n) => n.title)).not.toContain('Marché de Noël');
    expect(notices.announcements.map((n) => n.title)).toContain('Fête des voisins');
    expect((await getSiteNotices(b.tenantId)).announcements).toEqual([]);
  });
});
