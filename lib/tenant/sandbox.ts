import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { and, count, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { categories, type Category } from '@/db/schema/categories';
import { councils, type Council } from '@/db/schema/councils';
import { posts } from '@/db/schema/posts';
import { quartiers, type Quartier } from '@/db/schema/quartiers';
import { reports } from '@/db/schema/safety';
import { staffAuditLog } from '@/db/schema/staff-audit';
import { tenants } from '@/db/schema/tenants';
import { users } from '@/db/schema/users';
import { listTenantTables, quoteIdent } from '@/db/tenant-tables';
import { afterCommit, withAdmin, withTenant } from '@/db/with-tenant';
import { toMetric, type Metric } from '@/lib/geo/lambert93';
import { format } from '@/lib/i18n/messages';
import { postSearchText } from '@/lib/posts/search-text';
import { invalidateCouncil } from './council';
import { TENANTS_DIR } from './definition';
import { findTenantById, invalidateTenantDirectory } from './directory';
import { sandboxSlugFor } from './reserved';

const contentSchema = z.object({
  residents: z.array(z.string().min(2)).min(4),
  posts: z.array(
    z.object({
      category: z.string(),
      kind: z.enum(['need', 'offer']),
      urgency: z.enum(['normal', 'urgent']),
      title: z.string().max(80),
      description: z.string().max(1000),
    }),
  ),
  generic: z.record(z.enum(['need', 'offer']), z.object({ title: z.string(), description: z.string() })),
  /** Something for the moderation queue: reports on one post, and one post waiting for approval. */
  practice: z
    .object({
      reportReasons: z.array(z.string().min(3).max(1000)).min(1),
      pending: z.object({
        category: z.string(),
        kind: z.enum(['need', 'offer']),
        urgency: z.enum(['normal', 'urgent']),
        title: z.string().max(80),
        description: z.string().max(1000),
      }),
    })
    .optional(),
});

export type SandboxResult = { sandboxId: string; slug: string; created: boolean; residents: number; posts: number };

type SandboxContent = z.infer<typeof contentSchema>;

async function readContent(): Promise<SandboxContent> {
  return contentSchema.parse(JSON.parse(await readFile(path.join(TENANTS_DIR, 'sandbox.json'), 'utf8')));
}

/**
 * What a sandbox copies from its council: the profile (branding included), categories and
 * quartiers, plus the synthetic content: the one place where a sandbox's data comes from
 * another tenant.
 */
export type SandboxTemplate = {
  councilSlug: string;
  profile: Omit<Council, 'tenantId' | 'updatedAt'>;
  categories: Omit<Category, 'tenantId' | 'id' | 'createdAt'>[];
  quartiers: Omit<Quartier, 'tenantId' | 'id'>[];
  content: SandboxContent;
};

async function readTemplateRows(tx: Tx, councilId: string, councilSlug: string, content: SandboxContent): Promise<SandboxTemplate> {
  const [council] = await tx.select().from(councils).where(eq(councils.tenantId, councilId));
  if (!council) throw new Error(`createSandboxFor: tenant ${councilId} has no council profile`);
  const { tenantId: _t, updatedAt: _u, ...profile } = council;
  const categoryRows = (await tx.select().from(categories).where(eq(categories.tenantId, councilId))).map(
    ({ tenantId: _ti, id: _id, createdAt: _c, ...c }) => c,
  );
  const quartierRows = (await tx.select().from(quartiers).where(eq(quartiers.tenantId, councilId))).map(({ tenantId: _ti, id: _id, ...q }) => q);
  return { councilSlug, profile, categories: categoryRows, quartiers: quartierRows, content };
}

/**
 * The template for resetting a sandbox (A8): its council's current branding, categories and
 * quartiers, read in the council's own transaction (its RLS, not the owner connection). Called
 * before the sandbox's transaction opens: one transaction cannot serve two councils.
 */
export async function readSandboxTemplate(sandboxId: string): Promise<SandboxTemplate> {
  const content = await readContent();
  const sandbox = await findTenantById(sandboxId);
  const councilId = sandbox?.sandboxOf;
  if (!councilId) throw new Error(`readSandboxTemplate: ${sandboxId} is not a sandbox`);
  const council = await findTenantById(councilId);
  if (!council) throw new Error(`readSandboxTemplate: no council ${councilId}`);
  return withTenant(councilId, (tx) => readTemplateRows(tx, councilId, council.slug, content));
}

/** Profile, categories and quartiers brought up to date in the sandbox (upserts: ids are kept). */
async function writeTemplate(tx: Tx, sandboxId: string, template: SandboxTemplate) {
  await tx
    .insert(councils)
    .values({ tenantId: sandboxId, ...template.profile })
    .onConflictDoUpdate({ target: councils.tenantId, set: template.profile });
  for (const c of template.categories) {
    const { key, ...values } = c;
    await tx
      .insert(categories)
      .values({ tenantId: sandboxId, key, ...values })
      .onConflictDoUpdate({ target: [categories.tenantId, categories.key], set: values });
  }
  for (const q of template.quartiers) {
    const { name, ...values } = q;
    await tx
      .insert(quartiers)
      .values({ tenantId: sandboxId, name, ...values })
      .onConflictDoUpdate({ target: [quartiers.tenantId, quartiers.name], set: values });
  }
  return tx.select().from(quartiers).where(eq(quartiers.tenantId, sandboxId));
}

/**
 * The council's training sandbox (A8): a separate tenant at `<slug>-formation`, pointing to its
 * council, with the same branding, categories and quartiers, and synthetic residents and posts
 * so staff can practise every action without reaching a real person (their addresses end in
 * `.invalid`). Idempotent: branding, categories and quartiers are brought up to date; the
 * synthetic people and posts are generated once, when the sandbox is empty.
 */
export async function createSandboxFor(tenantId: string): Promise<SandboxResult> {
  const content = await readContent();
  const result = await withAdmin(async (tx) => {
    const [source] = await tx.select().from(tenants).where(eq(tenants.id, tenantId));
    if (!source) throw new Error(`createSandboxFor: no tenant ${tenantId}`);
    if (source.sandboxOf) throw new Error(`createSandboxFor: ${source.slug} is itself a sandbox`);
    const slug = sandboxSlugFor(source.slug);

    const [row] = await tx
      .insert(tenants)
      .values({ slug, status: 'active', sandboxOf: tenantId })
      .onConflictDoUpdate({ target: tenants.slug, set: { updatedAt: new Date() } })
      .returning({ id: tenants.id, sandboxOf: tenants.sandboxOf, created: tenants.createdAt });
    if (row!.sandboxOf !== tenantId) throw new Error(`createSandboxFor: ${slug} already belongs to another council`);
    const sandboxId = row!.id;

    const template = await readTemplateRows(tx, tenantId, source.slug, content);
    const sandboxQuartiers = await writeTemplate(tx, sandboxId, template);

    const [{ n } = { n: 0 }] = await tx.select({ n: count() }).from(users).where(eq(users.tenantId, sandboxId));
    if (n > 0) return { sandboxId, slug, created: false, residents: 0, posts: 0 };
    const generated = await generatePeopleAndPosts(tx, sandboxId, template.profile, sandboxQuartiers, content, source.slug);
    return { sandboxId, slug, created: true, ...generated };
  });
  invalidateTenantDirectory();
  invalidateCouncil(result.sandboxId);
  return result;
}

/** Kept through a reset: the practising staff (and their sessions) and the log of what they did. */
const KEPT_TABLES = new Set(['councils', 'users', 'sessions', 'staff_audit_log']);

/**
 * "Réinitialiser l'espace de formation" (A8): every row of the sandbox goes — posts,
 * conversations, reports, emails, assisted requests, settings, residents, and whatever tables
 * are added later (read from the catalogue) — except the staff accounts practising there and
 * the audit log, which is their training record; then the council's current branding,
 * categories and quartiers and the same synthetic people and posts are written again. Runs in
 * the sandbox's own transaction (withTenant), so RLS confines every statement to the sandbox.
 */
export async function resetSandboxData(tx: Tx, sandboxId: string, template: SandboxTemplate) {
  const deleted: Record<string, number> = {};
  for (const table of await listTenantTables(tx)) {
    if (KEPT_TABLES.has(table)) continue;
    const result = await tx.execute(sql`delete from ${quoteIdent(table)} where tenant_id = ${sandboxId}`);
    const n = (result as { count?: number; affectedRows?: number }).count ?? (result as { affectedRows?: number }).affectedRows ?? 0;
    if (n) deleted[table] = n;
  }
  // Residents go, unless the log names them (someone promoted while practising, then demoted).
  await tx
    .delete(users)
    .where(
      and(
        eq(users.tenantId, sandboxId),
        eq(users.role, 'resident'),
        sql`not exists (select 1 from ${staffAuditLog} a where a.tenant_id = ${users.tenantId} and a.actor_id = ${users.id})`,
      ),
    );
  await tx.update(users).set({ homeQuartierId: null }).where(eq(users.tenantId, sandboxId));
  const sandboxQuartiers = await writeTemplate(tx, sandboxId, template);
  const generated = await generatePeopleAndPosts(tx, sandboxId, template.profile, sandboxQuartiers, template.content, template.councilSlug);
  afterCommit(tx, () => invalidateCouncil(sandboxId));
  return { deleted, ...generated };
}

/** A small deterministic generator: the same council always gets the same sandbox. */
function seededRandom(seed: string) {
  let h = 2166136261;
  for (const ch of seed) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return () => {
    h = Math.imul(h ^ (h >>> 15), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    h ^= h >>> 16;
    return (h >>> 0) / 4294967296;
  };
}

function emailLocalPart(name: string) {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '.')
    .replace(/^\.+|\.+$/g, '');
}

async function generatePeopleAndPosts(
  tx: Tx,
  sandboxId: string,
  council: SandboxTemplate['profile'],
  sandboxQuartiers: (typeof quartiers.$inferSelect)[],
  content: SandboxContent,
  seed: string,
) {
  const random = seededRandom(seed);
  const centre = toMetric({ lat: council.centreLat, lng: council.centreLng });
  // Homes spread around the quartiers' centres, or within half the default radius of the centre.
  const spread = Math.min(council.defaultRadiusKm * 500, 3000);
  const homeNear = (i: number): { home: Metric; quartierId: string | null } => {
    const q = sandboxQuartiers.length ? sandboxQuartiers[i % sandboxQuartiers.length]! : null;
    const base = q ? toMetric({ lat: q.centreLat, lng: q.centreLng }) : centre;
    const radius = q ? 400 : spread;
    const angle = random() * 2 * Math.PI;
    const r = Math.sqrt(random()) * radius;
    return { home: { x: base.x + r * Math.cos(angle), y: base.y + r * Math.sin(angle) }, quartierId: q?.id ?? null };
  };

  const people: { id: string; home: Metric }[] = [];
  for (const [i, name] of content.residents.entries()) {
    const { home, quartierId } = homeNear(i);
    const [row] = await tx
      .insert(users)
      .values({
        tenantId: sandboxId,
        email: `${emailLocalPart(name)}.${i + 1}@formation.invalid`,
        name,
        role: 'resident',
        emailVerified: new Date(),
        charterAcceptedAt: new Date(),
        home,
        homeQuartierId: quartierId,
      })
      // After a reset, a synthetic person kept for their audit lines is made a resident again.
      .onConflictDoUpdate({ target: [users.tenantId, users.email], set: { role: 'resident', name, status: 'active', home, homeQuartierId: quartierId } })
      .returning({ id: users.id });
    people.push({ id: row!.id, home });
  }

  const enabled = await tx
    .select({ id: categories.id, key: categories.key, label: categories.label })
    .from(categories)
    .where(and(eq(categories.tenantId, sandboxId), eq(categories.status, 'enabled')))
    .orderBy(categories.position);
  if (!enabled.length) return { residents: people.length, posts: 0 };
  const byKey = new Map(enabled.map((c) => [c.key, c]));

  // The prepared examples whose category the council uses, then one generic post per
  // remaining category, so every category has something to practise on.
  const drafts = content.posts
    .filter((p) => byKey.has(p.category))
    .map((p) => ({ ...p, categoryId: byKey.get(p.category)!.id }));
  for (const c of enabled) {
    if (drafts.some((d) => d.categoryId === c.id)) continue;
    const kind = drafts.length % 2 === 0 ? 'need' : 'offer';
    const generic = content.generic[kind]!;
    drafts.push({
      category: c.key,
      kind,
      urgency: 'normal',
      title: format(generic.title, { category: c.label }).slice(0, 80),
      description: generic.description,
      categoryId: c.id,
    });
  }

  const now = Date.now();
  const postIds: string[] = [];
  for (const [i, d] of drafts.entries()) {
    const author = people[i % people.length]!;
    const createdAt = new Date(now - Math.round((1 + random() * 72) * 3_600_000));
    const [row] = await tx.insert(posts).values({
      tenantId: sandboxId,
      authorId: author.id,
      kind: d.kind,
      categoryId: d.categoryId,
      title: d.title,
      description: d.description,
      urgency: d.urgency,
      location: author.home,
      searchText: postSearchText(d.title, d.description),
      createdAt,
      updatedAt: createdAt,
      expiresAt: new Date(createdAt.getTime() + council.postExpiryDays * 86_400_000),
    }).returning({ id: posts.id });
    postIds.push(row!.id);
  }
  const practice = content.practice;
  if (practice && postIds.length > 1) {
    // Reports from different people on one post, so the moderation queue has work to practise on.
    for (const [i, reason] of practice.reportReasons.entries()) {
      const reporter = people[(i + 2) % people.length]!;
      await tx.insert(reports).values({ tenantId: sandboxId, reporterId: reporter.id, targetType: 'post', targetId: postIds[1]!, reason });
    }
    const category = byKey.get(practice.pending.category) ?? enabled[0]!;
    const author = people[people.length - 1]!;
    const p = practice.pending;
    await tx.insert(posts).values({
      tenantId: sandboxId,
      authorId: author.id,
      kind: p.kind,
      categoryId: category.id,
      title: p.title,
      description: p.description,
      urgency: p.urgency,
      location: author.home,
      searchText: postSearchText(p.title, p.description),
      moderation: 'pending',
      expiresAt: new Date(now + council.postExpiryDays * 86_400_000),
    });
    return { residents: people.length, posts: postIds.length + 1 };
  }
  return { residents: people.length, posts: postIds.length };
}
