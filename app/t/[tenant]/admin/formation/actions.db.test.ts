import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { createElement } from 'react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { assistedRequests } from '@/db/schema/assisted-requests';
import { categories } from '@/db/schema/categories';
import { councils } from '@/db/schema/councils';
import { emails } from '@/db/schema/emails';
import { embedSettings } from '@/db/schema/embed-settings';
import { posts } from '@/db/schema/posts';
import { reports } from '@/db/schema/safety';
import { staffAuditLog } from '@/db/schema/staff-audit';
import { sessions, users, verificationTokens } from '@/db/schema/users';
import { createTestPost, createTestSession, createTestTenant, createTestUser } from '@/db/test-fixtures';
import { setupTestDatabase } from '@/db/test-database';
import { withTenant } from '@/db/with-tenant';
import { getAuthSecret } from '@/lib/auth/secret';
import { findUserBySessionToken } from '@/lib/auth/session';
import { deliverEmail } from '@/lib/email/deliver-email';
import { startFakeResend } from '@/lib/email/fake-resend-server';
import { queueEmail } from '@/lib/email/queue-email';
import { resetEnvForTests } from '@/lib/env';
import { fr } from '@/lib/i18n/fr';
import { stopBoss } from '@/lib/jobs/boss';
import { listNearbyPosts } from '@/lib/posts/list-nearby-posts';
import { recordStaffAction } from '@/lib/staff/audit';
import { teamTrainingProgress } from '@/lib/staff/training-checklist';
import { findSandboxOf } from '@/lib/staff/training-sandbox';
import { invalidateCouncil } from '@/lib/tenant/council';
import { invalidateTenantDirectory } from '@/lib/tenant/directory';
import { TENANT_ID_HEADER } from '@/lib/tenant/request-tenant-headers';

/**
 * Training (A8) as browsers call it, on a council's host and on its sandbox's: entering the
 * sandbox, its reset, its mailbox that never sends, the checklist, and the wall between a
 * council and its sandbox.
 */
const request = vi.hoisted(() => ({ tenantId: '', sessionToken: null as string | null, host: 'formation.localhost:3000' }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ [TENANT_ID_HEADER]: request.tenantId, host: request.host }),
  cookies: async () => ({
    get: (name: string) => (name === 'authjs.session-token' && request.sessionToken ? { name, value: request.sessionToken } : undefined),
  }),
}));

const { openTrainingSandboxAction, resetTrainingSandboxAction } = await import('./actions');

setupTestDatabase();

type Person = { id: string; token: string };
let council: string;
let other: string;
let sandbox: string;
const p = {} as Record<'admin' | 'moderator' | 'agent' | 'resident' | 'otherAdmin', Person>;
let fake: Awaited<ReturnType<typeof startFakeResend>>;

async function person(tenantId: string, email: string, values: Partial<typeof users.$inferInsert> = {}): Promise<Person> {
  const u = await createTestUser(tenantId, email, values);
  return { id: u.id, token: await createTestSession(tenantId, u.id) };
}

function as(tenantId: string, who: Person | null, host = 'formation.localhost:3000') {
  request.tenantId = tenantId;
  request.sessionToken = who?.token ?? null;
  request.host = host;
}

async function redirectOf(run: () => Promise<unknown>) {
  try {
    const state = await run();
    return { redirect: null as string | null, state };
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? '';
    if (!digest.startsWith('NEXT_REDIRECT')) throw error;
    return { redirect: digest.split(';')[2]!, state: null };
  }
}

function form(values: Record<string, string>) {
  const f = new FormData();
  for (const [k, v] of Object.entries(values)) f.append(k, v);
  return f;
}


async function count(tenantId: string, table: typeof posts | typeof users | typeof reports | typeof assistedRequests | typeof embedSettings | typeof categories) {
  return (await withTenant(tenantId, (tx) => tx.select().from(table).where(eq(table.tenantId, tenantId)))).length;
}

beforeAll(async () => {
  fake = await startFakeResend();
  council = (await createTestTenant('formation')).tenantId;
  other = (await createTestTenant('formation-voisine')).tenantId;
  p.admin = await person(council, 'admin@mairie.example', { role: 'admin', name: 'Isabelle M.' });
  p.moderator = await person(council, 'moderation@mairie.example', { role: 'moderator', name: 'Karim B.' });
  p.agent = await person(council, 'accueil@mairie.example', { role: 'agent', name: 'Hélène P.' });
  p.resident = await person(council, 'habitant@example.org');
  p.otherAdmin = await person(other, 'admin@mairie.example', { role: 'admin', name: 'Admin voisine' });
  await createTestPost(council, p.resident.id, { title: 'Annonce réelle du conseil' });
});

