import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { assistedRequests, councilAccounts } from '@/db/schema/assisted-requests';
import { categories } from '@/db/schema/categories';
import { conversations, messages } from '@/db/schema/conversations';
import { posts } from '@/db/schema/posts';
import { staffAuditLog } from '@/db/schema/staff-audit';
import { users } from '@/db/schema/users';
import { createTestQuartier, createTestSession, createTestTenant, createTestUser, listTestEmails } from '@/db/test-fixtures';
import { setupTestDatabase } from '@/db/test-database';
import { withTenant } from '@/db/with-tenant';
import { buildAuthConfig } from '@/lib/auth/auth-config';
import { resetEnvForTests } from '@/lib/env';
import { startFakeGeocoder } from '@/lib/geo/fake-geocoder-server';
import { toMetric } from '@/lib/geo/lambert93';
import { fr } from '@/lib/i18n/fr';
import { getConversation, listMessages, startConversation } from '@/lib/messages/conversations';
import { notifyMatchingHelpers } from '@/lib/matching/notify-matching-helpers';
import { saveStandingOffer } from '@/lib/matching/standing-offers';
import { getPostForViewer } from '@/lib/posts/get-post';
import { listNearbyPosts } from '@/lib/posts/list-nearby-posts';
import { sendExpiryReminder } from '@/lib/posts/post-expiry';
import { getCouncilOrThrow } from '@/lib/tenant/council';
import { TENANT_ID_HEADER } from '@/lib/tenant/request-tenant-headers';

/**
 * The guichet (A5) as browsers call it: the council from the request's headers, the person from
 * the session cookie — tried as a resident, a moderator, an agent, an admin, and another
 * council's agent, with this council's ids and another's.
 */
const request = vi.hoisted(() => ({ tenantId: '', sessionToken: null as string | null }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ [TENANT_ID_HEADER]: request.tenantId, host: 'guichet.localhost' }),
  cookies: async () => ({
    get: (name: string) => (name === 'authjs.session-token' && request.sessionToken ? { name, value: request.sessionToken } : undefined),
  }),
}));

const actions = await import('./actions');

setupTestDatabase();

const centre = { lat: 48.9896, lng: 2.1661 };
const fontaine = { label: '12 Rue de la Fontaine 95220 Herblay-sur-Seine', lat: 48.99041, lng: 2.16412 };
let a: string;
let b: string;
type Person = { id: string; token: string };
const p: Record<'resident' | 'moderator' | 'agent' | 'admin' | 'helper' | 'other' | 'bAgent', Person> = {} as never;
let fake: Awaited<ReturnType<typeof startFakeGeocoder>>;

function as(tenantId: string, who: Person | null) {
  request.tenantId = tenantId;
  request.sessionToken = who?.token ?? null;
}

function form(values: Record<string, string | string[] | undefined>) {
  const f = new FormData();
  for (const [k, v] of Object.entries(values)) if (v !== undefined) for (const x of [v].flat()) f.append(k, x);
  return f;
}

/** The redirect target when the action succeeded (Next throws to redirect), or what it returned. */
async function submit<S>(action: (prev: S, f: FormData) => Promise<S>, values: Record<string, string | string[] | undefined>) {
  try {
    return { state: await action({} as S, form(values)), redirect: null as string | null };
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? '';
    if (!digest.startsWith('NEXT_REDIRECT')) throw error;
    return { state: null, redirect: digest.split(';')[2]! };
  }
}

async function press(action: (f: FormData) => Promise<void>, values: Record<string, string>) {
  try {
    await action(form(values));
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? '';
    if (!digest.startsWith('NEXT_REDIRECT')) throw error;
    return digest.split(';')[2]!;
  }
  throw new Error('expected a redirect');
}

const goodRequest = {
  kind: 'need',
  place: 'address',
  category: 'courses',
  title: 'Courses pour la semaine',
  description: 'Quelques courses au supermarché, remboursées sur ticket.',
  when: 'flexible',
  requesterName: 'Josette Lambert',
  requesterPhone: '01 39 97 40 00',
  address: '12 rue de la Fontaine',
  addressChoice: JSON.stringify(fontaine),
  placeMode: 'address',
  consentGiven: 'on',
  consentMethod: 'phone',
  staffNote: 'Préfère être appelée le matin',
};

async function person(tenantId: string, email: string, values: Partial<typeof users.$inferInsert> = {}): Promise<Person> {
  const u = await createTestUser(tenantId, email, values);
  return { id: u.id, token: await createTestSession(tenantId, u.id) };
}

