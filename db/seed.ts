import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { categories } from '@/db/schema/categories';
import { posts } from '@/db/schema/posts';
import { users } from '@/db/schema/users';
import { withTenant } from '@/db/with-tenant';
import { toMetric } from '@/lib/geo/lambert93';
import { postSearchText } from '@/lib/posts/search-text';
import { loadCatalogue, loadTenantFolder, TENANTS_DIR, type TenantFolder } from '@/lib/tenant/definition';
import { importTenant } from '@/lib/tenant/import-tenant';

const weekday = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);

const demoSchema = z.object({
  residents: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      email: z.email(),
      quartier: z.string(),
      offset: z.tuple([z.number(), z.number()]),
    }),
  ),
  staff: z.array(
    z.object({ key: z.string(), name: z.string(), email: z.email(), role: z.enum(['admin', 'moderator', 'agent']) }),
  ),
  posts: z.array(
    z.object({
      author: z.string(),
      kind: z.enum(['need', 'offer']),
      category: z.string(),
      title: z.string().max(80),
      description: z.string().max(1000),
      urgency: z.enum(['normal', 'urgent']),
      when: z.discriminatedUnion('type', [
        z.object({ type: z.literal('flexible') }),
        z.object({ type: z.literal('date'), daysFromNow: z.number().int().min(0) }),
        z.object({ type: z.literal('weekly'), days: z.array(weekday).min(1) }),
      ]),
      ageHours: z.number().min(0),
      status: z.enum(['open', 'resolved']),
    }),
  ),
});

export type DemoData = z.infer<typeof demoSchema>;

/** Every council folder under tenants/ (a folder with a council.json). */
export async function listTenantFolders(dir = TENANTS_DIR): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const folders: string[] = [];
  for (const e of entries) {
    if (!e.isDirectory()) continue;
    const files = await readdir(path.join(dir, e.name));
    if (files.includes('council.json')) folders.push(path.join(dir, e.name));
  }
  return folders.sort();
}

/** Imports every council under tenants/ with its demo residents and posts. Idempotent. */
export async function seedDemoCouncils(dir = TENANTS_DIR, log: (line: string) => void = () => {}) {
  const catalogue = await loadCatalogue(dir);
  const results = [];
  for (const folderPath of await listTenantFolders(dir)) {
    const folder = await loadTenantFolder(folderPath);
    const result = await importTenant(folder, catalogue);
    let demo: DemoData | null = null;
    try {
      demo = demoSchema.parse(JSON.parse(await readFile(path.join(folderPath, 'demo.json'), 'utf8')));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    const counts = demo ? await seedDemoData(result.tenantId, folder, demo) : { people: 0, posts: 0 };
    log(`${folder.definition.name} (${result.slug}): ${counts.people} personnes, ${counts.posts} annonces ajoutées`);
    results.push({ ...result, ...counts });
  }
  return results;
}

function isoDate(daysFromNow: number) {
  const d = new Date(Date.now() + daysFromNow * 86_400_000);
  return d.toISOString().slice(0, 10);
}

async function seedDemoData(tenantId: string, folder: TenantFolder, demo: DemoData) {
  const quartierCentres = new Map(
    folder.quartiers.map((q) => [q.properties.name, toMetric({ lng: q.properties.centre[0], lat: q.properties.centre[1] })]),
  );
  const now = Date.now();
  return withTenant(tenantId, async (tx) => {
    const ids = new Map<string, { id: string; home: { x: number; y: number } | null }>();
    let people = 0;
    for (const s of demo.staff) {
      const [row] = await tx
        .insert(users)
        .values({ tenantId, email: s.email, name: s.name, role: s.role, emailVerified: new Date(), charterAcceptedAt: new Date() })
        .onConflictDoNothing()
        .returning({ id: users.id });
      if (row) people++;
      const [u] = await tx.select({ id: users.id }).from(users).where(and(eq(users.tenantId, tenantId), eq(users.email, s.email)));
      ids.set(s.key, { id: u!.id, home: null });
    }
    for (const r of demo.residents) {
      const centre = quartierCentres.get(r.quartier);
      if (!centre) throw new Error(`demo.json: quartier inconnu « ${r.quartier} »`);
      const home = { x: centre.x + r.offset[0], y: centre.y + r.offset[1] };
      const [row] = await tx
        .insert(users)
        .values({ tenantId, email: r.email, name: r.name, emailVerified: new Date(), charterAcceptedAt: new Date(), home })
        .onConflictDoNothing()
        .returning({ id: users.id });
      if (row) people++;
      const [u] = await tx.select({ id: users.id }).from(users).where(and(eq(users.tenantId, tenantId), eq(users.email, r.email)));
      ids.set(r.key, { id: u!.id, home });
    }

    const categoryRows = await tx.select({ id: categories.id, key: categories.key }).from(categories).where(eq(categories.tenantId, tenantId));
    const categoryIds = new Map(categoryRows.map((c) => [c.key, c.id]));
    const existing = await tx.select({ authorId: posts.authorId, title: posts.title }).from(posts).where(eq(posts.tenantId, tenantId));
    const seen = new Set(existing.map((p) => `${p.authorId}|${p.title}`));
    const expiryMs = folder.definition.postExpiryDays * 86_400_000;

    let added = 0;
    for (const p of demo.posts) {
      const author = ids.get(p.author);
      const categoryId = categoryIds.get(p.category);
      if (!author || !author.home) throw new Error(`demo.json: auteur inconnu ou sans domicile « ${p.author} »`);
      if (!categoryId) throw new Error(`demo.json: catégorie inconnue « ${p.category} »`);
      if (seen.has(`${author.id}|${p.title}`)) continue;
      const createdAt = new Date(now - p.ageHours * 3_600_000);
      await tx.insert(posts).values({
        tenantId,
        authorId: author.id,
        kind: p.kind,
        categoryId,
        title: p.title,
        description: p.description,
        urgency: p.urgency,
        whenKind: p.when.type,
        whenDate: p.when.type === 'date' ? isoDate(p.when.daysFromNow) : null,
        whenWeekdays: p.when.type === 'weekly' ? p.when.days : null,
        placeKind: 'home',
        location: author.home,
        searchText: postSearchText(p.title, p.description),
        status: p.status,
        createdAt,
        updatedAt: createdAt,
        expiresAt: new Date(createdAt.getTime() + expiryMs),
        resolvedAt: p.status === 'resolved' ? new Date(createdAt.getTime() + 86_400_000) : null,
      });
      added++;
    }
    return { people, posts: added };
  });
}