afterAll(async () => {
  await stopBoss();
  await fake.close();
  delete process.env.RESEND_API_KEY;
  delete process.env.RESEND_BASE_URL;
  resetEnvForTests();
});

describe('entering the training sandbox (A8)', () => {
  it('refuses residents and people not signed in', async () => {
    as(council, p.resident);
    expect((await redirectOf(() => openTrainingSandboxAction())).redirect).toBe('/admin/formation?erreur=forbidden');
    as(council, null);
    expect((await redirectOf(() => openTrainingSandboxAction())).redirect).toBe('/admin/formation?erreur=unauthenticated');
    expect(await findSandboxOf(council)).toBeNull();
  });

  it('creates the sandbox, gives the staff member an account there with the same role, and a one-time link to its host', async () => {
    as(council, p.moderator, 'formation.localhost:3150');
    const { redirect } = await redirectOf(() => openTrainingSandboxAction());
    const url = new URL(redirect!);
    expect(url.origin).toBe('http://formation-formation.localhost:3150');
    expect(url.pathname).toBe('/api/auth/callback/email');
    expect(url.searchParams.get('callbackUrl')).toBe('http://formation-formation.localhost:3150/admin/formation');
    expect(url.searchParams.get('email')).toBe('moderation@mairie.example');
    sandbox = (await findSandboxOf(council))!.id;
    const [account] = await withTenant(sandbox, (tx) => tx.select().from(users).where(and(eq(users.tenantId, sandbox), eq(users.email, 'moderation@mairie.example'))));
    expect(account).toMatchObject({ role: 'moderator', name: 'Karim B.', status: 'active' });
    expect(account!.id).not.toBe(p.moderator!.id);
    // The token is stored hashed, in the sandbox only, for ten minutes.
    const hashed = createHash('sha256').update(`${url.searchParams.get('token')}${getAuthSecret()}`).digest('hex');
    const [token] = await withTenant(sandbox, (tx) => tx.select().from(verificationTokens).where(and(eq(verificationTokens.tenantId, sandbox), eq(verificationTokens.token, hashed))));
    expect(token!.expires.getTime() - Date.now()).toBeLessThanOrEqual(10 * 60_000);
    expect(await withTenant(council, (tx) => tx.select().from(verificationTokens).where(eq(verificationTokens.token, hashed)))).toEqual([]);
    // Written in the council's own log.
    const log = await withTenant(council, (tx) => tx.select().from(staffAuditLog).where(eq(staffAuditLog.tenantId, council)));
    expect(log.map((l) => [l.action, l.actorId])).toContainEqual(['sandbox.join', p.moderator!.id]);
  });

  it('keeps the sandbox role in line with the council’s', async () => {
    await withTenant(council, (tx) => tx.update(users).set({ role: 'admin' }).where(and(eq(users.tenantId, council), eq(users.id, p.moderator!.id))));
    as(council, p.moderator);
    await redirectOf(() => openTrainingSandboxAction());
    const [account] = await withTenant(sandbox, (tx) => tx.select().from(users).where(and(eq(users.tenantId, sandbox), eq(users.email, 'moderation@mairie.example'))));
    expect(account!.role).toBe('admin');
    await withTenant(council, (tx) => tx.update(users).set({ role: 'moderator' }).where(and(eq(users.tenantId, council), eq(users.id, p.moderator!.id))));
    await redirectOf(() => openTrainingSandboxAction());
    const [again] = await withTenant(sandbox, (tx) => tx.select().from(users).where(and(eq(users.tenantId, sandbox), eq(users.email, 'moderation@mairie.example'))));
    expect(again!.role).toBe('moderator');
  });

  it('has no sandbox of its own inside a sandbox', async () => {
    const [account] = await withTenant(sandbox, (tx) => tx.select().from(users).where(and(eq(users.tenantId, sandbox), eq(users.email, 'moderation@mairie.example'))));
    as(sandbox, { id: account!.id, token: await createTestSession(sandbox, account!.id) });
    expect((await redirectOf(() => openTrainingSandboxAction())).redirect).toBe('/admin/formation?erreur=not_found');
  });
});

