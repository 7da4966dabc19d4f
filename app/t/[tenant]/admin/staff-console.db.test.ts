import { and, eq } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { announcements } from '@/db/schema/announcements';
import { brandingDrafts } from '@/db/schema/branding-drafts';
import { categories } from '@/db/schema/categories';
import { councils } from '@/db/schema/councils';
import { crisisPlans } from '@/db/schema/crisis';
import { emails } from '@/db/schema/emails';
import { moderationDecisions, moderationSettings } from '@/db/schema/moderation';
import { posts } from '@/db/schema/posts';
import { reports } from '@/db/schema/safety';
import { staffAuditLog } from '@/db/schema/staff-audit';
import { sessions, users } from '@/db/schema/users';
import { createTestPost, createTestSession, createTestTenant, createTestUser } from '@/db/test-fixtures';
import { setupTestDatabase } from '@/db/test-database';
import { withTenant } from '@/db/with-tenant';
import { getSiteNotices } from '@/lib/announcements/site-notices';
import { listEnabledCategories } from '@/lib/categories/list-categories';
import { fr } from '@/lib/i18n/fr';
import { stopBoss } from '@/lib/jobs/boss';
import { getModerationPolicy } from '@/lib/moderation/moderation-policy';
import { recordStaffAction } from '@/lib/staff/audit';
import { brandingValuesOf } from '@/lib/staff/branding';
import { getCouncilOrThrow } from '@/lib/tenant/council';
import { loadCatalogue } from '@/lib/tenant/definition';
import { TENANT_ID_HEADER } from '@/lib/tenant/request-tenant-headers';

/**
 * The staff console's actions (A1–A4, A6, A9, A10) as a browser calls them: the council from
 * the request's headers (middleware sets them from the host), the person from the session
 * cookie. Every action is tried as a resident, a moderator, an agent and an admin of another
 * council (with their cookie on this host, and on their own host with this council's ids):
 * only the right role succeeds, and otherwise not one row of the council changes.
 */
const request = vi.hoisted(() => ({ tenantId: '', sessionToken: null as string | null }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ [TENANT_ID_HEADER]: request.tenantId, host: 'test.localhost' }),
  cookies: async () => ({
    get: (name: string) => (name === 'authjs.session-token' && request.sessionToken ? { name, value: request.sessionToken } : undefined),
  }),
}));

const team = await import('./equipe/actions');
const appearance = await import('./apparence/actions');
const cats = await import('./categories/actions');
const moderation = await import('./moderation/actions');
const announce = await import('./annonces/actions');
const crisis = await import('./crise/actions');
const journalExport = await import('./journal/export/route');

const PAGES = {
  '/admin/equipe': { load: () => import('./equipe/page'), roles: ['admin'] },
  '/admin/apparence': { load: () => import('./apparence/page'), roles: ['admin'] },
  '/admin/categories': { load: () => import('./categories/page'), roles: ['admin'] },
  '/admin/moderation': { load: () => import('./moderation/page'), roles: ['admin', 'moderator'] },
  '/admin/annonces': { load: () => import('./annonces/page'), roles: ['admin'] },
  '/admin/crise': { load: () => import('./crise/page'), roles: ['admin'] },
  '/admin/journal': { load: () => import('./journal/page'), roles: ['admin'] },
} as const;

setupTestDatabase();

type Role = 'resident' | 'moderator' | 'agent' | 'admin';
type Person = { id: string; token: string };
const centre = { lat: 48.9896, lng: 2.1661 };
let a: { tenantId: string; slug: string };
let b: { tenantId: string; slug: string };
const staffA = {} as Record<Role, Person>;
let adminB: Person;
let author: Person;
let target: Person;
let reported: Person;

type Values = Record<string, string | string[]>;
type FormAction = (prev: object, f: FormData) => Promise<object>;

function as(tenantId: string, token: string | null) {
  request.tenantId = tenantId;
  request.sessionToken = token;
}

function form(values: Values) {
  const f = new FormData();
  for (const [k, v] of Object.entries(values)) for (const x of [v].flat()) f.append(k, x);
  return f;
}

