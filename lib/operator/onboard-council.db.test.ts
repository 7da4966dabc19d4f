import { Auth, skipCSRFCheck } from '@auth/core';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '@/db/client';
import { billingAccounts } from '@/db/schema/billing';
import { categories } from '@/db/schema/categories';
import { councils } from '@/db/schema/councils';
import { emails } from '@/db/schema/emails';
import { posts } from '@/db/schema/posts';
import { tenants } from '@/db/schema/tenants';
import { sessions, users } from '@/db/schema/users';
import { createTestTenant } from '@/db/test-fixtures';
import { setupTestDatabase } from '@/db/test-database';
import { withAdmin, withTenant } from '@/db/with-tenant';
import { buildAuthConfig } from '@/lib/auth/auth-config';
import { startFakeStripe, type FakeStripe } from '@/lib/billing/fake-stripe-server';
import { extractLinks } from '@/lib/email/mailbox';
import { resetEnvForTests } from '@/lib/env';
import { getMessages } from '@/lib/i18n/messages';
import { stopBoss } from '@/lib/jobs/boss';
import { getCouncilOrThrow } from '@/lib/tenant/council';
import { findTenantById, findTenantBySlug } from '@/lib/tenant/directory';
import { councilInputSchema, folderFromInput, loadPresets, type CouncilInput } from './council-input';
import { onboardCouncil, SubdomainTakenError } from './onboard-council';

setupTestDatabase();

const m = getMessages('fr');
const actor = { id: null, label: 'test' };
let fake: FakeStripe;

function conflansInput(overrides: Partial<Record<keyof CouncilInput, string>> = {}) {
  return councilInputSchema(m, ['essentiel', 'complet', 'crise']).parse({
    name: 'Conflans-Sainte-Honorine',
    kind: 'commune',
    inseeCode: '78172',
    population: '35000',
    slug: 'conflans',
    centreLat: '48.9947',
    centreLng: '2.0947',
    radiusKm: '3',
    primary: '#7A1F2B',
    accent: '#FFD166',
    font: 'serif',
    preset: 'essentiel',
    adminEmail: 'Maire.Adjointe@Conflans.example ',
    ...overrides,
  });
}

async function adminEmailsTo(tenantId: string, to: string) {
  return withTenant(tenantId, (tx) =>
    tx.select().from(emails).where(and(eq(emails.tenantId, tenantId), eq(emails.toAddress, to), eq(emails.kind, 'staff-invite'))),
  );
}

beforeAll(async () => {
  fake = await startFakeStripe();
  process.env.STRIPE_SECRET_KEY = fake.secretKey;
  process.env.STRIPE_API_HOST = '127.0.0.1';
  process.env.STRIPE_API_PORT = String(fake.port);
  process.env.STRIPE_API_PROTOCOL = 'http';
  resetEnvForTests();
});

afterAll(async () => {
  await stopBoss();
  await fake.close();
  for (const k of ['STRIPE_SECRET_KEY', 'STRIPE_API_HOST', 'STRIPE_API_PORT', 'STRIPE_API_PROTOCOL']) delete process.env[k];
  resetEnvForTests();
});

