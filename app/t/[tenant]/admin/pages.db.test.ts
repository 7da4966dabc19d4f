import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestSession, createTestTenant, createTestUser } from '@/db/test-fixtures';
import { setupTestDatabase } from '@/db/test-database';
import { withTenant } from '@/db/with-tenant';
import { createAssistedRequest } from '@/lib/assisted/create-assisted-request';
import { assistedInputSchema } from '@/lib/assisted/assisted-input';
import { fr } from '@/lib/i18n/fr';
import { createSandboxFor } from '@/lib/tenant/sandbox';
import { TENANT_ID_HEADER } from '@/lib/tenant/request-tenant-headers';

/**
 * Every console page and route this part adds, opened by each kind of person (A1): only the
 * roles of its section get it; residents get a 404 (the console is not advertised), people
 * signed out are sent to sign in, another council's staff are strangers here, and another
 * council's ids find nothing.
 */
const request = vi.hoisted(() => ({ tenantId: '', sessionToken: null as string | null }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ [TENANT_ID_HEADER]: request.tenantId, host: 'pages.localhost' }),
  cookies: async () => ({
    get: (name: string) => (name === 'authjs.session-token' && request.sessionToken ? { name, value: request.sessionToken } : undefined),
  }),
}));

setupTestDatabase();

type Who = 'admin' | 'moderator' | 'agent' | 'resident' | 'anonymous' | 'otherAdmin';
let a: { tenantId: string; slug: string };
let b: { tenantId: string; slug: string };
let sandbox: { id: string; slug: string };
const tokens: Partial<Record<Who, string>> = {};
let requestId: string;
let bRequestId: string;

async function outcome(who: Who, run: () => Promise<unknown>): Promise<'ok' | '404' | 'sign-in'> {
  request.tenantId = a.tenantId;
  request.sessionToken = who === 'anonymous' ? null : tokens[who]!;
  try {
    await run();
    return 'ok';
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? '';
    if (digest.startsWith('NEXT_HTTP_ERROR_FALLBACK;404')) return '404';
    if (digest.startsWith('NEXT_REDIRECT') && digest.includes('/connexion')) return 'sign-in';
    throw error;
  }
}

async function newRequest(tenantId: string, staffId: string) {
  const input = assistedInputSchema(fr).parse({
    kind: 'need',
    place: 'address',
    category: 'courses',
    title: 'Courses de la semaine',
    description: 'Quelques courses au supermarché.',
    when: 'flexible',
    requesterName: 'Josette Lambert',
    requesterPhone: '0139974000',
    address: '12 rue de la Fontaine',
    placeMode: 'centre',
    consentGiven: 'on',
    consentMethod: 'phone',
  });
  return withTenant(tenantId, (tx) => createAssistedRequest(tx, { tenantId, staffId, input, m: fr, origin: 'http://x' }));
}

beforeAll(async () => {
  a = await createTestTenant('pages-a');
  b = await createTestTenant('pages-b');
  const ids: Partial<Record<Who, string>> = {};
  for (const [who, role] of [
    ['admin', 'admin'],
    ['moderator', 'moderator'],
    ['agent', 'agent'],
    ['resident', 'resident'],
  ] as const) {
    const u = await createTestUser(a.tenantId, `${who}@example.org`, { role });
    ids[who] = u.id;
    tokens[who] = await createTestSession(a.tenantId, u.id);
  }
  const bAdmin = await createTestUser(b.tenantId, 'admin@example.org', { role: 'admin' });
  tokens.otherAdmin = await createTestSession(b.tenantId, bAdmin.id);
  requestId = (await newRequest(a.tenantId, ids.agent!)).id;
  bRequestId = (await newRequest(b.tenantId, bAdmin.id)).id;
  const created = await createSandboxFor(a.tenantId);
  sandbox = { id: created.sandboxId, slug: created.slug };
});

const page = (module: string) => import(module).then((mod: { default: (props: unknown) => Promise<unknown> }) => mod.default);
const params = (extra: Record<string, string> = {}) => ({ params: Promise.resolve({ tenant: a.slug, ...extra }), searchParams: Promise.resolve({}) });

const everyone: Who[] = ['admin', 'moderator', 'agent', 'resident', 'anonymous', 'otherAdmin'];

async function table(run: () => Promise<unknown>) {
  const result: Partial<Record<Who, string>> = {};
  for (const who of everyone) result[who] = await outcome(who, run);
  return result;
}