/** The redirect target when the action succeeded (Next throws to redirect), or the form state. */
async function submit(action: FormAction, values: Values): Promise<{ state: { message?: string; fieldErrors?: Record<string, string> } | null; redirect: string | null }> {
  try {
    return { state: await action({}, form(values)), redirect: null };
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? '';
    if (!digest.startsWith('NEXT_REDIRECT')) throw error;
    return { state: null, redirect: digest.split(';')[2]! };
  }
}

/** Every row of the council that a console action could touch, in a stable order. */
async function snapshot(tenantId: string) {
  const tables = { councils, categories, users, posts, reports, moderationSettings, moderationDecisions, announcements, crisisPlans, brandingDrafts, staffAuditLog, emails };
  return withTenant(tenantId, async (tx) => {
    const out: Record<string, string[]> = {};
    for (const [name, table] of Object.entries(tables)) {
      const rows = await tx.select().from(table).where(eq(table.tenantId, tenantId));
      out[name] = rows.map((r) => JSON.stringify(r, (_k, v: unknown) => (Buffer.isBuffer(v) ? `bytes:${v.length}` : v))).sort();
    }
    out.sessions = (await tx.select({ t: sessions.sessionToken, u: sessions.userId }).from(sessions).where(eq(sessions.tenantId, tenantId))).map((s) => `${s.u}:${s.t}`).sort();
    return out;
  });
}

async function auditLines(tenantId: string, action: string) {
  return withTenant(tenantId, (tx) => tx.select().from(staffAuditLog).where(and(eq(staffAuditLog.tenantId, tenantId), eq(staffAuditLog.action, action))));
}

async function staffMember(tenantId: string, email: string, role: Role): Promise<Person> {
  const u = await createTestUser(tenantId, email, { role });
  return { id: u.id, token: await createTestSession(tenantId, u.id) };
}

async function categoryIds(tenantId: string) {
  const rows = await withTenant(tenantId, (tx) => tx.select({ id: categories.id, key: categories.key, position: categories.position, status: categories.status }).from(categories).where(eq(categories.tenantId, tenantId)));
  return rows.sort((x, y) => x.position - y.position);
}

async function brandingForm(tenantId: string, change: Partial<Record<string, string>> = {}): Promise<Values> {
  const v = brandingValuesOf(await getCouncilOrThrow(tenantId));
  return {
    name: v.name,
    shortName: v.shortName,
    welcomeTitle: v.welcomeTitle,
    welcomeText: v.welcomeText,
    primary: v.theme.primary,
    onPrimary: v.theme.onPrimary,
    accent: v.theme.accent,
    onAccent: v.theme.onAccent,
    surface: v.theme.surface,
    text: v.theme.text,
    font: v.theme.font,
    publisher: v.legal.publisher,
    address: v.legal.address,
    privacyContact: v.legal.privacyContact,
    hostedBy: v.legal.hostedBy,
    ...Object.fromEntries(Object.entries(change).filter((e): e is [string, string] => typeof e[1] === 'string')),
  };
}

beforeAll(async () => {
  a = await createTestTenant('console-a', centre);
  b = await createTestTenant('console-b', centre);
  for (const role of ['resident', 'moderator', 'agent', 'admin'] as const) staffA[role] = await staffMember(a.tenantId, `${role}@a.example`, role);
  adminB = await staffMember(b.tenantId, 'admin@b.example', 'admin');
  author = await staffMember(a.tenantId, 'autrice@a.example', 'resident');
  target = await staffMember(a.tenantId, 'cible@a.example', 'moderator');
  reported = await staffMember(a.tenantId, 'signale@a.example', 'resident');
});

afterAll(async () => {
  await stopBoss();
});

/**
 * One console action: its values (computed when it runs, once the earlier cases have made
 * what it needs), the roles that may run it, whether its input names rows of the council (then
 * an admin elsewhere with these ids must be refused too), and the audit line it writes.
 */
type Case = { name: string; action: FormAction; values: () => Promise<Values>; roles: readonly Role[]; by?: Role; ids: boolean; audit: string; after?: () => Promise<void> };