describe('nothing crosses between a council and its sandbox (X1, A8)', () => {
  it('keeps sessions, people and posts apart', async () => {
    expect(await findUserBySessionToken(sandbox, p.admin!.token)).toBeNull();
    const [account] = await withTenant(sandbox, (tx) => tx.select().from(users).where(and(eq(users.tenantId, sandbox), eq(users.email, 'moderation@mairie.example'))));
    const sandboxToken = await createTestSession(sandbox, account!.id);
    expect(await findUserBySessionToken(council, sandboxToken)).toBeNull();
    const inSandbox = await listNearbyPosts(sandbox, null, { limit: 100 });
    expect(inSandbox.posts.length).toBeGreaterThan(0);
    expect(inSandbox.posts.map((x) => x.title)).not.toContain('Annonce réelle du conseil');
    const inCouncil = await listNearbyPosts(council, null, { limit: 100 });
    expect(inCouncil.posts.map((x) => x.title)).toEqual(['Annonce réelle du conseil']);
    // Under the sandbox's RLS, the council's rows do not exist, even asked for by id.
    expect(await withTenant(sandbox, (tx) => tx.select().from(users).where(eq(users.tenantId, council)))).toEqual([]);
  });

  it('never sends a sandbox email through Resend, whatever the configuration', async () => {
    process.env.RESEND_API_KEY = 're_test_key';
    process.env.RESEND_BASE_URL = fake.url;
    resetEnvForTests();
    const queue = (tenantId: string, to: string) =>
      withTenant(tenantId, (tx) => queueEmail(tx, tenantId, { kind: 'test', to, fromName: 'Mairie', subject: 'Essai', body: createElement('p', null, 'Bonjour') }));
    const fromSandbox = await queue(sandbox, 'moderation@mairie.example');
    const fromCouncil = await queue(council, 'moderation@mairie.example');
    expect(await deliverEmail(sandbox, fromSandbox)).toBe('captured');
    expect(await deliverEmail(council, fromCouncil)).toBe('sent');
    expect(fake.received.map((e) => e.idempotencyKey)).toEqual([fromCouncil]);
    delete process.env.RESEND_API_KEY;
    delete process.env.RESEND_BASE_URL;
    resetEnvForTests();
  });
});

describe('the onboarding checklist (A8)', () => {
  it('ticks each person’s tasks from what they did in the sandbox, matched by email', async () => {
    const sandboxPeople = await withTenant(sandbox, (tx) => tx.select().from(users).where(eq(users.tenantId, sandbox)));
    const sandboxModerator = sandboxPeople.find((u) => u.email === 'moderation@mairie.example')!;
    await withTenant(sandbox, (tx) => recordStaffAction(tx, sandbox, sandboxModerator.id, { action: 'moderation.hide' }));
    // The same action in the council's own log is real work, not training.
    await withTenant(council, (tx) => recordStaffAction(tx, council, p.agent!.id, { action: 'assisted.create' }));
    // Another council's sandbox does not count either.
    const otherSandbox = (await import('@/lib/tenant/sandbox')).createSandboxFor;
    const { sandboxId: otherSandboxId } = await otherSandbox(other);
    const [stranger] = await withTenant(otherSandboxId, (tx) => tx.insert(users).values({ tenantId: otherSandboxId, email: 'accueil@mairie.example', role: 'agent' }).returning());
    await withTenant(otherSandboxId, (tx) => recordStaffAction(tx, otherSandboxId, stranger!.id, { action: 'assisted.create' }));
    invalidateTenantDirectory();

    const team = await teamTrainingProgress(council);
    const byEmail = Object.fromEntries(team.map((t) => [t.email, t.checklist.filter((i) => i.done).map((i) => i.key)]));
    expect(byEmail).toEqual({ 'admin@mairie.example': [], 'moderation@mairie.example': ['moderate'], 'accueil@mairie.example': [] });
    expect(team.find((t) => t.email === 'accueil@mairie.example')!.checklist.map((i) => i.key)).toEqual(['assistedCreate', 'assistedClose']);
  });
});

