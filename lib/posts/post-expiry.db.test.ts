import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emails } from '@/db/schema/emails';
import { posts } from '@/db/schema/posts';
import { createTestPost, createTestTenant, createTestUser } from '@/db/test-fixtures';
import { setupTestDatabase } from '@/db/test-database';
import { withTenant } from '@/db/with-tenant';
import { resetEnvForTests } from '@/lib/env';
import { extractLinks } from '@/lib/email/mailbox';
import { fr } from '@/lib/i18n/fr';
import { getBoss, stopBoss } from '@/lib/jobs/boss';
import { scanPostExpiry } from '@/lib/jobs/post-expiry-scan';
import { startWorkers } from '@/lib/jobs/start-workers';
import { AppError } from '@/lib/errors';
import { listNearbyPosts } from './list-nearby-posts';
import { expirePost, sendExpiryReminder } from './post-expiry';
import { renewPost } from './post-lifecycle';
import { createRenewToken } from './renew-token';
import { postSearchText } from './search-text';
import { findPostForRenewToken, renewWithToken } from './renew-with-token';

setupTestDatabase();

const DAY = 86_400_000;
let a: { tenantId: string; slug: string };
let b: { tenantId: string; slug: string };
let authorId: string;
let otherAuthorId: string;

async function row(tenantId: string, id: string) {
  const [r] = await withTenant(tenantId, (tx) => tx.select().from(posts).where(and(eq(posts.tenantId, tenantId), eq(posts.id, id))));
  return r!;
}

async function remindersTo(tenantId: string, to: string) {
  return withTenant(tenantId, (tx) =>
    tx.select().from(emails).where(and(eq(emails.tenantId, tenantId), eq(emails.toAddress, to), eq(emails.kind, 'post-expiry-reminder'))),
  );
}

function renewLinkIn(html: string) {
  return extractLinks(html).find((l) => l.href.includes('/prolonger?jeton='))!.href;
}

function tokenOf(link: string) {
  return new URL(link).searchParams.get('jeton')!;
}

beforeAll(async () => {
  process.env.PUBLIC_PORT = '3999';
  resetEnvForTests();
  a = await createTestTenant('expiry-a');
  b = await createTestTenant('expiry-b');
  authorId = (await createTestUser(a.tenantId, 'auteure@example.org', { name: 'Monique D.' })).id;
  otherAuthorId = (await createTestUser(b.tenantId, 'bruno@example.org')).id;
});

afterAll(async () => {
  await stopBoss();
  delete process.env.PUBLIC_PORT;
  resetEnvForTests();
});

describe('the expiry reminder (R4, X3)', () => {
  it('emails the author once, three days before, with a branded one-click renew link on the council’s site', async () => {
    const post = await createTestPost(a.tenantId, authorId, { title: 'Courses du samedi', expiresAt: new Date(Date.now() + 2 * DAY) });
    const far = await createTestPost(a.tenantId, authorId, { title: 'Pas encore', expiresAt: new Date(Date.now() + 10 * DAY) });
    expect(await sendExpiryReminder(a.tenantId, far.id)).toBe('skipped');
    expect(await sendExpiryReminder(a.tenantId, post.id)).toBe('sent');
    expect(await sendExpiryReminder(a.tenantId, post.id)).toBe('skipped'); // a retried job sends nothing twice

    const mails = await remindersTo(a.tenantId, 'auteure@example.org');
    expect(mails).toHaveLength(1);
    const mail = mails[0]!;
    expect(mail.subject).toBe('Votre annonce expire dans 3 jours — Commune expiry-a');
    expect(mail.fromName).toBe('Commune expiry-a');
    expect(mail.html).toContain('Bonjour Monique D.,');
    expect(mail.html).toContain('Courses du samedi');
    expect(mail.html).toContain('#0F4C81'); // the council's colour
    expect(mail.text).toContain('Prolonger mon annonce');
    const link = renewLinkIn(mail.html);
    expect(link.startsWith(`http://expiry-a.localhost:3999/annonces/${post.id}/prolonger?jeton=`)).toBe(true);
    expect((await row(a.tenantId, post.id)).reminderSentFor?.getTime()).toBe(post.expiresAt.getTime());
  });

  it('renews from the link, once, and only that post of that council', async () => {
    const post = await createTestPost(a.tenantId, authorId, { title: 'Lien de renouvellement', expiresAt: new Date(Date.now() + DAY) });
    const neighbourPost = await createTestPost(a.tenantId, authorId, { title: 'Autre annonce', expiresAt: new Date(Date.now() + DAY) });
    await sendExpiryReminder(a.tenantId, post.id);
    const mail = (await remindersTo(a.tenantId, 'auteure@example.org')).find((m) => m.html.includes('Lien de renouvellement'))!;
    const token = tokenOf(renewLinkIn(mail.html));

    // On another council's site the link is unknown, and nothing changes there or here.
    expect(await withTenant(b.tenantId, (tx) => findPostForRenewToken(tx, b.tenantId, token))).toBeNull();
    await expect(withTenant(b.tenantId, (tx) => renewWithToken(tx, b.tenantId, token, fr))).rejects.toMatchObject({ code: 'not_found' });
    expect((await row(a.tenantId, post.id)).expiresAt.getTime()).toBe(post.expiresAt.getTime());

    // A token cannot be pointed at another post: the signature covers the post id.
    const [body, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(body!, 'base64url').toString());
    const forged = `${Buffer.from(JSON.stringify({ ...claims, p: neighbourPost.id })).toString('base64url')}.${signature}`;
    await expect(withTenant(a.tenantId, (tx) => renewWithToken(tx, a.tenantId, forged, fr))).rejects.toBeInstanceOf(AppError);
    expect((await row(a.tenantId, neighbourPost.id)).expiresAt.getTime()).toBe(neighbourPost.expiresAt.getTime());

    const renewed = await withTenant(a.tenantId, (tx) => renewWithToken(tx, a.tenantId, token, fr));
    expect(renewed.expiresAt.getTime()).toBeGreaterThan(Date.now() + 29 * DAY);
    // Used once: the expiry it names has moved on.
    await expect(withTenant(a.tenantId, (tx) => renewWithToken(tx, a.tenantId, token, fr))).rejects.toMatchObject({ code: 'not_found' });
    // And the next reminder will be sent for the new date.
    expect((await row(a.tenantId, post.id)).reminderSentFor?.getTime()).not.toBe(renewed.expiresAt.getTime());
  });

  it('still renews from the link in the week after expiry (the post is open again)', async () => {
    const post = await createTestPost(a.tenantId, authorId, { expiresAt: new Date(Date.now() + DAY) });
    const token = createRenewToken(post);
    await withTenant(a.tenantId, (tx) => tx.update(posts).set({ status: 'expired' }).where(eq(posts.id, post.id)));
    const renewed = await withTenant(a.tenantId, (tx) => renewWithToken(tx, a.tenantId, token, fr));
    expect(renewed.status).toBe('open');
    expect(renewed.expiresAt.getTime()).toBeGreaterThan(Date.now() + 29 * DAY);
  });

  it('does nothing for a resolved post, or a link to a post resolved or deleted since', async () => {
    const post = await createTestPost(a.tenantId, authorId, { expiresAt: new Date(Date.now() + DAY) });
    const token = createRenewToken(post);
    await withTenant(a.tenantId, (tx) => tx.update(posts).set({ status: 'resolved' }).where(eq(posts.id, post.id)));
    expect(await sendExpiryReminder(a.tenantId, post.id)).toBe('skipped');
    await expect(withTenant(a.tenantId, (tx) => renewWithToken(tx, a.tenantId, token, fr))).rejects.toMatchObject({ code: 'not_found' });
    expect((await row(a.tenantId, post.id)).status).toBe('resolved');
  });

  it('ignores another council’s post id (the job runs under its own council’s RLS)', async () => {
    const theirs = await createTestPost(b.tenantId, otherAuthorId, { expiresAt: new Date(Date.now() + DAY) });
    expect(await sendExpiryReminder(a.tenantId, theirs.id)).toBe('skipped');
    expect(await expirePost(a.tenantId, theirs.id, new Date(Date.now() + 2 * DAY))).toBe(false);
    expect(await row(b.tenantId, theirs.id)).toMatchObject({ status: 'open', reminderSentFor: null });
    expect(await remindersTo(b.tenantId, 'bruno@example.org')).toEqual([]);
  });
});

