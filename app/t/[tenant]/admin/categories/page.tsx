import type { Metadata } from 'next';
import { CategoryIcon } from '@/app/_components/category-icon';
import { withTenant } from '@/db/with-tenant';
import { requireStaff } from '@/lib/auth/require-user';
import { getRequestMessages } from '@/lib/i18n/locale';
import { format } from '@/lib/i18n/messages';
import { getCrisisPlan } from '@/lib/crisis/crisis-mode';
import { rolesFor } from '@/lib/staff/console-sections';
import { getCategoriesOverview, type AdminCategory } from '@/lib/staff/manage-categories';
import { CATEGORY_ICONS, loadCatalogue } from '@/lib/tenant/definition';
import { getSiteOrNotFound } from '@/lib/tenant/site';
import { ButtonForm } from '../_components/button-form';
import { Flash } from '../_components/flash';
import { addCatalogueCategoryAction, removeCategoryAction, setCategoryOfferedAction } from './actions';
import { CreateCategoryForm } from './category-forms';
import { CategoryList } from './category-list';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getRequestMessages();
  return { title: m.categoriesAdmin.title };
}

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<{ ok?: string; id?: string }> };

/** A3: the council's categories — from the catalogue or its own, in its order. Admins only. */
export default async function CategoriesPage({ params, searchParams }: Props) {
  const { tenant } = await getSiteOrNotFound((await params).tenant);
  await requireStaff(tenant.id, '/admin/categories', rolesFor('categories'));
  const { m } = await getRequestMessages();
  const { ok, id } = await searchParams;
  const t = m.categoriesAdmin;
  const catalogue = await loadCatalogue();
  const [overview, plan] = await withTenant(tenant.id, async (tx) => [await getCategoriesOverview(tx, tenant.id, catalogue), await getCrisisPlan(tx, tenant.id)] as const);
  const all = [...overview.enabled, ...overview.disabled, ...overview.archived];
  const subject = all.find((c) => c.id === id);
  const flash =
    ok === 'ordre'
      ? t.reorderedFlash
      : ok === 'supprimee'
        ? t.deletedFlash
        : subject
          ? format({ ajoutee: t.addedFlash, archivee: t.archivedFlash, proposee: t.enabledFlash, retiree: t.disabledFlash }[ok ?? ''] ?? '', { label: subject.label }) || null
          : null;
  const usage = (c: AdminCategory) => (c.posts + c.offers > 0 ? format(t.usage, { posts: c.posts, offers: c.offers }) : t.unused);
  const badges = (c: AdminCategory) => [...(c.catalogueKey ? [] : [t.own]), ...(plan.activeSince && plan.categoryIds.includes(c.id) ? [t.crisis] : [])];

  return (
    <div className="flex flex-col gap-8">
      <header className="flex flex-col gap-3">
        <h1 className="text-3xl font-bold">{t.title}</h1>
        <p className="text-lg">{t.intro}</p>
      </header>
      <Flash text={flash} />

      <section aria-labelledby="proposees" className="flex flex-col gap-3">
        <h2 id="proposees" className="text-2xl font-bold">
          {t.shownTitle}
        </h2>
        <CategoryList
          items={overview.enabled.map((c) => ({ id: c.id, label: c.label, description: c.description, usage: usage(c), badges: badges(c), icon: <CategoryIcon name={c.icon} /> }))}
          labels={{ moveUp: t.moveUp, moveDown: t.moveDown, disable: t.disable, remove: t.remove, removeHint: t.removeHint, dragHint: t.dragHint }}
        />
        <p className="text-base text-zinc-700">{t.removeHint}</p>
      </section>

      {overview.disabled.length ? (
        <section aria-labelledby="plus-proposees" className="flex flex-col gap-3">
          <h2 id="plus-proposees" className="text-2xl font-bold">
            {t.disabledTitle}
          </h2>
          <ul className="flex flex-col gap-3">
            {overview.disabled.map((c) => (
              <li key={c.id} className="flex flex-col gap-3 rounded-xl bg-white p-4 ring-1 ring-zinc-300 sm:flex-row sm:items-center">
                <div className="min-w-0 flex-1">
                  <p className="text-lg font-semibold">{c.label}</p>
                  <p className="text-base text-zinc-700">{usage(c)}</p>
                </div>
                <div className="flex flex-wrap gap-2">
                  <ButtonForm action={setCategoryOfferedAction} hidden={{ categoryId: c.id, offered: '1' }} label={t.enable} srSuffix={c.label} />
                  <ButtonForm action={removeCategoryAction} hidden={{ categoryId: c.id }} label={t.remove} srSuffix={c.label} variant="danger" />
                </div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {overview.archived.length ? (
        <section aria-labelledby="archivees" className="flex flex-col gap-3">
          <h2 id="archivees" className="text-2xl font-bold">
            {t.archivedTitle}
          </h2>
          <p className="text-lg">{t.archivedHint}</p>
          <ul className="flex flex-col gap-3">
            {overview.archived.map((c) => (
              <li key={c.id} className="flex flex-col gap-3 rounded-xl bg-white p-4 ring-1 ring-zinc-300 sm:flex-row sm:items-center">
                <div className="min-w-0 flex-1">
                  <p className="text-lg font-semibold">{c.label}</p>
                  <p className="text-base text-zinc-700">{usage(c)}</p>
                </div>
                <ButtonForm action={setCategoryOfferedAction} hidden={{ categoryId: c.id, offered: '1' }} label={t.restore} srSuffix={c.label} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="catalogue" className="flex flex-col gap-3">
        <h2 id="catalogue" className="text-2xl font-bold">
          {t.catalogueTitle}
        </h2>
        {overview.catalogue.length ? (
          <ul className="grid gap-3 sm:grid-cols-2">
            {overview.catalogue.map((c) => (
              <li key={c.key} className="flex flex-col gap-3 rounded-xl bg-white p-4 ring-1 ring-zinc-300">
                <p className="flex items-center gap-2 text-lg font-semibold">
                  <CategoryIcon name={c.icon} />
                  {c.label}
                </p>
                {c.description ? <p className="text-base text-zinc-700">{c.description}</p> : null}
                <ButtonForm action={addCatalogueCategoryAction} hidden={{ catalogueKey: c.key }} label={format(t.add, { label: c.label })} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-lg">{t.catalogueEmpty}</p>
        )}
      </section>

      <section aria-labelledby="creer" className="flex flex-col gap-3 rounded-xl border-2 border-primary bg-white p-4">
        <h2 id="creer" className="text-2xl font-bold">
          {t.createTitle}
        </h2>
        <CreateCategoryForm
          labels={{ label: t.label, iconLegend: t.iconLegend, description: t.description, create: t.create }}
          icons={CATEGORY_ICONS.map((name) => ({ name, label: t.icons[name], icon: <CategoryIcon name={name} className="size-6" /> }))}
        />
      </section>
    </div>
  );
}
