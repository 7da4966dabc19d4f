import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { posts } from '@/db/schema/posts';
import { tenants } from '@/db/schema/tenants';
import { users } from '@/db/schema/users';
import { createTestPost, createTestQuartier, createTestSession, createTestTenant, createTestUser } from '@/db/test-fixtures';
import { setupTestDatabase } from '@/db/test-database';
import { withAdmin, withTenant } from '@/db/with-tenant';
import { resetEnvForTests } from '@/lib/env';
import { startFakeGeocoder } from '@/lib/geo/fake-geocoder-server';
import { toMetric } from '@/lib/geo/lambert93';
import { createRenewToken } from '@/lib/posts/renew-token';
import { invalidateTenantDirectory } from '@/lib/tenant/directory';
import { TENANT_ID_HEADER } from '@/lib/tenant/request-tenant-headers';

/**
 * The server actions as a browser calls them: the council comes from the request's headers (set
 * by middleware from the host), the person from the session cookie. Here both are set by hand,
 * to try every action from another council's host and with another council's ids.
 */
const request = vi.hoisted(() => ({ tenantId: '', sessionToken: null as string | null }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ [TENANT_ID_HEADER]: request.tenantId, host: 'test.localhost' }),
  cookies: async () => ({
    get: (name: string) => (name === 'authjs.session-token' && request.sessionToken ? { name, value: request.sessionToken } : undefined),
  }),
}));

const { savePostAction, resolvePostAction, renewPostAction, deletePostAction, renewWithTokenAction } = await import('./actions');
const { setHomeQuartierAction, setHomePointAction, searchHomeAddressAction } = await import('../mon-adresse/actions');

setupTestDatabase();

const centre = { lat: 48.9896, lng: 2.1661 };
let a: { tenantId: string };
let b: { tenantId: string };
let annie: { id: string; token: string };
let bruno: { id: string; token: string };
let newcomer: { id: string; token: string };
let fake: Awaited<ReturnType<typeof startFakeGeocoder>>;

function as(tenantId: string, token: string | null) {
  request.tenantId = tenantId;
  request.sessionToken = token;
}

function form(values: Record<string, string | string[]>) {
  const f = new FormData();
  for (const [k, v] of Object.entries(values)) for (const x of [v].flat()) f.append(k, x);
  return f;
}

/** The redirect target when the action succeeded (Next throws to redirect), or the form state. */
async function submit<S>(action: (prev: S, f: FormData) => Promise<S>, values: Record<string, string | string[]>) {
  try {
    return { state: await action({} as S, form(values)), redirect: null as string | null };
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? '';
    if (!digest.startsWith('NEXT_REDIRECT')) throw error;
    return { state: null, redirect: digest.split(';')[2]! };
  }
}

const goodPost = {
  kind: 'need',
  category: 'courses',
  title: 'Courses au marché',
  description: 'Quelques fruits et légumes samedi matin.',
  when: 'flexible',
  place: 'home',
};

async function postOf(tenantId: string, id: string) {
  const [row] = await withTenant(tenantId, (tx) => tx.select().from(posts).where(and(eq(posts.tenantId, tenantId), eq(posts.id, id))));
  return row;
}

beforeAll(async () => {
  fake = await startFakeGeocoder();
  process.env.GEOCODER_URL = fake.url;
  resetEnvForTests();
  a = await createTestTenant('actions-a', centre);
  b = await createTestTenant('actions-b', centre);
  const u1 = await createTestUser(a.tenantId, 'annie@example.org', { home: toMetric(centre) });
  annie = { id: u1.id, token: await createTestSession(a.tenantId, u1.id) };
  const u2 = await createTestUser(b.tenantId, 'bruno@example.org', { home: toMetric(centre) });
  bruno = { id: u2.id, token: await createTestSession(b.tenantId, u2.id) };
  const u3 = await createTestUser(a.tenantId, 'nouveau@example.org', { name: null, charterAcceptedAt: null });
  newcomer = { id: u3.id, token: await createTestSession(a.tenantId, u3.id) };
});

afterAll(async () => {
  await fake.close();
  delete process.env.GEOCODER_URL;
  resetEnvForTests();
});

beforeEach(() => as(a.tenantId, annie.token));

