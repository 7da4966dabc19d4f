import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { categories, type Category } from '@/db/schema/categories';
import { standingOfferCategories } from '@/db/schema/matching';
import { posts } from '@/db/schema/posts';
import { AppError } from '@/lib/errors';
import type { Messages } from '@/lib/i18n/fr';
import { wordsOf } from '@/lib/moderation/banned-words';
import type { CatalogueEntry, CATEGORY_ICONS } from '@/lib/tenant/definition';

export type CategoryIconName = (typeof CATEGORY_ICONS)[number];
export type AdminCategory = Pick<Category, 'id' | 'key' | 'catalogueKey' | 'label' | 'icon' | 'description' | 'position' | 'status'> & {
  posts: number;
  offers: number;
};

export type CategoriesOverview = {
  enabled: AdminCategory[];
  disabled: AdminCategory[];
  archived: AdminCategory[];
  /** Catalogue entries this council has not added. */
  catalogue: CatalogueEntry[];
};

const inUse = (c: Pick<AdminCategory, 'posts' | 'offers'>) => c.posts + c.offers > 0;

async function listWithUsage(tx: Tx, tenantId: string): Promise<AdminCategory[]> {
  const rows = await tx
    .select({
      id: categories.id,
      key: categories.key,
      catalogueKey: categories.catalogueKey,
      label: categories.label,
      icon: categories.icon,
      description: categories.description,
      position: categories.position,
      status: categories.status,
      // Written out in full: inside a subquery, an unqualified column would bind to the inner table.
      posts: sql<number>`(select count(*)::int from posts p where p.tenant_id = categories.tenant_id and p.category_id = categories.id)`,
      offers: sql<number>`(select count(*)::int from standing_offer_categories s where s.tenant_id = categories.tenant_id and s.category_id = categories.id)`,
    })
    .from(categories)
    .where(eq(categories.tenantId, tenantId))
    .orderBy(asc(categories.position), asc(categories.label));
  return rows.map((r) => ({ ...r, posts: Number(r.posts), offers: Number(r.offers) }));
}

export async function getCategoriesOverview(tx: Tx, tenantId: string, catalogue: CatalogueEntry[]): Promise<CategoriesOverview> {
  const all = await listWithUsage(tx, tenantId);
  const added = new Set(all.map((c) => c.catalogueKey).filter(Boolean));
  return {
    enabled: all.filter((c) => c.status === 'enabled'),
    disabled: all.filter((c) => c.status === 'disabled'),
    archived: all.filter((c) => c.status === 'archived'),
    catalogue: catalogue.filter((c) => !added.has(c.key)),
  };
}

async function getCategoryForUpdate(tx: Tx, tenantId: string, categoryId: string) {
  const [row] = await tx
    .select()
    .from(categories)
    .where(and(eq(categories.tenantId, tenantId), eq(categories.id, categoryId)))
    .for('update');
  if (!row) throw new AppError('not_found', `category ${categoryId}`);
  return row;
}

async function nextPosition(tx: Tx, tenantId: string) {
  const [row] = await tx
    .select({ max: sql<number | null>`max(${categories.position})` })
    .from(categories)
    .where(eq(categories.tenantId, tenantId));
  return (row?.max ?? -1) + 1;
}

async function assertLabelFree(tx: Tx, tenantId: string, label: string, m: Messages, exceptId?: string) {
  const folded = wordsOf(label).join(' ');
  const rows = await tx.select({ id: categories.id, label: categories.label }).from(categories).where(eq(categories.tenantId, tenantId));
  if (rows.some((r) => r.id !== exceptId && wordsOf(r.label).join(' ') === folded)) throw new AppError('validation', 'label taken', { label: m.categoriesAdmin.labelTaken });
}

/** Adds a catalogue category (at the end), or offers it again if the council had it before. */
export async function addCatalogueCategory(tx: Tx, tenantId: string, entry: CatalogueEntry, m: Messages) {
  const [existing] = await tx
    .select()
    .from(categories)
    .where(and(eq(categories.tenantId, tenantId), eq(categories.key, entry.key)))
    .for('update');
  if (existing) {
    if (existing.status === 'enabled') throw new AppError('validation', 'already enabled', { _: m.categoriesAdmin.orderInvalid });
    await tx
      .update(categories)
      .set({ status: 'enabled', position: await nextPosition(tx, tenantId) })
      .where(and(eq(categories.tenantId, tenantId), eq(categories.id, existing.id)));
    return { id: existing.id, label: existing.label };
  }
  await assertLabelFree(tx, tenantId, entry.label, m);
  const [row] = await tx
    .insert(categories)
    .values({
      tenantId,
      key: entry.key,
      catalogueKey: entry.key,
      label: entry.label,
      icon: entry.icon,
      description: entry.description,
      position: await nextPosition(tx, tenantId),
      status: 'enabled',
    })
    .returning({ id: categories.id, label: categories.label });
  return row!;
}

function keyFor(label: string) {
  const base = wordsOf(label).join('-').slice(0, 40) || 'categorie';
  return `commune-${base}`;
}

/** A council's own category (A3): label, an icon from the fixed set, a description. */
export async function createOwnCategory(tx: Tx, tenantId: string, input: { label: string; icon: CategoryIconName; description: string }, m: Messages) {
  await assertLabelFree(tx, tenantId, input.label, m);
  const base = keyFor(input.label);
  const taken = new Set(
    (await tx.select({ key: categories.key }).from(categories).where(eq(categories.tenantId, tenantId))).map((r) => r.key),
  );
  let key = base;
  for (let i = 2; taken.has(key); i++) key = `${base}-${i}`;
  const [row] = await tx
    .insert(categories)
    .values({ tenantId, key, catalogueKey: null, label: input.label, icon: input.icon, description: input.description, position: await nextPosition(tx, tenantId), status: 'enabled' })
    .returning({ id: categories.id, label: categories.label, key: categories.key });
  return row!;
}