describe('onboarding a council (O2)', () => {
  let tenantId: string;

  it('creates the council in trial, with its preset categories, branding and a Stripe customer', async () => {
    const presets = await loadPresets();
    const result = await onboardCouncil(folderFromInput(conflansInput(), presets, null), {
      mode: 'new',
      adminEmail: 'maire.adjointe@conflans.example',
      actor,
      operatorOrigin: 'http://admin.localhost:3130',
      locale: 'fr',
    });
    tenantId = result.tenantId;
    expect(result).toMatchObject({ slug: 'conflans', created: true, sandboxSlug: 'conflans-formation', invited: 'sent', billing: 'customer' });

    const tenant = await findTenantBySlug('conflans');
    expect(tenant).toMatchObject({ id: tenantId, status: 'trial', sandboxOf: null, readOnlySince: null });
    const council = await getCouncilOrThrow(tenantId);
    expect(council).toMatchObject({ name: 'Conflans-Sainte-Honorine', kind: 'commune', inseeCode: '78172', population: 35000, defaultRadiusKm: 3 });
    expect(council.theme).toMatchObject({ primary: '#7A1F2B', onPrimary: '#FFFFFF', accent: '#FFD166', onAccent: '#000000', font: 'serif' });
    const keys = await withTenant(tenantId, (tx) => tx.select({ key: categories.key }).from(categories).where(eq(categories.tenantId, tenantId)));
    expect(keys.map((k) => k.key).sort()).toEqual(['administratif', 'appels', 'courses', 'informatique', 'medicaments']);

    const [account] = await withTenant(tenantId, (tx) => tx.select().from(billingAccounts).where(eq(billingAccounts.tenantId, tenantId)));
    expect(account!.stripeCustomerId).toMatch(/^cus_/);
    expect(fake.store.customers.get(account!.stripeCustomerId!)).toMatchObject({ name: 'Conflans-Sainte-Honorine', metadata: { tenant_id: tenantId } });
  });

  it('gives it a training sandbox with the same branding, categories, and synthetic people and posts', async () => {
    const sandbox = await findTenantBySlug('conflans-formation');
    expect(sandbox).toMatchObject({ sandboxOf: tenantId, status: 'active' });
    const sandboxCouncil = await getCouncilOrThrow(sandbox!.id);
    const council = await getCouncilOrThrow(tenantId);
    expect(sandboxCouncil.theme).toEqual(council.theme);
    expect(sandboxCouncil.name).toBe(council.name);
    const data = await withTenant(sandbox!.id, async (tx) => ({
      categories: await tx.select({ key: categories.key }).from(categories).where(eq(categories.tenantId, sandbox!.id)),
      users: await tx.select().from(users).where(eq(users.tenantId, sandbox!.id)),
      posts: await tx.select().from(posts).where(eq(posts.tenantId, sandbox!.id)),
    }));
    expect(data.categories).toHaveLength(5);
    expect(data.users.length).toBeGreaterThanOrEqual(10);
    expect(data.users.every((u) => u.email.endsWith('@formation.invalid') && u.home !== null && u.role === 'resident')).toBe(true);
    expect(data.posts.length).toBeGreaterThanOrEqual(5);
    // Every enabled category has something to practise on.
    const categoryIds = new Set(data.posts.map((p) => p.categoryId));
    expect(categoryIds.size).toBe(5);
  });

  it('invites the first admin with a link on the council’s own host that signs them in, once', async () => {
    const [invite] = await adminEmailsTo(tenantId, 'maire.adjointe@conflans.example');
    expect(invite).toBeDefined();
    expect(invite!.fromName).toBe('Conflans-Sainte-Honorine');
    const link = extractLinks(invite!.html).find((l) => l.href.includes('/api/auth/callback/email'))!.href;
    const url = new URL(link);
    expect(url.host).toBe('conflans.localhost:3130');
    expect(url.searchParams.get('callbackUrl')).toBe('http://conflans.localhost:3130/bienvenue');

    const tenant = (await findTenantById(tenantId))!;
    const council = await getCouncilOrThrow(tenantId);
    const signIn = (request: Request, t = tenant) =>
      withTenant(t.id, (tx) => Auth(request, { ...buildAuthConfig({ tenant: t, council, tx, locale: 'fr' }), skipCSRFCheck }));

    // The same link opened on another council finds no token there.
    const other = await createTestTenant('voisine');
    const otherTenant = (await findTenantById(other.tenantId))!;
    const elsewhere = new URL(link);
    elsewhere.host = 'voisine.localhost:3130';
    const refused = await withTenant(otherTenant.id, async (tx) =>
      Auth(new Request(elsewhere), { ...buildAuthConfig({ tenant: otherTenant, council: await getCouncilOrThrow(otherTenant.id), tx, locale: 'fr' }), skipCSRFCheck }),
    );
    expect(refused.headers.get('location')).toContain('error=Verification');

    const response = await signIn(new Request(link));
    expect(response.headers.get('location')).toBe('http://conflans.localhost:3130/bienvenue');
    expect(response.headers.getSetCookie().some((c) => c.startsWith('authjs.session-token='))).toBe(true);
    const [admin] = await withTenant(tenantId, (tx) =>
      tx.select().from(users).where(and(eq(users.tenantId, tenantId), eq(users.email, 'maire.adjointe@conflans.example'))),
    );
    expect(admin).toMatchObject({ role: 'admin', status: 'active' });
    expect(admin!.emailVerified).not.toBeNull();
    const adminSessions = await withTenant(tenantId, (tx) => tx.select().from(sessions).where(eq(sessions.userId, admin!.id)));
    expect(adminSessions).toHaveLength(1);

    const again = await signIn(new Request(link));
    expect(again.headers.get('location')).toContain('error=Verification');
  });

  it('refuses a subdomain that is taken, and changes nothing', async () => {
    const presets = await loadPresets();
    const before = rowsOf<{ n: number }>(await withAdmin((tx) => tx.execute(sql`select count(*)::int as n from tenants`)))[0]!.n;
    await expect(
      onboardCouncil(folderFromInput(conflansInput({ name: 'Autre commune' }), presets, null), { mode: 'new', actor, locale: 'fr' }),
    ).rejects.toBeInstanceOf(SubdomainTakenError);
    const after = rowsOf<{ n: number }>(await withAdmin((tx) => tx.execute(sql`select count(*)::int as n from tenants`)))[0]!.n;
    expect(after).toBe(before);
    const [council] = await withTenant(tenantId, (tx) => tx.select().from(councils).where(eq(councils.tenantId, tenantId)));
    expect(council!.name).toBe('Conflans-Sainte-Honorine');
  });

  it('is idempotent from the command line: same council, same sandbox, no second invitation', async () => {
    const presets = await loadPresets();
    const sandbox = (await findTenantBySlug('conflans-formation'))!;
    const sandboxPeople = async () =>
      rowsOf<{ n: number }>(await withAdmin((tx) => tx.execute(sql`select count(*)::int as n from users where tenant_id = ${sandbox.id}`)))[0]!.n;
    const peopleBefore = await sandboxPeople();
    const customersBefore = fake.store.customers.size;
    const result = await onboardCouncil(folderFromInput(conflansInput({ population: '36000' }), presets, null), {
      mode: 'upsert',
      adminEmail: 'maire.adjointe@conflans.example',
      actor,
      locale: 'fr',
    });
    expect(result).toMatchObject({ tenantId, created: false, invited: 'already_admin', billing: 'customer' });
    expect((await getCouncilOrThrow(tenantId)).population).toBe(36000);
    expect(await sandboxPeople()).toBe(peopleBefore);
    expect(await adminEmailsTo(tenantId, 'maire.adjointe@conflans.example')).toHaveLength(1);
    expect(fake.store.customers.size).toBe(customersBefore);
    const [tenant] = await withAdmin((tx) => tx.select().from(tenants).where(eq(tenants.id, tenantId)));
    expect(tenant!.status).toBe('trial');
  });

  it('validates the wizard’s input with sentences for each field', () => {
    const result = councilInputSchema(m, ['essentiel']).safeParse({
      name: 'X',
      kind: 'ville',
      inseeCode: '7',
      population: '-3',
      slug: 'admin',
      centreLat: '12',
      centreLng: 'abc',
      radiusKm: '0',
      primary: 'rouge',
      accent: '#FFF',
      preset: 'inconnu',
      adminEmail: 'pas-une-adresse',
    });
    expect(result.success).toBe(false);
    const byField = Object.fromEntries(result.error!.issues.map((i) => [i.path.join('.'), i.message]));
    const e = m.operator.wizard.errors;
    expect(byField).toMatchObject({
      name: e.name,
      kind: e.kind,
      inseeCode: e.inseeCode,
      population: e.population,
      slug: e.slug.reserved,
      centreLat: e.centre,
      centreLng: e.centre,
      radiusKm: e.radius,
      primary: e.colour,
      accent: e.colour,
      preset: e.preset,
      adminEmail: e.adminEmail,
    });
    for (const [slug, problem] of [
      ['conflans-formation', 'sandbox'],
      ['Conflans Sainte', 'format'],
      ['-conflans', 'format'],
      ['c', 'length'],
      ['www', 'reserved'],
    ] as const) {
      const r = councilInputSchema(m, ['essentiel']).safeParse({ slug });
      expect(r.error!.issues.find((i) => i.path[0] === 'slug')?.message, slug).toBe(e.slug[problem]);
    }
  });
});