describe('posting actions (R4)', () => {
  it('publishes and redirects to the new post', async () => {
    const { redirect } = await submit(savePostAction, goodPost);
    expect(redirect).toMatch(/^\/annonces\/[0-9a-f-]{36}\?ok=publiee$/);
    const id = redirect!.split('/')[2]!.split('?')[0]!;
    expect(await postOf(a.tenantId, id)).toMatchObject({ authorId: annie.id, title: 'Courses au marché', status: 'open' });
  });

  it('gives back French errors per field and everything typed, and writes nothing', async () => {
    const before = await withTenant(a.tenantId, (tx) => tx.select().from(posts).where(eq(posts.tenantId, a.tenantId)));
    const { state } = await submit(savePostAction, {
      ...goodPost,
      title: '  ',
      description: 'Mon numéro : 06 12 34 56 78',
      when: 'weekly',
      weekdays: ['mon', 'thu'],
      urgent: 'on',
    });
    expect(state!.message).toBe('Certaines informations sont à corriger.');
    expect(state!.fieldErrors).toEqual({
      title: 'Écrivez un titre d’au moins 5 caractères.',
      description: 'N’écrivez pas de numéro de téléphone ni d’adresse e-mail : vous échangerez ensuite dans une conversation privée.',
    });
    expect(state!.values).toMatchObject({ description: 'Mon numéro : 06 12 34 56 78', weekdays: 'mon,thu', urgent: 'on', kind: 'need' });
    const after = await withTenant(a.tenantId, (tx) => tx.select().from(posts).where(eq(posts.tenantId, a.tenantId)));
    expect(after).toHaveLength(before.length);
  });

  it('searches the address typed and offers the matches, keeping the form', async () => {
    const { state } = await submit(savePostAction, { ...goodPost, place: 'address', address: '12 rue de la Fontaine', intent: 'search' });
    expect(state!.addressResults).toEqual([{ label: '12 Rue de la Fontaine 95220 Herblay-sur-Seine', lat: 48.99041, lng: 2.16412 }]);
    expect(state!.values).toMatchObject({ title: 'Courses au marché', address: '12 rue de la Fontaine' });
    const chosen = JSON.stringify(state!.addressResults![0]);
    const { redirect } = await submit(savePostAction, { ...goodPost, place: 'address', address: '12 rue de la Fontaine', addressChoice: chosen });
    const id = redirect!.split('/')[2]!.split('?')[0]!;
    expect(await postOf(a.tenantId, id)).toMatchObject({ placeKind: 'address', placeLabel: '12 Rue de la Fontaine 95220 Herblay-sur-Seine' });
  });

  it('offers the matches for an address typed but not chosen, with the other errors', async () => {
    const { state } = await submit(savePostAction, { ...goodPost, title: 'Non', place: 'address', address: '21 rue du Val' });
    expect(state!.fieldErrors!.title).toBe('Écrivez un titre d’au moins 5 caractères.');
    expect(state!.addressResults).toEqual([{ label: '21 Rue du Val 95220 Herblay-sur-Seine', lat: 48.98533, lng: 2.18287 }]);
    const noTitleProblem = await submit(savePostAction, { ...goodPost, place: 'address', address: '21 rue du Val' });
    expect(noTitleProblem.state!.fieldErrors).toEqual({ address: 'Écrivez l’adresse puis choisissez-la dans la liste.' });
    expect(noTitleProblem.state!.addressResults).toHaveLength(1);
  });

  it('keeps the address of an edited post when it is left as it was', async () => {
    const chosen = JSON.stringify({ label: '21 Rue du Val 95220 Herblay-sur-Seine', lat: 48.98533, lng: 2.18287 });
    const created = await submit(savePostAction, { ...goodPost, title: 'Chez mon père', place: 'address', address: '21 rue du Val', addressChoice: chosen });
    const id = created.redirect!.split('/')[2]!.split('?')[0]!;
    const before = (await postOf(a.tenantId, id))!;
    const edited = await submit(savePostAction, { ...goodPost, postId: id, title: 'Chez mon père, jeudi', place: 'address', address: before.placeLabel! });
    expect(edited.redirect).toBe(`/annonces/${id}?ok=modifiee`);
    const after = (await postOf(a.tenantId, id))!;
    expect(after).toMatchObject({ title: 'Chez mon père, jeudi', placeKind: 'address', placeLabel: before.placeLabel });
    expect(after.location).toEqual(before.location);
    // A different address typed must be chosen from the list.
    const changed = await submit(savePostAction, { ...goodPost, postId: id, place: 'address', address: '3 rue du Général de Gaulle' });
    expect(changed.state!.fieldErrors).toEqual({ address: 'Écrivez l’adresse puis choisissez-la dans la liste.' });
    expect(changed.state!.addressResults).toHaveLength(1);
  });

  it('explains when the geocoder is down, and keeps the form', async () => {
    fake.mode('down');
    try {
      const { state } = await submit(savePostAction, { ...goodPost, place: 'address', address: '12 rue de la Fontaine', intent: 'search' });
      expect(state!.fieldErrors!.address).toContain('La recherche d’adresse ne répond pas');
      expect(state!.values!.title).toBe('Courses au marché');
    } finally {
      fake.mode('ok');
    }
  });

  it('refuses people not signed in, or not past the welcome step', async () => {
    as(a.tenantId, null);
    expect((await submit(savePostAction, goodPost)).state!.message).toBe('Connectez-vous pour continuer.');
    as(a.tenantId, newcomer.token);
    expect((await submit(savePostAction, goodPost)).state!.message).toBe('Connectez-vous pour continuer.');
  });

  it('stops a flood of posts from one person (X4)', async () => {
    const busy = await createTestUser(a.tenantId, 'presse@example.org', { home: toMetric(centre) });
    as(a.tenantId, await createTestSession(a.tenantId, busy.id));
    const outcomes: string[] = [];
    for (let i = 0; i < 11; i++) {
      const { redirect, state } = await submit(savePostAction, { ...goodPost, title: `Annonce numéro ${i}` });
      outcomes.push(redirect ? 'published' : state!.message!);
    }
    expect(outcomes.slice(0, 10)).toEqual(Array(10).fill('published'));
    expect(outcomes[10]).toBe('Trop de demandes. Attendez quelques minutes avant de réessayer.');
  });

  it('publishes nothing on a closed council', async () => {
    await withAdmin((tx) => tx.update(tenants).set({ status: 'suspended' }).where(eq(tenants.id, a.tenantId)));
    invalidateTenantDirectory();
    try {
      expect((await submit(savePostAction, { ...goodPost, title: 'Site fermé' })).state!.message).toBe('Ce site est fermé pour le moment.');
    } finally {
      await withAdmin((tx) => tx.update(tenants).set({ status: 'active' }).where(eq(tenants.id, a.tenantId)));
      invalidateTenantDirectory();
    }
    const rows = await withTenant(a.tenantId, (tx) => tx.select().from(posts).where(and(eq(posts.tenantId, a.tenantId), eq(posts.title, 'Site fermé'))));
    expect(rows).toEqual([]);
  });
});