async function createRequest(values: Record<string, string | undefined> = {}) {
  as(a, p.agent);
  const { redirect, state } = await submit(actions.saveAssistedRequestAction, { ...goodRequest, ...values });
  if (!redirect) throw new Error(JSON.stringify(state));
  return redirect.split('/')[3]!.split('?')[0]!;
}

async function requestRow(tenantId: string, id: string) {
  const [row] = await withTenant(tenantId, (tx) => tx.select().from(assistedRequests).where(and(eq(assistedRequests.tenantId, tenantId), eq(assistedRequests.id, id))));
  return row;
}

async function postRow(tenantId: string, id: string) {
  const [row] = await withTenant(tenantId, (tx) => tx.select().from(posts).where(and(eq(posts.tenantId, tenantId), eq(posts.id, id))));
  return row;
}

beforeAll(async () => {
  fake = await startFakeGeocoder();
  process.env.GEOCODER_URL = fake.url;
  resetEnvForTests();
  a = (await createTestTenant('guichet-a', centre)).tenantId;
  b = (await createTestTenant('guichet-b', centre)).tenantId;
  p.resident = await person(a, 'habitant@example.org', { home: toMetric(centre) });
  p.moderator = await person(a, 'moderation@example.org', { role: 'moderator', name: 'Karim B.' });
  p.agent = await person(a, 'accueil@example.org', { role: 'agent', name: 'Hélène P.' });
  p.admin = await person(a, 'admin@example.org', { role: 'admin', name: 'Isabelle M.' });
  p.helper = await person(a, 'aidant@example.org', { home: toMetric({ lat: 48.991, lng: 2.165 }), name: 'Paul R.' });
  p.other = await person(a, 'autre@example.org', { home: toMetric(centre), name: 'Autre V.' });
  p.bAgent = await person(b, 'accueil@example.org', { role: 'agent', name: 'Agent B' });
});

afterAll(async () => {
  await fake.close();
  delete process.env.GEOCODER_URL;
  resetEnvForTests();
});

beforeEach(() => as(a, p.agent));