const staffOnly = { admin: 'ok', moderator: 'ok', agent: 'ok', resident: '404', anonymous: 'sign-in', otherAdmin: 'sign-in' };
const guichet = { admin: 'ok', moderator: '404', agent: 'ok', resident: '404', anonymous: 'sign-in', otherAdmin: 'sign-in' };
const adminOnly = { admin: 'ok', moderator: '404', agent: '404', resident: '404', anonymous: 'sign-in', otherAdmin: 'sign-in' };

describe('console pages by role (A1)', () => {
  it('dashboard (A7): every staff role', async () => {
    const Page = await page('./page');
    expect(await table(() => Page(params()))).toEqual(staffOnly);
  });

  it('guichet (A5): agents and admins', async () => {
    const List = await page('./guichet/page');
    const New = await page('./guichet/nouvelle/page');
    const Detail = await page('./guichet/[id]/page');
    expect(await table(() => List(params()))).toEqual(guichet);
    expect(await table(() => New(params()))).toEqual(guichet);
    expect(await table(() => Detail(params({ id: requestId })))).toEqual(guichet);
  });

  it('guichet: another council’s request or conversation is not found, even for an admin', async () => {
    const Detail = await page('./guichet/[id]/page');
    const Conversation = await page('./guichet/[id]/echanges/[conversationId]/page');
    expect(await outcome('admin', () => Detail(params({ id: bRequestId })))).toBe('404');
    expect(await outcome('admin', () => Detail(params({ id: 'pas-un-identifiant' })))).toBe('404');
    expect(await outcome('admin', () => Conversation(params({ id: requestId, conversationId: '00000000-0000-4000-8000-000000000000' })))).toBe('404');
  });

  it('embed settings (A11): admins only', async () => {
    const Page = await page('./integration/page');
    expect(await table(() => Page(params()))).toEqual(adminOnly);
  });

  it('training and its guide (A8): every staff role; unknown guides are not found', async () => {
    const Training = await page('./formation/page');
    const Index = await page('./formation/guide/page');
    const Guide = await page('./formation/guide/[guide]/page');
    expect(await table(() => Training(params()))).toEqual(staffOnly);
    expect(await table(() => Index(params()))).toEqual(staffOnly);
    expect(await table(() => Guide(params({ guide: 'mode-crise' })))).toEqual(staffOnly);
    expect(await outcome('moderator', () => Guide(params({ guide: 'inconnu' })))).toBe('404');
  });

  it('the sandbox mailbox exists only in a sandbox, for its staff', async () => {
    const Mailbox = await page('./formation/boite-mail/page');
    expect(await outcome('admin', () => Mailbox(params()))).toBe('404');
    const staff = await createTestUser(sandbox.id, 'admin@example.org', { role: 'admin' });
    const resident = await createTestUser(sandbox.id, 'habitant@example.org');
    const inSandbox = { params: Promise.resolve({ tenant: sandbox.slug }), searchParams: Promise.resolve({}) };
    for (const [user, expected] of [
      [staff.id, 'ok'],
      [resident.id, '404'],
    ] as const) {
      request.tenantId = sandbox.id;
      request.sessionToken = await createTestSession(sandbox.id, user);
      let result = 'ok';
      try {
        await Mailbox(inSandbox);
      } catch (error) {
        result = (error as { digest?: string }).digest?.startsWith('NEXT_HTTP_ERROR_FALLBACK;404') ? '404' : String(error);
      }
      expect(result).toBe(expected);
    }
  });

  it('the dashboard CSV: staff only, and nobody else gets more than a 404', async () => {
    const { GET } = await import('./statistiques.csv/route');
    const result: Partial<Record<Who, number>> = {};
    for (const who of everyone) {
      request.tenantId = a.tenantId;
      request.sessionToken = who === 'anonymous' ? null : tokens[who]!;
      const response = await GET(new Request('http://pages-a.localhost/admin/statistiques.csv?du=2026-01-01&au=2026-01-31'));
      result[who] = response.status;
      if (response.status === 200) {
        expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
        expect(response.headers.get('content-disposition')).toBe('attachment; filename="tableau-de-bord-pages-a-2026-01-01-2026-01-31.csv"');
        expect(await response.text()).not.toMatch(/Josette|Lambert|@/);
      }
    }
    expect(result).toEqual({ admin: 200, moderator: 200, agent: 200, resident: 404, anonymous: 404, otherAdmin: 404 });
  });
});
