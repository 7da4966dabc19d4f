import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { categories } from '@/db/schema/categories';
import { createTestPost, createTestTenant, createTestUser, listTestEmails } from '@/db/test-fixtures';
import { setupTestDatabase } from '@/db/test-database';
import { withTenant } from '@/db/with-tenant';
import { toLatLng, toMetric } from '@/lib/geo/lambert93';
import { setNotificationMode } from '@/lib/notifications/preferences';
import { blockPerson } from '@/lib/safety/blocks';
import { findMatchingHelpers } from './find-matching-helpers';
import { countMatchingHelpers, notifyMatchingHelpers } from './notify-matching-helpers';
import { saveStandingOffer } from './standing-offers';

setupTestDatabase();

const centre = { lat: 48.9896, lng: 2.1661 };
const c = toMetric(centre);
const at = (dx: number, dy = 0) => ({ x: c.x + dx, y: c.y + dy });

let t: string;
let other: string;
let courses: string;
let jardinage: string;
const people: Record<string, string> = {};

async function helper(key: string, tenantId: string, home: { x: number; y: number }, offer: { cats: string[]; radiusM: number; weekdays?: ('mon' | 'sat')[] }) {
  const u = await createTestUser(tenantId, `${key}@example.org`, { home, name: key });
  people[key] = u.id;
  await withTenant(tenantId, (tx) => saveStandingOffer(tx, tenantId, u.id, { categoryIds: offer.cats, radiusM: offer.radiusM, weekdays: offer.weekdays ?? [] }));
  return u.id;
}

beforeAll(async () => {
  t = (await createTestTenant('match', centre)).tenantId;
  other = (await createTestTenant('match-ailleurs', centre)).tenantId;
  const cats = await withTenant(t, (tx) => tx.select().from(categories).where(eq(categories.tenantId, t)));
  courses = cats.find((x) => x.key === 'courses')!.id;
  jardinage = cats.find((x) => x.key === 'jardinage')!.id;
  people.requester = (await createTestUser(t, 'demandeur@example.org', { home: at(0), name: 'Demandeur' })).id;
  await helper('proche', t, at(300), { cats: [courses], radiusM: 1000 });
  await helper('loin', t, at(4000), { cats: [courses], radiusM: 2000 }); // need is beyond its radius
  await helper('grandrayon', t, at(4000, 100), { cats: [courses], radiusM: 5000 });
  await helper('jardinier', t, at(200), { cats: [jardinage], radiusM: 5000 });
  await helper('lundi', t, at(500), { cats: [courses], radiusM: 2000, weekdays: ['mon'] });
  await helper('bloque', t, at(100), { cats: [courses], radiusM: 2000 });
  await withTenant(t, (tx) => blockPerson(tx, t, people.bloque!, people.requester!));
  const otherCats = await withTenant(other, (tx) => tx.select().from(categories).where(and(eq(categories.tenantId, other), eq(categories.key, 'courses'))));
  await helper('ailleurs', other, at(50), { cats: [otherCats[0]!.id], radiusM: 5000 });
});

describe('matching helpers to a need (R6)', () => {
  it('finds helpers by category, their own radius, availability; never blocked ones or other councils', async () => {
    const nextSaturday = new Date();
    nextSaturday.setUTCDate(nextSaturday.getUTCDate() + ((6 - nextSaturday.getUTCDay() + 7) % 7 || 7));
    const need = {
      postId: '00000000-0000-4000-8000-000000000000',
      authorId: people.requester!,
      categoryId: courses,
      location: at(0),
      whenKind: 'date' as const,
      whenDate: nextSaturday.toISOString().slice(0, 10),
      whenWeekdays: null,
    };
    const found = await withTenant(t, (tx) => findMatchingHelpers(tx, t, need));
    const names = found.map((f) => Object.entries(people).find(([, id]) => id === f.userId)![0]);
    expect(names).toEqual(['proche', 'grandrayon']);
    const flexible = await withTenant(t, (tx) => findMatchingHelpers(tx, t, { ...need, whenKind: 'flexible', whenDate: null }));
    // Nearest first, and never more than asked.
    const nearest = await withTenant(t, (tx) => findMatchingHelpers(tx, t, { ...need, whenKind: 'flexible', whenDate: null }, 1));
    expect(nearest.map((f) => f.userId)).toEqual([people.proche]);
    // Examining one resident per round at first, it looks further until it finds them all.
    const inRounds = await withTenant(t, (tx) => findMatchingHelpers(tx, t, { ...need, whenKind: 'flexible', whenDate: null }, 100, 1));
    expect(inRounds).toEqual(flexible);
    expect(flexible.map((f) => f.userId)).toContain(people.lundi);
    expect(flexible.map((f) => f.userId)).not.toContain(people.bloque);
  });

  it('notifies matching helpers as each chose, and tells the requester how many without who', async () => {
    await withTenant(t, (tx) => setNotificationMode(tx, t, people.grandrayon!, 'match', 'daily'));
    await withTenant(t, (tx) => setNotificationMode(tx, t, people.lundi!, 'match', 'off'));
    const post = await createTestPost(t, people.requester!, { categoryId: courses, at: toLatLng(at(0)), title: 'Courses du samedi' });
    const notified = await notifyMatchingHelpers({ tenantId: t, postId: post.id, origin: 'http://match.localhost:3000' });
    expect(notified).toBe(3); // proche (instant), grandrayon (daily), lundi (off)
    const mails = await listTestEmails(t);
    const matchMails = mails.filter((m) => m.kind === 'notify:match');
    expect(matchMails.map((m) => m.toAddress)).toEqual(['proche@example.org']);
    expect(matchMails[0]!.subject).toContain('Courses du samedi');
    expect(matchMails[0]!.html).toContain(`http://match.localhost:3000/annonces/${post.id}`);
    expect(matchMails[0]!.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    expect(matchMails[0]!.text).not.toMatch(/demandeur@example\.org/);

    const count = await withTenant(t, (tx) => countMatchingHelpers(tx, t, post.id));
    expect(count).toEqual({ count: 3, band: 'lt5km', more: false });
    expect(JSON.stringify(count)).not.toContain(people.proche!);
  });

  it('is isolated: another council’s need reaches none of these helpers', async () => {
    const stranger = await createTestUser(other, 'etranger@example.org', { home: at(0) });
    const [cat] = await withTenant(other, (tx) => tx.select().from(categories).where(and(eq(categories.tenantId, other), eq(categories.key, 'courses'))));
    const post = await createTestPost(other, stranger.id, { categoryId: cat!.id, at: toLatLng(at(0)) });
    expect(await notifyMatchingHelpers({ tenantId: other, postId: post.id, origin: 'http://x' })).toBe(1); // only 'ailleurs'
    expect(await notifyMatchingHelpers({ tenantId: t, postId: post.id, origin: 'http://x' })).toBe(0);
  });
});