describe('expiry (R4)', () => {
  it('hides a post from search the moment it expires, then marks it expired once', async () => {
    const post = await createTestPost(a.tenantId, authorId, { title: 'Bientôt expirée', searchText: postSearchText('Bientôt expirée', ''), expiresAt: new Date(Date.now() + 1500) });
    expect((await listNearbyPosts(a.tenantId, null, { text: 'bientot expiree' })).posts).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 1600));
    expect((await listNearbyPosts(a.tenantId, null, { text: 'bientot expiree' })).posts).toHaveLength(0);
    expect(await expirePost(a.tenantId, post.id)).toBe(true);
    expect(await expirePost(a.tenantId, post.id)).toBe(false);
    expect((await row(a.tenantId, post.id)).status).toBe('expired');
  });

  it('does not expire a post renewed meanwhile', async () => {
    const post = await createTestPost(a.tenantId, authorId, { expiresAt: new Date(Date.now() - 1000) });
    await withTenant(a.tenantId, (tx) => renewPost(tx, { tenantId: a.tenantId, userId: authorId }, post.id, fr));
    expect(await expirePost(a.tenantId, post.id)).toBe(false);
    expect((await row(a.tenantId, post.id)).status).toBe('open');
  });
});

describe('the expiry jobs on the queue (X3)', () => {
  it('scan every council, queue one job per post, and the workers do the work — even after a restart', async () => {
    const due = await createTestPost(a.tenantId, authorId, { title: 'Job : à rappeler', expiresAt: new Date(Date.now() + 2 * DAY) });
    const past = await createTestPost(b.tenantId, otherAuthorId, { title: 'Job : expirée', expiresAt: new Date(Date.now() - 60_000) });
    const later = await createTestPost(a.tenantId, authorId, { title: 'Job : plus tard', expiresAt: new Date(Date.now() + 20 * DAY) });

    // Queued while no worker runs, then the queue is stopped: the jobs are rows, they wait.
    await getBoss();
    const first = await scanPostExpiry();
    expect(first.reminders).toBeGreaterThanOrEqual(1);
    expect(first.expiring).toBeGreaterThanOrEqual(1);
    await scanPostExpiry(); // a second scan queues no duplicates (singleton keys) and harms nothing
    await stopBoss();

    await startWorkers();
    await expect.poll(async () => (await row(b.tenantId, past.id)).status, { timeout: 20_000, interval: 250 }).toBe('expired');
    await expect.poll(async () => (await row(a.tenantId, due.id)).reminderSentFor?.getTime(), { timeout: 20_000, interval: 250 }).toBe(due.expiresAt.getTime());
    const mails = (await remindersTo(a.tenantId, 'auteure@example.org')).filter((m) => m.html.includes('Job : à rappeler'));
    expect(mails).toHaveLength(1);
    expect((await row(a.tenantId, later.id))).toMatchObject({ status: 'open', reminderSentFor: null });
  });
});