describe('recording an assisted request (A5)', () => {
  it('publishes the need via the council at a fuzzed position, and keeps the person private', async () => {
    const id = await createRequest();
    const row = (await requestRow(a, id))!;
    expect(row).toMatchObject({
      requesterName: 'Josette Lambert',
      requesterPhone: '01 39 97 40 00',
      requesterAddress: '12 rue de la Fontaine',
      placeSource: 'address',
      consentMethod: 'phone',
      consentRecordedBy: p.agent.id,
      recordedBy: p.agent.id,
      staffNote: 'Préfère être appelée le matin',
    });
    const post = (await postRow(a, row.postId))!;
    const [account] = await withTenant(a, (tx) => tx.select().from(councilAccounts).where(eq(councilAccounts.tenantId, a)));
    expect(post).toMatchObject({ authorId: account!.userId, kind: 'need', placeLabel: null, moderation: 'approved', status: 'open' });
    // The centre of the 500 m cell, not the door.
    const exact = toMetric(fontaine);
    expect(post.location).toEqual({ x: Math.floor(exact.x / 500) * 500 + 250, y: Math.floor(exact.y / 500) * 500 + 250 });
    const [author] = await withTenant(a, (tx) => tx.select().from(users).where(and(eq(users.tenantId, a), eq(users.id, post.authorId))));
    expect(author!.name).toBe('Via la mairie — Commune guichet-a');
    // The audit line says what and on which post, never who the person is.
    const audit = await withTenant(a, (tx) => tx.select().from(staffAuditLog).where(and(eq(staffAuditLog.tenantId, a), eq(staffAuditLog.action, 'assisted.create'))));
    expect(audit.at(-1)).toMatchObject({ actorId: p.agent.id, targetId: id, details: { postId: post.id } });
    expect(JSON.stringify(audit)).not.toMatch(/Josette|Lambert|39 97|Fontaine/);
  });

  it('shows it in search and on its page as "via la mairie", with nothing private', async () => {
    const id = await createRequest({ title: 'Courses du jeudi' });
    const { postId } = (await requestRow(a, id))!;
    const list = await listNearbyPosts(a, p.resident.id, { text: 'jeudi' });
    const found = list.posts.find((x) => x.id === postId)!;
    expect(found.authorName).toBe('Via la mairie — Commune guichet-a');
    const page = (await getPostForViewer(a, p.resident.id, postId))!;
    expect(page.post.viaCouncil).toBe(true);
    expect(page.own).toBeNull();
    for (const shown of [JSON.stringify(list), JSON.stringify(page)]) expect(shown).not.toMatch(/Josette|Lambert|39 97|01 39|Fontaine|Préfère/i);
  });

  it('places it in a quartier, or at the centre, when the address cannot be found', async () => {
    const q = await createTestQuartier(a, 'Les Bayonnes', { lat: 49.0087, lng: 2.1451 });
    const inQuartier = await createRequest({ addressChoice: undefined, placeMode: 'quartier', quartier: q.id, address: '8 allée inconnue' });
    const post = (await postRow(a, (await requestRow(a, inQuartier))!.postId))!;
    expect(post).toMatchObject({ placeKind: 'quartier', quartierId: q.id, location: toMetric({ lat: 49.0087, lng: 2.1451 }) });
    const atCentre = await createRequest({ addressChoice: undefined, placeMode: 'centre', address: '8 allée inconnue' });
    expect((await postRow(a, (await requestRow(a, atCentre))!.postId))!.location).toEqual(toMetric(centre));
    // Another council's quartier is not one of ours.
    const bq = await createTestQuartier(b, 'Ailleurs', centre);
    as(a, p.agent);
    const { state } = await submit(actions.saveAssistedRequestAction, { ...goodRequest, addressChoice: undefined, placeMode: 'quartier', quartier: bq.id });
    expect(state!.fieldErrors).toEqual({ quartier: fr.assisted.quartierInvalid });
  });

  it('refuses a need naming the person, with every error at once, and writes nothing', async () => {
    const before = await withTenant(a, (tx) => tx.select().from(assistedRequests).where(eq(assistedRequests.tenantId, a)));
    const { state } = await submit(actions.saveAssistedRequestAction, {
      ...goodRequest,
      title: 'Courses pour Mme Lambert',
      description: 'Livrer au 12 rue de la Fontaine',
      requesterPhone: '12',
      consentGiven: undefined,
    });
    expect(state!.fieldErrors).toMatchObject({ requesterPhone: fr.assisted.phoneInvalid, consentGiven: fr.assisted.consentRequired });
    expect(state!.values).toMatchObject({ requesterName: 'Josette Lambert', title: 'Courses pour Mme Lambert' });
    const second = await submit(actions.saveAssistedRequestAction, { ...goodRequest, title: 'Courses pour Mme Lambert', description: 'Livrer au 12 rue de la Fontaine' });
    expect(second.state!.fieldErrors).toEqual({ title: fr.assisted.nameInPublicText, description: fr.assisted.addressInPublicText });
    const after = await withTenant(a, (tx) => tx.select().from(assistedRequests).where(eq(assistedRequests.tenantId, a)));
    expect(after).toHaveLength(before.length);
  });

  it('searches the address and offers the matches; offline, says so and keeps the form', async () => {
    const { state } = await submit(actions.saveAssistedRequestAction, { ...goodRequest, addressChoice: undefined, intent: 'search' });
    expect(state!.addressResults).toEqual([fontaine]);
    fake.mode('down');
    try {
      const down = await submit(actions.saveAssistedRequestAction, { ...goodRequest, addressChoice: undefined, intent: 'search' });
      expect(down.state!.geocoderError).toContain('La recherche d’adresse ne répond pas');
      expect(down.state!.values).toMatchObject({ requesterName: 'Josette Lambert' });
    } finally {
      fake.mode('ok');
    }
  });

  it('lets only agents and admins record one (A1)', async () => {
    for (const [who, message] of [
      [p.resident, fr.errors.forbidden],
      [p.moderator, fr.errors.forbidden],
      [null, fr.errors.unauthenticated],
    ] as const) {
      as(a, who);
      const { state, redirect } = await submit(actions.saveAssistedRequestAction, goodRequest);
      expect(redirect).toBeNull();
      expect(state!.message).toBe(message);
    }
    // Another council's agent: their session means nothing on this council's host.
    as(a, p.bAgent);
    expect((await submit(actions.saveAssistedRequestAction, goodRequest)).state!.message).toBe(fr.errors.unauthenticated);
    as(a, p.admin);
    expect((await submit(actions.saveAssistedRequestAction, goodRequest)).redirect).toMatch(/^\/admin\/guichet\/[0-9a-f-]{36}\?ok=publiee$/);
  });

  it('matches it to helpers nearby like any need (R6)', async () => {
    const [courses] = await withTenant(a, (tx) => tx.select().from(categories).where(and(eq(categories.tenantId, a), eq(categories.key, 'courses'))));
    await withTenant(a, (tx) => saveStandingOffer(tx, a, p.helper.id, { categoryIds: [courses!.id], radiusM: 2000, weekdays: [] }));
    const id = await createRequest({ title: 'Courses du vendredi' });
    const { postId } = (await requestRow(a, id))!;
    expect(await notifyMatchingHelpers({ tenantId: a, postId, origin: 'http://guichet-a.localhost' })).toBeGreaterThanOrEqual(1);
    const mails = await listTestEmails(a);
    expect(mails.some((m) => m.kind === 'notify:match' && m.toAddress === 'aidant@example.org' && m.subject.includes('Courses du vendredi'))).toBe(true);
  });
});