let postId = '';
const cases: Case[] = [
  { name: 'invite staff', action: team.inviteStaffAction, values: async () => ({ email: 'nouvelle@a.example', role: 'moderator' }), roles: ['admin'], ids: false, audit: 'staff.invite' },
  { name: 'change a role', action: team.changeStaffRoleAction, values: async () => ({ userId: target.id, role: 'agent' }), roles: ['admin'], ids: true, audit: 'staff.role' },
  { name: 'revoke a role', action: team.changeStaffRoleAction, values: async () => ({ userId: target.id, role: 'resident' }), roles: ['admin'], ids: true, audit: 'staff.revoke' },
  { name: 'save a branding draft', action: appearance.saveBrandingDraftAction, values: () => brandingForm(a.tenantId, { primary: '#6B1D4A' }), roles: ['admin'], ids: false, audit: 'branding.draft' },
  { name: 'discard the draft', action: appearance.discardBrandingDraftAction, values: async () => ({}), roles: ['admin'], ids: false, audit: 'branding.discard' },
  { name: 'save the draft again', action: appearance.saveBrandingDraftAction, values: () => brandingForm(a.tenantId, { primary: '#6B1D4A' }), roles: ['admin'], ids: false, audit: 'branding.draft' },
  {
    name: 'publish the branding',
    action: appearance.publishBrandingAction,
    values: async () => ({}),
    roles: ['admin'],
    ids: false,
    audit: 'branding.publish',
    after: async () => expect((await getCouncilOrThrow(a.tenantId)).theme.primary).toBe('#6B1D4A'),
  },
  { name: 'add a catalogue category', action: cats.addCatalogueCategoryAction, values: async () => ({ catalogueKey: (await loadCatalogue()).find((c) => !['courses', 'jardinage'].includes(c.key))!.key }), roles: ['admin'], ids: false, audit: 'categories.add' },
  { name: 'create an own category', action: cats.createCategoryAction, values: async () => ({ label: 'Prêt de vélos', icon: 'basket', description: 'Un vélo pour une course.' }), roles: ['admin'], ids: false, audit: 'categories.create' },
  { name: 'stop offering a category', action: cats.setCategoryOfferedAction, values: async () => ({ categoryId: (await categoryIds(a.tenantId)).find((c) => c.key === 'jardinage')!.id, offered: '0' }), roles: ['admin'], ids: true, audit: 'categories.disable' },
  { name: 'move a category', action: cats.moveCategoryAction, values: async () => ({ categoryId: (await categoryIds(a.tenantId)).at(-1)!.id, direction: 'up' }), roles: ['admin'], ids: true, audit: 'categories.reorder' },
  { name: 'reorder the categories', action: cats.reorderCategoriesAction, values: async () => ({ order: (await categoryIds(a.tenantId)).filter((c) => c.status === 'enabled').map((c) => c.id).reverse().join(',') }), roles: ['admin'], ids: true, audit: 'categories.reorder' },
  { name: 'archive a category in use', action: cats.removeCategoryAction, values: async () => ({ categoryId: (await withTenant(a.tenantId, (tx) => tx.select().from(posts).where(and(eq(posts.tenantId, a.tenantId), eq(posts.id, postId)))))[0]!.categoryId }), roles: ['admin'], ids: true, audit: 'categories.archive' },
  { name: 'moderation settings', action: moderation.saveModerationSettingsAction, values: async () => ({ mode: 'post', autoHideThreshold: '4', bannedWords: 'arnaque\nescroquerie' }), roles: ['admin', 'moderator'], by: 'moderator', ids: false, audit: 'moderation.settings' },
  { name: 'hide a post', action: moderation.decidePostAction, values: async () => ({ postId, decision: 'hide', reason: 'Annonce commerciale.' }), roles: ['admin', 'moderator'], by: 'moderator', ids: true, audit: 'moderation.hide' },
  { name: 'restore a post', action: moderation.decidePostAction, values: async () => ({ postId, decision: 'restore', reason: 'Après vérification, elle respecte la charte.' }), roles: ['admin', 'moderator'], by: 'admin', ids: true, audit: 'moderation.restore' },
  { name: 'dismiss reports on a person', action: moderation.decideReportsAction, values: async () => ({ targetType: 'user', targetId: reported.id, decision: 'dismiss', reason: '' }), roles: ['admin', 'moderator'], by: 'moderator', ids: true, audit: 'moderation.dismiss' },
  {
    name: 'suspend a person',
    action: moderation.suspendPersonAction,
    values: async () => ({ userId: reported.id, reason: 'Messages insultants répétés.' }),
    roles: ['admin', 'moderator'],
    by: 'moderator',
    ids: true,
    audit: 'moderation.suspend',
    after: async () => {
      const s = await snapshot(a.tenantId);
      expect(s.sessions!.some((x) => x.startsWith(`${reported.id}:`))).toBe(false);
    },
  },
  { name: 'reinstate a person', action: moderation.reinstatePersonAction, values: async () => ({ userId: reported.id, reason: 'Excuses présentées.' }), roles: ['admin', 'moderator'], by: 'admin', ids: true, audit: 'moderation.reinstate' },
  { name: 'publish an announcement', action: announce.publishAnnouncementAction, values: async () => ({ title: 'Collecte de sang', body: 'Mardi à la salle des fêtes.', audience: 'none' }), roles: ['admin'], ids: false, audit: 'announcements.publish' },
  {
    name: 'withdraw an announcement',
    action: announce.endAnnouncementAction,
    values: async () => ({ announcementId: (await withTenant(a.tenantId, (tx) => tx.select().from(announcements).where(eq(announcements.tenantId, a.tenantId))))[0]!.id }),
    roles: ['admin'],
    ids: true,
    audit: 'announcements.end',
  },
  {
    name: 'prepare the crisis plan',
    action: crisis.saveCrisisPlanAction,
    values: async () => ({
      bannerText: 'Crue de la Seine : restez chez vous.',
      categoryIds: [(await categoryIds(a.tenantId)).find((c) => c.key.startsWith('commune-'))!.id],
      preModeration: 'on',
      announcementTitle: 'Crue : entraide',
      announcementBody: 'Proposez votre aide à vos voisins.',
    }),
    roles: ['admin'],
    // Saved elsewhere, the plan keeps none of these ids (checked below): only that council's categories.
    ids: false,
    audit: 'crisis.plan',
  },
  { name: 'crisis mode on', action: crisis.activateCrisisAction, values: async () => ({ confirm: 'oui' }), roles: ['admin'], ids: false, audit: 'crisis.on' },
  { name: 'crisis mode off', action: crisis.deactivateCrisisAction, values: async () => ({ confirm: 'oui' }), roles: ['admin'], ids: false, audit: 'crisis.off' },
];

