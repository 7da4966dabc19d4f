import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { and, count, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { categories } from '@/db/schema/categories';
import { councils } from '@/db/schema/councils';
import { posts } from '@/db/schema/posts';
import { quartiers } from '@/db/schema/quartiers';
import { tenants } from '@/db/schema/tenants';
import { users } from '@/db/schema/users';
import { withAdmin } from '@/db/with-tenant';
import { toMetric, type Metric } from '@/lib/geo/lambert93';
import { format } from '@/lib/i18n/messages';
import { postSearchText } from '@/lib/posts/search-text';
import { invalidateCouncil } from './council';
import { TENANTS_DIR } from './definition';
import { invalidateTenantDirectory } from './directory';
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
});

export type SandboxResult = { sandboxId: string; slug: string; created: boolean; residents: number; posts: number };

/**
 * The council's training sandbox (A8): a separate tenant at `<slug>-formation`, pointing to its
 * council, with the same branding, categories and quartiers, and synthetic residents and posts
 * so staff can practise every action without reaching a real person (their addresses end in
 * `.invalid`). Idempotent: branding, categories and quartiers are brought up to date; the
 * synthetic people and posts are generated once, when the sandbox is empty.
 */
export async function createSandboxFor(tenantId: string): Promise<SandboxResult> {
  const content = contentSchema.parse(JSON.parse(await readFile(path.join(TENANTS_DIR, 'sandbox.json'), 'utf8')));
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

    const council = await copyProfile(tx, tenantId, sandboxId);
    await copyCategories(tx, tenantId, sandboxId);
    const sandboxQuartiers = await copyQuartiers(tx, tenantId, sandboxId);

    const [{ n } = { n: 0 }] = await tx.select({ n: count() }).from(users).where(eq(users.tenantId, sandboxId));
    if (n > 0) return { sandboxId, slug, created: false, residents: 0, posts: 0 };
    const generated = await generatePeopleAndPosts(tx, sandboxId, council, sandboxQuartiers, content, source.slug);
    return { sandboxId, slug, created: true, ...generated };
  });
  invalidateTenantDirectory();
  invalidateCouncil(result.sandboxId);
  return result;
}

async function copyProfile(tx: Tx, fromId: string, toId: string) {
  const [council] = await tx.select().from(councils).where(eq(councils.tenantId, fromId));
  if (!council) throw new Error(`createSandboxFor: tenant ${fromId} has no council profile`);
  const { tenantId: _ignored, updatedAt: _u, ...profile } = council;
  await tx
    .insert(councils)
    .values({ tenantId: toId, ...profile })
    .onConflictDoUpdate({ target: councils.tenantId, set: profile });
  return council;
}

async function copyCategories(tx: Tx, fromId: string, toId: string) {
  const rows = await tx.select().from(categories).where(eq(categories.tenantId, fromId));
  for (const c of rows) {
    const values = { catalogueKey: c.catalogueKey, label: c.label, icon: c.icon, description: c.description, position: c.position, status: c.status };
    await tx
      .insert(categories)
      .values({ tenantId: toId, key: c.key, ...values })
      .onConflictDoUpdate({ target: [categories.tenantId, categories.key], set: values });
  }
}

async function copyQuartiers(tx: Tx, fromId: string, toId: string) {
  const rows = await tx.select().from(quartiers).where(eq(quartiers.tenantId, fromId));
  for (const q of rows) {
    const values = { centreLat: q.centreLat, centreLng: q.centreLng, polygon: q.polygon, position: q.position };
    await tx
      .insert(quartiers)
      .values({ tenantId: toId, name: q.name, ...values })
      .onConflictDoUpdate({ target: [quartiers.tenantId, quartiers.name], set: values });
  }
  return tx.select().from(quartiers).where(eq(quartiers.tenantId, toId));
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
  council: typeof councils.$inferSelect,
  sandboxQuartiers: (typeof quartiers.$inferSelect)[],
  content: z.infer<typeof contentSchema>,
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
  for (const [i, d] of drafts.entries()) {
    const author = people[i % people.length]!;
    const createdAt = new Date(now - Math.round((1 + random() * 72) * 3_600_000));
    await tx.insert(posts).values({
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
    });
  }
  return { residents: people.length, posts: drafts.length };
}