describe('resetting the sandbox (A8)', () => {
  it('is for the sandbox’s admins only, confirmed, and nowhere else', async () => {
    as(council, p.admin);
    expect(((await redirectOf(() => resetTrainingSandboxAction({}, form({ confirm: 'on' })))).state as { message: string }).message).toBe(fr.errors.notFound);
    const [sandboxModerator] = await withTenant(sandbox, (tx) => tx.select().from(users).where(and(eq(users.tenantId, sandbox), eq(users.email, 'moderation@mairie.example'))));
    as(sandbox, { id: sandboxModerator!.id, token: await createTestSession(sandbox, sandboxModerator!.id) });
    expect(((await redirectOf(() => resetTrainingSandboxAction({}, form({ confirm: 'on' })))).state as { message: string }).message).toBe(fr.errors.forbidden);
  });

  it('erases everything done there, keeps the staff and their record, and brings the synthetic data back', async () => {
    as(council, p.admin);
    const entered = await redirectOf(() => openTrainingSandboxAction());
    expect(entered.redirect).toMatch(/^http:\/\/formation-formation\./);
    const [sandboxAdmin] = await withTenant(sandbox, (tx) => tx.select().from(users).where(and(eq(users.tenantId, sandbox), eq(users.email, 'admin@mairie.example'))));
    const adminToken = await createTestSession(sandbox, sandboxAdmin!.id);
    const initial = { posts: await count(sandbox, posts), users: await count(sandbox, users), reports: await count(sandbox, reports) };
    expect(initial.reports).toBe(3);
    const pending = await withTenant(sandbox, (tx) => tx.select().from(posts).where(and(eq(posts.tenantId, sandbox), eq(posts.moderation, 'pending'))));
    expect(pending).toHaveLength(1);

    // What practising leaves behind.
    await createTestPost(sandbox, sandboxAdmin!.id, { title: 'Essai de l’administratrice' });
    await withTenant(sandbox, async (tx) => {
      await tx.insert(embedSettings).values({ tenantId: sandbox, allowedHosts: ['www.essai.fr'] });
      await tx.insert(categories).values({ tenantId: sandbox, key: 'essai', label: 'Catégorie d’essai', icon: 'heart' });
      await recordStaffAction(tx, sandbox, sandboxAdmin!.id, { action: 'crisis.on' });
    });
    await createTestUser(sandbox, 'invente@formation.invalid');
    // The council changes its branding since: the reset brings it in.
    await withTenant(council, (tx) => tx.update(councils).set({ welcomeTitle: 'Nouveau titre' }).where(eq(councils.tenantId, council)));
    invalidateCouncil(council);

    as(sandbox, { id: sandboxAdmin!.id, token: adminToken });
    const unconfirmed = await redirectOf(() => resetTrainingSandboxAction({}, form({})));
    expect((unconfirmed.state as { fieldErrors: Record<string, string> }).fieldErrors).toEqual({ confirm: fr.training.resetConfirmRequired });
    expect(await count(sandbox, embedSettings)).toBe(1);

    const { redirect } = await redirectOf(() => resetTrainingSandboxAction({}, form({ confirm: 'on' })));
    expect(redirect).toMatch(/^\/admin\/formation\?reinitialise=16-\d+$/);

    expect(await count(sandbox, posts)).toBe(initial.posts);
    expect(await count(sandbox, reports)).toBe(3);
    expect(await count(sandbox, embedSettings)).toBe(0);
    const sandboxPosts = await withTenant(sandbox, (tx) => tx.select().from(posts).where(eq(posts.tenantId, sandbox)));
    expect(sandboxPosts.map((x) => x.title)).not.toContain('Essai de l’administratrice');
    const cats = await withTenant(sandbox, (tx) => tx.select().from(categories).where(eq(categories.tenantId, sandbox)));
    expect(cats.map((c) => c.key).sort()).toEqual(['courses', 'jardinage']);
    const people = await withTenant(sandbox, (tx) => tx.select().from(users).where(eq(users.tenantId, sandbox)));
    expect(people.map((u) => u.email)).not.toContain('invente@formation.invalid');
    expect(people.filter((u) => u.role !== 'resident').map((u) => u.email).sort()).toEqual(['admin@mairie.example', 'moderation@mairie.example']);
    expect(people.length).toBe(initial.users);
    // Still signed in, still credited with what they did.
    expect(await findUserBySessionToken(sandbox, adminToken)).toMatchObject({ email: 'admin@mairie.example' });
    const log = await withTenant(sandbox, (tx) => tx.select().from(staffAuditLog).where(eq(staffAuditLog.tenantId, sandbox)));
    expect(log.map((l) => l.action)).toEqual(expect.arrayContaining(['moderation.hide', 'crisis.on', 'sandbox.reset']));
    const [profile] = await withTenant(sandbox, (tx) => tx.select().from(councils).where(eq(councils.tenantId, sandbox)));
    expect(profile!.welcomeTitle).toBe('Nouveau titre');
    // The council itself is untouched.
    expect((await listNearbyPosts(council, null)).posts.map((x) => x.title)).toEqual(['Annonce réelle du conseil']);
    expect(await withTenant(council, (tx) => tx.select().from(sessions).where(eq(sessions.tenantId, council)))).not.toEqual([]);
    expect(await withTenant(sandbox, (tx) => tx.select().from(emails).where(eq(emails.tenantId, sandbox)))).toEqual([]);
  });
});