describe('every posting action from another council’s host, or with its ids (X1)', () => {
  let annieId: string;
  beforeAll(async () => {
    annieId = (await createTestPost(a.tenantId, annie.id, { title: 'Annonce d’Annie', expiresAt: new Date(Date.now() + 86_400_000) })).id;
  });

  it('Annie’s own session is unknown on council B: every action there asks to sign in', async () => {
    as(b.tenantId, annie.token);
    for (const action of [resolvePostAction, renewPostAction, deletePostAction]) {
      expect((await submit(action, { postId: annieId })).state!.message).toBe('Connectez-vous pour continuer.');
    }
    expect((await submit(savePostAction, { ...goodPost, postId: annieId })).state!.message).toBe('Connectez-vous pour continuer.');
  });

  it('a resident of B naming Annie’s post gets “not found”, and the post is untouched', async () => {
    as(b.tenantId, bruno.token);
    for (const action of [resolvePostAction, renewPostAction, deletePostAction]) {
      expect((await submit(action, { postId: annieId })).state!.message).toBe('Ce contenu n’existe pas ou plus.');
    }
    expect((await submit(savePostAction, { ...goodPost, title: 'Piratée depuis B', postId: annieId })).state!.message).toBe('Ce contenu n’existe pas ou plus.');
    const renewLink = createRenewToken((await postOf(a.tenantId, annieId))!);
    as(b.tenantId, null);
    expect((await submit(renewWithTokenAction, { token: renewLink })).state!.message).toBe('Ce contenu n’existe pas ou plus.');
    expect(await postOf(a.tenantId, annieId)).toMatchObject({ title: 'Annonce d’Annie', status: 'open' });
  });

  it('another resident of the same council cannot touch it either', async () => {
    const other = await createTestUser(a.tenantId, 'voisin@example.org');
    as(a.tenantId, await createTestSession(a.tenantId, other.id));
    for (const action of [resolvePostAction, renewPostAction, deletePostAction]) {
      expect((await submit(action, { postId: annieId })).state!.message).toBe('Ce contenu n’existe pas ou plus.');
    }
    expect(await postOf(a.tenantId, annieId)).toMatchObject({ title: 'Annonce d’Annie', status: 'open' });
  });

  it('the author resolves, renews and deletes; the emailed link renews signed out', async () => {
    const before = (await postOf(a.tenantId, annieId))!;
    as(a.tenantId, null);
    expect((await submit(renewWithTokenAction, { token: createRenewToken(before) })).redirect).toBe(`/annonces/${annieId}/prolonger?ok=1`);
    expect((await postOf(a.tenantId, annieId))!.expiresAt.getTime()).toBeGreaterThan(before.expiresAt.getTime());
    as(a.tenantId, annie.token);
    expect((await submit(renewPostAction, { postId: annieId })).redirect).toBe(`/annonces/${annieId}?ok=prolongee`);
    expect((await submit(resolvePostAction, { postId: annieId })).redirect).toBe(`/annonces/${annieId}?ok=resolue`);
    expect((await postOf(a.tenantId, annieId))!.status).toBe('resolved');
    expect((await submit(deletePostAction, { postId: annieId })).redirect).toBe('/mes-annonces?ok=supprimee');
    expect(await postOf(a.tenantId, annieId)).toBeUndefined();
  });
});

