import type { Metadata } from 'next';
import { withTenant } from '@/db/with-tenant';
import { listAnnouncements } from '@/lib/announcements/announcements';
import { requireStaff } from '@/lib/auth/require-user';
import { formatLongDate } from '@/lib/i18n/format-date';
import { getRequestMessages } from '@/lib/i18n/locale';
import { format } from '@/lib/i18n/messages';
import { pointPickerProps } from '@/lib/map/point-picker-props';
import { todayInFrance } from '@/lib/posts/post-input';
import { rolesFor } from '@/lib/staff/console-sections';
import { getSiteOrNotFound } from '@/lib/tenant/site';
import { ButtonForm } from '../_components/button-form';
import { Flash } from '../_components/flash';
import { endAnnouncementAction } from './actions';
import { AnnouncementForm } from './announcement-form';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getRequestMessages();
  return { title: m.announcementsAdmin.title };
}

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<{ ok?: string }> };

/** A6: the council's announcements: publish (and email), see them, withdraw them. Admins only. */
export default async function AnnouncementsPage({ params, searchParams }: Props) {
  const { tenant, council } = await getSiteOrNotFound((await params).tenant);
  await requireStaff(tenant.id, '/admin/annonces', rolesFor('announcements'));
  const { m, locale } = await getRequestMessages();
  const { ok } = await searchParams;
  const t = m.announcementsAdmin;
  const [list, picker] = await Promise.all([withTenant(tenant.id, (tx) => listAnnouncements(tx, tenant.id)), pointPickerProps(tenant.id, council, m)]);
  const flash = ok === 'publiee' ? t.publishedFlash : ok === 'envoi' ? t.publishedEmailFlash : ok === 'retiree' ? t.endedFlash : null;
  // The last day shown: the announcement ends at midnight after it.
  const lastDay = (endsAt: Date) => formatLongDate(new Date(endsAt.getTime() - 1), locale);

  return (
    <div className="flex flex-col gap-8">
      <header className="flex flex-col gap-3">
        <h1 className="text-3xl font-bold">{t.title}</h1>
        <p className="text-lg">{t.intro}</p>
      </header>
      <Flash text={flash} />

      <section aria-labelledby="nouvelle" className="flex flex-col gap-4 rounded-xl border-2 border-primary bg-white p-4">
        <h2 id="nouvelle" className="text-2xl font-bold">
          {t.newTitle}
        </h2>
        <AnnouncementForm t={t} councilName={council.name} picker={picker} today={todayInFrance()} />
      </section>

      <section aria-labelledby="publiees" className="flex flex-col gap-4">
        <h2 id="publiees" className="text-2xl font-bold">
          {t.listTitle}
        </h2>
        {list.length === 0 ? <p className="text-lg">{t.listEmpty}</p> : null}
        <ul className="flex flex-col gap-4">
          {list.map((a) => (
            <li key={a.id} className="flex flex-col gap-2 rounded-xl bg-white p-4 ring-1 ring-zinc-300" data-testid="announcement">
              <p className="flex flex-wrap gap-2">
                {a.active ? <span className="rounded-full bg-green-800 px-3 font-semibold text-white">{t.activeBadge}</span> : null}
                {a.source === 'crisis' ? <span className="rounded-full border-2 border-red-800 px-3 font-semibold text-red-900">{t.crisisBadge}</span> : null}
              </p>
              <h3 className="text-xl font-bold break-words">{a.title}</h3>
              <p className="whitespace-pre-line break-words text-lg">{a.body}</p>
              <p className="text-base text-zinc-700">{format(t.publishedOn, { date: formatLongDate(a.startsAt, locale), name: a.authorName })}</p>
              <p className="text-base text-zinc-700">
                {a.active ? (a.endsAt ? format(t.activeUntil, { date: lastDay(a.endsAt) }) : t.activeOpen) : format(t.ended, { date: formatLongDate(a.endsAt!, locale) })}
              </p>
              <p className="text-base text-zinc-700" data-testid="announcement-email">
                {a.emailState === 'none' ? t.emailNone : format(a.emailState === 'done' ? t.emailDone : t.emailSending, { n: a.emailedCount })}
                {a.audience === 'radius' && a.radiusM ? ` (${format(t.emailAudienceRadius, { km: (a.radiusM / 1000).toLocaleString(locale === 'fr' ? 'fr-FR' : 'en-GB') })})` : ''}
              </p>
              {a.active ? (
                <div>
                  <ButtonForm action={endAnnouncementAction} hidden={{ announcementId: a.id }} label={t.end} srSuffix={a.title} variant="danger" />
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
