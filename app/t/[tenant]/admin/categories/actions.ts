'use server';

import { z } from 'zod';
import type { FormState } from '@/lib/actions/form-state';
import { tenantAction } from '@/lib/actions/tenant-action';
import { AppError } from '@/lib/errors';
import { rolesFor } from '@/lib/staff/console-sections';
import {
  addCatalogueCategory,
  createOwnCategory,
  moveCategory,
  removeCategory,
  reorderCategories,
  setCategoryOffered,
} from '@/lib/staff/manage-categories';
import { submitStaffForm } from '@/lib/staff/submit-form';
import { CATEGORY_ICONS, loadCatalogue } from '@/lib/tenant/definition';
import type { Messages } from '@/lib/i18n/fr';

const ACCESS = rolesFor('categories');
const PAGE = '/admin/categories';
const idInput = (m: Messages) => z.object({ categoryId: z.uuid(m.errors.notFound) });

const addFromCatalogue = tenantAction({
  access: ACCESS,
  input: (m) => z.object({ catalogueKey: z.string().regex(/^[a-z0-9-]{1,60}$/, m.errors.notFound) }),
  run: async ({ tx, tenant, input, m }) => {
    const entry = (await loadCatalogue()).find((c) => c.key === input.catalogueKey);
    if (!entry) throw new AppError('not_found', `catalogue ${input.catalogueKey}`);
    return addCatalogueCategory(tx, tenant.id, entry, m);
  },
  audit: ({ input }, r) => ({ action: 'categories.add', targetType: 'category', targetId: r.id, details: { label: r.label, catalogue: input.catalogueKey } }),
});

export async function addCatalogueCategoryAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submitStaffForm(addFromCatalogue, form, (r) => `${PAGE}?ok=ajoutee&id=${r.id}`);
}

const create = tenantAction({
  access: ACCESS,
  input: (m) =>
    z.object({
      label: z.string().trim().min(2, m.categoriesAdmin.labelInvalid).max(60, m.categoriesAdmin.labelInvalid),
      icon: z.enum(CATEGORY_ICONS, m.categoriesAdmin.iconInvalid),
      description: z.string().trim().max(200, m.categoriesAdmin.descriptionInvalid).optional().default(''),
    }),
  run: async ({ tx, tenant, input, m }) => createOwnCategory(tx, tenant.id, input, m),
  audit: ({ input }, r) => ({ action: 'categories.create', targetType: 'category', targetId: r.id, details: { label: r.label, icon: input.icon } }),
});

/** A3: the council's own category: a label, an icon from the fixed set, a description. */
export async function createCategoryAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submitStaffForm(create, form, (r) => `${PAGE}?ok=ajoutee&id=${r.id}`);
}

const offer = tenantAction({
  access: ACCESS,
  input: (m) => idInput(m).extend({ offered: z.enum(['1', '0']) }),
  run: async ({ tx, tenant, input, m }) => ({ ...(await setCategoryOffered(tx, tenant.id, input.categoryId, input.offered === '1', m)), offered: input.offered === '1' }),
  audit: (_ctx, r) => ({ action: r.offered ? 'categories.enable' : 'categories.disable', targetType: 'category', targetId: r.id, details: { label: r.label } }),
});

export async function setCategoryOfferedAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submitStaffForm(offer, form, (r) => `${PAGE}?ok=${r.offered ? 'proposee' : 'retiree'}&id=${r.id}`);
}

const remove = tenantAction({
  access: ACCESS,
  input: idInput,
  run: async ({ tx, tenant, input, m }) => removeCategory(tx, tenant.id, input.categoryId, m),
  audit: (_ctx, r) => ({ action: r.outcome === 'archived' ? 'categories.archive' : 'categories.delete', targetType: 'category', targetId: r.id, details: { label: r.label } }),
});

/** A3: delete, or archive when posts or standing offers use it. */
export async function removeCategoryAction(_prev: FormState, form: FormData): Promise<FormState> {
  // A deleted category no longer exists: its name travels in the address, the only place left.
  return submitStaffForm(remove, form, (r) => (r.outcome === 'archived' ? `${PAGE}?ok=archivee&id=${r.id}` : `${PAGE}?ok=supprimee`));
}

const move = tenantAction({
  access: ACCESS,
  input: (m) => idInput(m).extend({ direction: z.enum(['up', 'down']) }),
  run: async ({ tx, tenant, input, m }) => ({ ...(await moveCategory(tx, tenant.id, input.categoryId, input.direction, m)), id: input.categoryId }),
  audit: ({ input }, r) => ({ action: 'categories.reorder', targetType: 'category', targetId: input.categoryId, details: { direction: input.direction, order: r.order } }),
});

/** A3: "Monter" / "Descendre", the keyboard way to reorder (and the way without JavaScript). */
export async function moveCategoryAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submitStaffForm(move, form, (r) => `${PAGE}?ok=ordre#categorie-${r.id}`);
}

const reorder = tenantAction({
  access: ACCESS,
  input: (m) => z.object({ order: z.string().max(4000).transform((v, ctx) => {
    const ids = v.split(',').filter(Boolean);
    if (!ids.every((id) => z.uuid().safeParse(id).success)) {
      ctx.addIssue({ code: 'custom', message: m.categoriesAdmin.orderInvalid });
      return z.NEVER;
    }
    return ids;
  }) }),
  run: async ({ tx, tenant, input, m }) => reorderCategories(tx, tenant.id, input.order, m),
  audit: (_ctx, r) => ({ action: 'categories.reorder', targetType: 'category', details: { order: r.order } }),
});

/** A3: the whole order at once, from dragging a category (progressive enhancement). */
export async function reorderCategoriesAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submitStaffForm(reorder, form, () => `${PAGE}?ok=ordre`);
}