describe('home location actions (R3, X1)', () => {
  it('sets a quartier of this council, refuses another council’s quartier id', async () => {
    const mine = await createTestQuartier(a.tenantId, 'Le Centre', centre);
    const theirs = await createTestQuartier(b.tenantId, 'Chez B', centre);
    expect((await submit(setHomeQuartierAction, { quartier: theirs.id })).state!.fieldErrors).toEqual({ quartier: 'Choisissez un quartier dans la liste.' });
    expect((await submit(setHomeQuartierAction, { quartier: mine.id, suite: '/annonces/nouvelle?type=besoin' })).redirect).toBe('/annonces/nouvelle?type=besoin');
    const [me] = await withTenant(a.tenantId, (tx) => tx.select().from(users).where(eq(users.id, annie.id)));
    expect(me!.homeQuartierId).toBe(mine.id);
    // An off-site `suite` is never followed.
    expect((await submit(setHomeQuartierAction, { quartier: mine.id, suite: '//evil.example/' })).redirect).toBe('/mon-adresse?enregistre=1');
  });

  it('takes a map point inside the council only (the picker’s action)', async () => {
    const outside = await setHomePointAction({ lat: 48.8566, lng: 2.3522 });
    expect(outside).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(!outside.ok && outside.error.fieldErrors?.point).toContain('en dehors de');
    expect(await setHomePointAction({ lat: 'x' as unknown as number, lng: 2 })).toMatchObject({ ok: false, error: { code: 'validation' } });
    // Annie's post published "at home" earlier in this file moves with her.
    expect(await setHomePointAction({ lat: 48.99, lng: 2.17 })).toEqual({ ok: true, data: { movedPosts: 1 } });
    as(b.tenantId, annie.token);
    expect(await setHomePointAction({ lat: 48.99, lng: 2.17 })).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  });

  it('searches addresses only for signed-in residents, and says when the geocoder is slow', async () => {
    const found = await submit(searchHomeAddressAction, { address: '21 rue du Val' });
    expect(found.state!.results).toEqual([{ label: '21 Rue du Val 95220 Herblay-sur-Seine', lat: 48.98533, lng: 2.18287 }]);
    const nothing = await submit(searchHomeAddressAction, { address: '12 rue de la Fontaine Lyon' });
    expect(nothing.state!.fieldErrors!.address).toBe('Aucune adresse trouvée dans Commune actions-a. Vérifiez l’orthographe, ou choisissez votre quartier.');
    as(a.tenantId, null);
    expect((await submit(searchHomeAddressAction, { address: '21 rue du Val' })).state!.fieldErrors!.address).toBe('Connectez-vous pour continuer.');
  });
});
