import type { Metadata } from 'next';
import { withTenant } from '@/db/with-tenant';
import { requireStaff } from '@/lib/auth/require-user';
import { listEnabledCategories } from '@/lib/categories/list-categories';
import { getCrisisPlan } from '@/lib/crisis/crisis-mode';
import { getRequestMessages } from '@/lib/i18n/locale';
import { format } from '@/lib/i18n/messages';
import { rolesFor } from '@/lib/staff/console-sections';
import { categoryLabels } from '@/lib/staff/manage-categories';
import { getSiteOrNotFound } from '@/lib/tenant/site';
import { ButtonForm } from '../_components/button-form';
import { Flash } from '../_components/flash';
import { activateCrisisAction, deactivateCrisisAction } from './actions';
import { CrisisPlanForm } from './crisis-plan-form';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getRequestMessages();
  return { title: m.crisisAdmin.title };
}

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<{ ok?: string; confirmer?: string }> };

const linkButton = 'inline-flex min-h-12 items-center rounded-lg px-5 text-lg font-bold no-underline';

/** A10: crisis mode, prepared in advance, switched on and off with a confirmation. Admins only. */
export default async function CrisisPage({ params, searchParams }: Props) {
  const { tenant } = await getSiteOrNotFound((await params).tenant);
  await requireStaff(tenant.id, '/admin/crise', rolesFor('crisis'));
  const { m, locale } = await getRequestMessages();
  const { ok, confirmer } = await searchParams;
  const t = m.crisisAdmin;
  const plan = await withTenant(tenant.id, (tx) => getCrisisPlan(tx, tenant.id));
  const [categories, labels] = await Promise.all([
    listEnabledCategories(tenant.id),
    withTenant(tenant.id, (tx) => categoryLabels(tx, tenant.id, plan.categoryIds)),
  ]);
  const active = !!plan.activeSince;
  const dateTime = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' });
  const flash = ok === 'plan' ? t.savedFlash : ok === 'active' ? t.onFlash : ok === 'veille' ? t.offFlash : null;
  const chosen = plan.categoryIds.map((id) => labels.get(id)).filter(Boolean) as string[];
  const hasAnnouncement = !!(plan.announcementTitle && plan.announcementBody);

  return (
    <div className="flex flex-col gap-8">
      <header className="flex flex-col gap-3">
        <h1 className="text-3xl font-bold">{t.title}</h1>
        <p className="text-lg">{t.intro}</p>
      </header>
      <Flash text={flash} />

      <section aria-labelledby="etat" className={`flex flex-col gap-4 rounded-xl border-4 p-4 ${active ? 'border-red-800 bg-red-50' : 'border-zinc-400 bg-white'}`}>
        <h2 id="etat" className="text-2xl font-bold" data-testid="crisis-state">
          {active ? format(t.activeSince, { date: dateTime.format(plan.activeSince!), name: plan.activatedByName ?? '' }) : t.standby}
        </h2>
        <div>
          <p className="text-lg font-semibold">{t.effectsTitle}</p>
          <ul className="ml-6 list-disc text-lg">
            <li>{t.effects.banner}</li>
            <li>{t.effects.categories}</li>
            <li>{t.effects.moderation}</li>
            <li>{t.effects.announcement}</li>
          </ul>
        </div>

        {confirmer === 'activer' && !active ? (
          <div className="flex flex-col gap-3 rounded-lg border-2 border-red-800 bg-white p-4" role="group" aria-labelledby="confirmer-titre">
            <h3 id="confirmer-titre" className="text-xl font-bold">
              {t.confirmOnTitle}
            </h3>
            <ul className="ml-6 list-disc text-lg">
              <li>{plan.bannerText ? format(t.confirmBanner, { text: plan.bannerText }) : t.bannerRequired}</li>
              <li>{chosen.length ? format(t.confirmCategories, { list: chosen.join(', ') }) : t.confirmNoCategories}</li>
              <li>{format(t.confirmModeration, { mode: plan.preModeration ? t.moderationPre : t.moderationPost })}</li>
              <li>
                {hasAnnouncement
                  ? format(plan.announcementAudience === 'all' ? t.confirmAnnouncementEmail : t.confirmAnnouncement, { title: plan.announcementTitle })
                  : t.confirmNoAnnouncement}
              </li>
            </ul>
            <div className="flex flex-wrap items-start gap-3">
              <ButtonForm action={activateCrisisAction} hidden={{ confirm: 'oui' }} label={t.confirmOn} variant="danger" />
              <a href="/admin/crise" className={`${linkButton} border-2 border-zinc-700 bg-white text-zinc-900`}>
                {m.staffConsole.cancel}
              </a>
            </div>
          </div>
        ) : confirmer === 'veille' && active ? (
          <div className="flex flex-col gap-3 rounded-lg border-2 border-zinc-700 bg-white p-4" role="group" aria-labelledby="confirmer-titre">
            <h3 id="confirmer-titre" className="text-xl font-bold">
              {t.confirmOffTitle}
            </h3>
            <p className="text-lg">{t.confirmOffEffects}</p>
            <div className="flex flex-wrap items-start gap-3">
              <ButtonForm action={deactivateCrisisAction} hidden={{ confirm: 'oui' }} label={t.confirmOff} variant="primary" />
              <a href="/admin/crise" className={`${linkButton} border-2 border-zinc-700 bg-white text-zinc-900`}>
                {m.staffConsole.cancel}
              </a>
            </div>
          </div>
        ) : (
          <p>
            {active ? (
              <a href="/admin/crise?confirmer=veille" className={`${linkButton} bg-primary text-on-primary`}>
                {t.deactivate}
              </a>
            ) : (
              <a href="/admin/crise?confirmer=activer" className={`${linkButton} bg-red-800 text-white`}>
                {t.activate}
              </a>
            )}
          </p>
        )}
      </section>

      <section aria-labelledby="plan" className="flex flex-col gap-4 rounded-xl border-2 border-primary bg-white p-4">
        <h2 id="plan" className="text-2xl font-bold">
          {t.planTitle}
        </h2>
        <CrisisPlanForm
          plan={{
            bannerText: plan.bannerText,
            categoryIds: plan.categoryIds,
            preModeration: plan.preModeration,
            announcementTitle: plan.announcementTitle,
            announcementBody: plan.announcementBody,
            announcementEmail: plan.announcementAudience === 'all',
          }}
          categories={categories.map((c) => ({ id: c.id, label: c.label }))}
          t={t}
        />
      </section>
    </div>
  );
}