describe('staff console actions: roles and isolation (A1–A4, A6, A10)', () => {
  beforeAll(async () => {
    const post = await createTestPost(a.tenantId, author.id, { title: 'Cours de guitare' });
    postId = post.id;
    // A report on a person, for "dismiss" (one per reporter, as residents file them).
    await withTenant(a.tenantId, (tx) => tx.insert(reports).values({ tenantId: a.tenantId, reporterId: author.id, targetType: 'user', targetId: reported.id, reason: 'Insultes' }));
  });

  for (const c of cases) {
    it(`${c.name}: refused to others, changes nothing; done by ${c.by ?? 'admin'} and audited`, async () => {
      const values = await c.values();
      const before = await snapshot(a.tenantId);

      for (const role of (['resident', 'moderator', 'agent'] as const).filter((r) => !c.roles.includes(r))) {
        as(a.tenantId, staffA[role].token);
        const { state, redirect } = await submit(c.action, values);
        expect(redirect, `${role} must be refused`).toBeNull();
        expect(state!.message).toBe(fr.errors.forbidden);
      }
      // Another council's admin, with their cookie on this council's host: not signed in here.
      as(a.tenantId, adminB.token);
      const foreign = await submit(c.action, values);
      expect(foreign.redirect).toBeNull();
      expect(foreign.state!.message).toBe(fr.errors.unauthenticated);
      // On their own host, with this council's ids: nothing of theirs by those ids.
      if (c.ids) {
        as(b.tenantId, adminB.token);
        const crossIds = await submit(c.action, values);
        expect(crossIds.redirect, 'ids of another council must not be found').toBeNull();
      }
      expect(await snapshot(a.tenantId)).toEqual(before);

      const by = staffA[c.by ?? 'admin'];
      const linesBefore = (await auditLines(a.tenantId, c.audit)).length;
      as(a.tenantId, by.token);
      const done = await submit(c.action, values);
      expect(done.state, JSON.stringify(done.state)).toBeNull();
      expect(done.redirect).toMatch(/^\//);
      const lines = await auditLines(a.tenantId, c.audit);
      expect(lines).toHaveLength(linesBefore + 1);
      expect(lines.some((l) => l.actorId === by.id)).toBe(true);
      await c.after?.();
    });
  }

  it('keeps the last admin: they can neither demote themselves nor be demoted', async () => {
    as(a.tenantId, staffA.admin.token);
    const before = await snapshot(a.tenantId);
    const { state, redirect } = await submit(team.changeStaffRoleAction, { userId: staffA.admin.id, role: 'moderator' });
    expect(redirect).toBeNull();
    expect(state!.message).toBeTruthy();
    expect(await snapshot(a.tenantId)).toEqual(before);
  });

  it('wrote nothing in the other council, whose own actions stayed its own', async () => {
    const lines = await withTenant(b.tenantId, (tx) => tx.select().from(staffAuditLog).where(eq(staffAuditLog.tenantId, b.tenantId)));
    // Only actions that name no row of the council can have run there, on the admin's own data.
    const allowed = new Set(cases.filter((c) => !c.ids).map((c) => c.audit));
    for (const l of lines) expect(allowed.has(l.action), l.action).toBe(true);
    expect((await getCouncilOrThrow(b.tenantId)).theme.primary).toBe('#0F4C81');
    const [planB] = await withTenant(b.tenantId, (tx) => tx.select().from(crisisPlans).where(eq(crisisPlans.tenantId, b.tenantId)));
    expect(planB?.categoryIds ?? []).toEqual([]);
  });
});

describe('crisis mode on and off (A10)', () => {
  it('brings the banner, the categories first, pre-moderation and the announcement, then puts everything back', async () => {
    as(a.tenantId, staffA.admin.token);
    const standby = { notices: await getSiteNotices(a.tenantId), order: (await listEnabledCategories(a.tenantId)).map((c) => c.id), policy: await withTenant(a.tenantId, (tx) => getModerationPolicy(tx, a.tenantId)) };
    expect(standby.notices.crisisBanner).toBeNull();

    expect((await submit(crisis.activateCrisisAction, { confirm: 'non' })).redirect).toBeNull();
    expect((await submit(crisis.activateCrisisAction, { confirm: 'oui' })).redirect).toBe('/admin/crise?ok=active');
    const plan = (await withTenant(a.tenantId, (tx) => tx.select().from(crisisPlans).where(eq(crisisPlans.tenantId, a.tenantId))))[0]!;
    const on = await getSiteNotices(a.tenantId);
    expect(on.crisisBanner).toBe('Crue de la Seine : restez chez vous.');
    expect(on.announcements.map((x) => x.title)).toContain('Crue : entraide');
    expect((await listEnabledCategories(a.tenantId))[0]!.id).toBe(plan.categoryIds[0]);
    const policy = await withTenant(a.tenantId, (tx) => getModerationPolicy(tx, a.tenantId));
    expect(policy.mode).toBe('pre');
    // Switching on twice is refused, with a sentence.
    expect((await submit(crisis.activateCrisisAction, { confirm: 'oui' })).state!.message).toBe(fr.crisisAdmin.alreadyOn);

    expect((await submit(crisis.deactivateCrisisAction, { confirm: 'oui' })).redirect).toBe('/admin/crise?ok=veille');
    const off = await getSiteNotices(a.tenantId);
    expect(off.crisisBanner).toBeNull();
    expect(off.announcements.map((x) => x.title)).not.toContain('Crue : entraide');
    expect((await listEnabledCategories(a.tenantId)).map((c) => c.id)).toEqual(standby.order);
    expect((await withTenant(a.tenantId, (tx) => getModerationPolicy(tx, a.tenantId))).mode).toBe(standby.policy.mode);
  });
});

describe('console pages: only the right role, only this council', () => {
  async function open(path: keyof typeof PAGES, tenantSlug: string) {
    const { default: Page } = await PAGES[path].load();
    try {
      await (Page as (p: object) => Promise<unknown>)({ params: Promise.resolve({ tenant: tenantSlug }), searchParams: Promise.resolve({}) });
      return 'ok';
    } catch (error) {
      const digest = (error as { digest?: string }).digest ?? '';
      if (digest.startsWith('NEXT_REDIRECT')) return 'sign-in';
      if (digest.startsWith('NEXT_HTTP_ERROR_FALLBACK;404')) return 'not-found';
      throw error;
    }
  }

  for (const [path, page] of Object.entries(PAGES) as [keyof typeof PAGES, (typeof PAGES)[keyof typeof PAGES]][]) {
    it(`${path}: ${page.roles.join(', ')} only`, async () => {
      for (const role of ['resident', 'moderator', 'agent', 'admin'] as const) {
        as(a.tenantId, staffA[role].token);
        expect(await open(path, a.slug), role).toBe((page.roles as readonly string[]).includes(role) ? 'ok' : 'not-found');
      }
      as(a.tenantId, adminB.token);
      expect(await open(path, a.slug)).toBe('sign-in');
    });
  }
});

describe('audit log export (A9)', () => {
  async function download(tenantId: string, token: string | null, query = '') {
    as(tenantId, token);
    return journalExport.GET(new NextRequest(`http://test.localhost/admin/journal/export${query}`));
  }

  it('is for this council’s admins only', async () => {
    for (const role of ['resident', 'moderator', 'agent'] as const) expect((await download(a.tenantId, staffA[role].token)).status).toBe(404);
    expect((await download(a.tenantId, adminB.token)).status).toBe(404);
    expect((await download(a.tenantId, null)).status).toBe(404);
  });

  it('exports the filtered lines of this council only, formula cells defused, and logs the export', async () => {
    const formula = await createTestUser(a.tenantId, 'formule@a.example', { role: 'admin', name: '=HYPERLINK("http://evil.example")' });
    await withTenant(a.tenantId, (tx) => recordStaffAction(tx, a.tenantId, formula.id, { action: 'staff.invite', targetType: 'user', details: { email: '+33@x' } }));
    await withTenant(b.tenantId, (tx) => recordStaffAction(tx, b.tenantId, adminB.id, { action: 'staff.invite', targetType: 'user', details: { email: 'only-b@b.example' } }));

    const res = await download(a.tenantId, staffA.admin.token, '?action=staff.invite');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="journal-console-a-\d{4}-\d{2}-\d{2}\.csv"$/);
    const csv = await res.text();
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe(fr.auditLog.csvHeader);
    expect(lines).toHaveLength(3);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(csv).toContain('nouvelle@a.example');
    expect(csv).not.toContain('only-b@b.example');
    expect(lines.slice(1).every((l) => l.split(';').includes('staff.invite'))).toBe(true);
    const exports = await auditLines(a.tenantId, 'audit.export');
    expect(exports).toHaveLength(1);
    expect(exports[0]!).toMatchObject({ actorId: staffA.admin.id, details: { rows: 2, action: 'staff.invite' } });

    // The date filter is a French day: today's lines are in, tomorrow's range is empty.
    const tomorrow = new Date(Date.now() + 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' });
    const empty = await (await download(a.tenantId, staffA.admin.token, `?du=${tomorrow}`)).text();
    expect(empty.replace(/^\uFEFF/, '').trim().split('\r\n')).toHaveLength(1);
  });
});