describe('following it up in the council’s name (A5)', () => {
  it('sends answers to the agent, lets colleagues reply as the council, choose, share the address and close', async () => {
    const id = await createRequest({ title: 'Courses du mardi' });
    const { postId } = (await requestRow(a, id))!;
    const council = await getCouncilOrThrow(a);
    const ctx = { council, origin: 'http://guichet-a.localhost' };
    const convId = await withTenant(a, (tx) => startConversation(tx, ctx, p.helper.id, postId));
    const otherConv = await withTenant(a, (tx) => startConversation(tx, ctx, p.other.id, postId));

    // The answer reaches the agent who recorded it, linking into the guichet; nothing goes to the council's account.
    const mails = await listTestEmails(a);
    const toAgent = mails.filter((m) => m.kind === 'notify:response' && m.toAddress === 'accueil@example.org');
    expect(toAgent.length).toBeGreaterThanOrEqual(1);
    expect(toAgent[0]!.html).toContain(`/admin/guichet/${id}/echanges/`);
    expect(mails.some((m) => m.toAddress.endsWith('@compte-mairie.invalid'))).toBe(false);

    // An admin (not the agent who recorded it) replies: the neighbour sees the council.
    as(a, p.admin);
    const sent = await submit(actions.sendAssistedMessageAction, { requestId: id, conversationId: convId, body: 'Merci ! Pouvez-vous passer jeudi ?' });
    expect(sent.redirect).toBe(`/admin/guichet/${id}/echanges/${convId}?ok=envoye#dernier`);
    const helperView = await withTenant(a, (tx) => getConversation(tx, a, p.helper.id, convId));
    expect(helperView.other.name).toBe('Via la mairie — Commune guichet-a');
    const helperMessages = await withTenant(a, (tx) => listMessages(tx, a, p.helper.id, convId));
    expect(helperMessages.at(-1)).toMatchObject({ mine: false, body: 'Merci ! Pouvez-vous passer jeudi ?' });
    expect(JSON.stringify(helperMessages)).not.toMatch(/Isabelle|Hélène/);

    // The address goes to the chosen helper only.
    as(a, p.agent);
    expect(await press(actions.shareAssistedAddressAction, { requestId: id, conversationId: convId })).toContain('erreur=forbidden');
    expect(await press(actions.chooseAssistedHelperAction, { requestId: id, conversationId: convId })).toBe(`/admin/guichet/${id}/echanges/${convId}?ok=choisi`);
    expect((await postRow(a, postId))!.status).toBe('in_progress');
    expect(await press(actions.shareAssistedAddressAction, { requestId: id, conversationId: otherConv })).toContain('erreur=forbidden');
    expect(await press(actions.shareAssistedAddressAction, { requestId: id, conversationId: convId })).toBe(`/admin/guichet/${id}/echanges/${convId}?ok=adresse`);
    const shared = await withTenant(a, (tx) => listMessages(tx, a, p.helper.id, convId));
    expect(shared.at(-1)).toMatchObject({ kind: 'address', body: '12 rue de la Fontaine' });
    const other = await withTenant(a, (tx) => listMessages(tx, a, p.other.id, otherConv));
    expect(JSON.stringify(other)).not.toContain('Fontaine');

    expect(await press(actions.completeAssistedRequestAction, { requestId: id, conversationId: convId, thanks: 'Merci Paul !' })).toBe(`/admin/guichet/${id}?ok=terminee`);
    expect((await postRow(a, postId))!.status).toBe('resolved');
    expect((await requestRow(a, id))!).toMatchObject({ closedBy: p.agent.id });
    const log = await withTenant(a, (tx) => tx.select().from(staffAuditLog).where(eq(staffAuditLog.tenantId, a)));
    const actionsDone = log.filter((l) => l.targetId === id).map((l) => `${l.action}:${l.actorId === p.admin.id ? 'admin' : 'agent'}`);
    expect(actionsDone).toEqual(['assisted.create:agent', 'assisted.message:admin', 'assisted.choose-helper:agent', 'assisted.share-address:agent', 'assisted.close:agent']);
  });

  it('closes a request nobody helped with, and renews one', async () => {
    const id = await createRequest({ title: 'Jardin à tondre' });
    const { postId } = (await requestRow(a, id))!;
    expect(await press(actions.renewAssistedRequestAction, { requestId: id })).toBe(`/admin/guichet/${id}?ok=prolongee`);
    expect(await press(actions.closeAssistedRequestAction, { requestId: id })).toBe(`/admin/guichet/${id}?ok=close`);
    expect((await postRow(a, postId))!.status).toBe('resolved');
    expect(await press(actions.renewAssistedRequestAction, { requestId: id })).toContain('erreur=validation');
  });

  it('refuses every follow-up to residents, moderators and other councils, and changes nothing', async () => {
    const id = await createRequest({ title: 'Promenade du chien' });
    const { postId } = (await requestRow(a, id))!;
    const council = await getCouncilOrThrow(a);
    const convId = await withTenant(a, (tx) => startConversation(tx, { council, origin: 'http://x' }, p.helper.id, postId));
    const snapshot = async () => ({
      post: await postRow(a, postId),
      request: await requestRow(a, id),
      messages: (await withTenant(a, (tx) => tx.select().from(messages).where(and(eq(messages.tenantId, a), eq(messages.conversationId, convId))))).length,
    });
    const before = await snapshot();
    const values = { requestId: id, conversationId: convId };
    for (const [tenant, who, expected] of [
      [a, p.resident, 'forbidden'],
      [a, p.moderator, 'forbidden'],
      [a, null, 'unauthenticated'],
      [b, p.bAgent, 'not_found'], // another council's agent, on their own host, with this council's ids
    ] as const) {
      as(tenant, who);
      expect(await press(actions.chooseAssistedHelperAction, values)).toContain(`erreur=${expected}`);
      expect(await press(actions.shareAssistedAddressAction, values)).toContain(`erreur=${expected}`);
      expect(await press(actions.closeAssistedRequestAction, values)).toContain(`erreur=${expected}`);
      expect(await press(actions.renewAssistedRequestAction, values)).toContain(`erreur=${expected}`);
      expect(await press(actions.completeAssistedRequestAction, values)).toContain(`erreur=${expected}`);
      const sent = await submit(actions.sendAssistedMessageAction, { ...values, body: 'Bonjour' });
      expect(sent.redirect).toBeNull();
    }
    expect(await snapshot()).toEqual(before);
    // A conversation of another request is not this request's.
    const otherId = await createRequest({ title: 'Autre demande' });
    as(a, p.agent);
    expect(await press(actions.chooseAssistedHelperAction, { requestId: otherId, conversationId: convId })).toContain('erreur=not_found');
  });

  it('never lets the council’s account sign in, nor sends it expiry reminders', async () => {
    const council = await getCouncilOrThrow(a);
    const tenant = { id: a, slug: 'guichet-a', customDomain: null, status: 'active' as const, readOnlySince: null, sandboxOf: null };
    await withTenant(a, async (tx) => {
      const signIn = buildAuthConfig({ tenant, council, tx, locale: 'fr' }).callbacks!.signIn!;
      expect(await signIn({ user: { email: 'mairie@compte-mairie.invalid' } } as never)).toBe(false);
      expect(await signIn({ user: { email: 'habitant@example.org', status: 'active' } } as never)).toBe(true);
    });

    const id = await createRequest({ title: 'Bientôt expirée' });
    const { postId } = (await requestRow(a, id))!;
    await withTenant(a, (tx) => tx.update(posts).set({ expiresAt: new Date(Date.now() + 86_400_000) }).where(and(eq(posts.tenantId, a), eq(posts.id, postId))));
    const before = (await listTestEmails(a)).length;
    expect(await sendExpiryReminder(a, postId)).toBe('skipped');
    expect((await listTestEmails(a)).length).toBe(before);
  });

  it('keeps each council’s guichet to itself', async () => {
    const { listAssistedRequests } = await import('@/lib/assisted/assisted-requests');
    const inB = await withTenant(b, (tx) => listAssistedRequests(tx, b, 'open'));
    expect(inB).toEqual([]);
    const inA = await withTenant(a, (tx) => listAssistedRequests(tx, a, 'open'));
    expect(inA.length).toBeGreaterThan(0);
    const rows = await withTenant(b, (tx) => tx.select().from(conversations).where(eq(conversations.tenantId, a)));
    expect(rows).toEqual([]);
  });
});