async function assertNotLastEnabled(tx: Tx, tenantId: string, categoryId: string, m: Messages) {
  const enabled = await tx
    .select({ id: categories.id })
    .from(categories)
    .where(and(eq(categories.tenantId, tenantId), eq(categories.status, 'enabled')))
    .for('update');
  if (!enabled.some((c) => c.id !== categoryId)) throw new AppError('validation', 'last category', { _: m.categoriesAdmin.lastCategory });
}

export async function setCategoryOffered(tx: Tx, tenantId: string, categoryId: string, offered: boolean, m: Messages) {
  const category = await getCategoryForUpdate(tx, tenantId, categoryId);
  if (offered) {
    if (category.status === 'enabled') throw new AppError('validation', 'already enabled', { _: m.categoriesAdmin.orderInvalid });
    await tx
      .update(categories)
      .set({ status: 'enabled', position: await nextPosition(tx, tenantId) })
      .where(and(eq(categories.tenantId, tenantId), eq(categories.id, categoryId)));
  } else {
    if (category.status !== 'enabled') throw new AppError('validation', 'not enabled', { _: m.categoriesAdmin.orderInvalid });
    await assertNotLastEnabled(tx, tenantId, categoryId, m);
    await tx.update(categories).set({ status: 'disabled' }).where(and(eq(categories.tenantId, tenantId), eq(categories.id, categoryId)));
  }
  return { id: category.id, label: category.label };
}

/**
 * "Supprimer": a category nobody used is deleted; one used by a post or a standing offer is
 * archived instead, so old posts keep their label and the helpers' offers their meaning.
 */
export async function removeCategory(tx: Tx, tenantId: string, categoryId: string, m: Messages): Promise<{ id: string; label: string; outcome: 'archived' | 'deleted' }> {
  const category = await getCategoryForUpdate(tx, tenantId, categoryId);
  if (category.status === 'archived') throw new AppError('validation', 'already archived', { _: m.categoriesAdmin.orderInvalid });
  if (category.status === 'enabled') await assertNotLastEnabled(tx, tenantId, categoryId, m);
  const [postUse] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(posts)
    .where(and(eq(posts.tenantId, tenantId), eq(posts.categoryId, categoryId)));
  const [offerUse] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(standingOfferCategories)
    .where(and(eq(standingOfferCategories.tenantId, tenantId), eq(standingOfferCategories.categoryId, categoryId)));
  if (inUse({ posts: Number(postUse?.n ?? 0), offers: Number(offerUse?.n ?? 0) })) {
    await tx.update(categories).set({ status: 'archived' }).where(and(eq(categories.tenantId, tenantId), eq(categories.id, categoryId)));
    return { id: category.id, label: category.label, outcome: 'archived' };
  }
  await tx.delete(categories).where(and(eq(categories.tenantId, tenantId), eq(categories.id, categoryId)));
  return { id: category.id, label: category.label, outcome: 'deleted' };
}

async function enabledInOrder(tx: Tx, tenantId: string) {
  return tx
    .select({ id: categories.id, label: categories.label })
    .from(categories)
    .where(and(eq(categories.tenantId, tenantId), eq(categories.status, 'enabled')))
    .orderBy(asc(categories.position), asc(categories.label))
    .for('update');
}

async function writeOrder(tx: Tx, tenantId: string, ids: string[]) {
  for (const [position, id] of ids.entries()) {
    await tx.update(categories).set({ position }).where(and(eq(categories.tenantId, tenantId), eq(categories.id, id)));
  }
}

/** "Monter" / "Descendre": swaps the category with its neighbour among those offered. */
export async function moveCategory(tx: Tx, tenantId: string, categoryId: string, direction: 'up' | 'down', m: Messages) {
  const order = (await enabledInOrder(tx, tenantId)).map((c) => c.id);
  const at = order.indexOf(categoryId);
  if (at === -1) throw new AppError('not_found', `category ${categoryId}`);
  const to = direction === 'up' ? at - 1 : at + 1;
  if (to < 0 || to >= order.length) throw new AppError('validation', 'cannot move further', { _: m.categoriesAdmin.orderInvalid });
  [order[at], order[to]] = [order[to]!, order[at]!];
  await writeOrder(tx, tenantId, order);
  return { order };
}

/** The order from a drag and drop: exactly the categories offered now, each once. */
export async function reorderCategories(tx: Tx, tenantId: string, ids: string[], m: Messages) {
  const current = (await enabledInOrder(tx, tenantId)).map((c) => c.id);
  const same = ids.length === current.length && new Set(ids).size === ids.length && ids.every((id) => current.includes(id));
  if (!same) throw new AppError('validation', 'order does not match', { _: m.categoriesAdmin.orderInvalid });
  await writeOrder(tx, tenantId, ids);
  return { order: ids };
}

/** Labels of some of this council's categories, for the audit log and crisis confirmation. */
export async function categoryLabels(tx: Tx, tenantId: string, ids: string[]) {
  if (!ids.length) return new Map<string, string>();
  const rows = await tx
    .select({ id: categories.id, label: categories.label })
    .from(categories)
    .where(and(eq(categories.tenantId, tenantId), inArray(categories.id, ids)));
  return new Map(rows.map((r) => [r.id, r.label]));
}
