import type { Metadata } from 'next';
import { and, eq } from 'drizzle-orm';
import { users } from '@/db/schema/users';
import { withTenant } from '@/db/with-tenant';
import { requireResident } from '@/lib/auth/require-user';
import { listEnabledCategories } from '@/lib/categories/list-categories';
import { getRequestMessages } from '@/lib/i18n/locale';
import { getStandingOffer, RADIUS_CHOICES_M, WEEKDAYS } from '@/lib/matching/standing-offers';
import { getNotificationModes } from '@/lib/notifications/preferences';
import { getSiteOrNotFound } from '@/lib/tenant/site';
import { StandingOfferForm } from './standing-offer-form';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getRequestMessages();
  return { title: m.matching.title };
}

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<{ enregistre?: string; arrete?: string }> };

export default async function StandingOfferPage({ params, searchParams }: Props) {
  const { tenant } = await getSiteOrNotFound((await params).tenant);
  const user = await requireResident(tenant.id, '/je-peux-aider');
  const { m } = await getRequestMessages();
  const q = await searchParams;
  const [categories, data] = await Promise.all([
    listEnabledCategories(tenant.id),
    withTenant(tenant.id, async (tx) => {
      const [me] = await tx.select({ home: users.home }).from(users).where(and(eq(users.tenantId, tenant.id), eq(users.id, user.id)));
      return { offer: await getStandingOffer(tx, tenant.id, user.id), modes: await getNotificationModes(tx, tenant.id, user.id), hasHome: !!me?.home };
    }),
  ]);
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-5">
      <h1 className="text-3xl font-bold">{m.matching.title}</h1>
      <p className="text-lg">{m.matching.intro}</p>
      {q.enregistre ? <p role="status" className="rounded-md bg-green-50 p-3 text-lg font-semibold text-green-900 ring-1 ring-green-800">{m.matching.saved}</p> : null}
      {q.arrete ? <p role="status" className="rounded-md bg-white p-3 text-lg ring-1 ring-zinc-300">{m.matching.removed}</p> : null}
      {!data.hasHome ? (
        <p className="rounded-md border-2 border-amber-700 bg-amber-50 p-3 text-lg text-amber-950">
          {m.matching.noHome}{' '}
          <a className="font-semibold underline" href="/mon-adresse?suite=/je-peux-aider">
            {m.matching.setHome}
          </a>
        </p>
      ) : null}
      <StandingOfferForm
        categories={categories}
        radii={RADIUS_CHOICES_M.map((r) => ({ value: String(r), label: m.matching.radiusOptions[String(r) as keyof typeof m.matching.radiusOptions] }))}
        weekdays={WEEKDAYS.map((d) => ({ value: d, label: m.matching.weekdays[d] }))}
        modes={(['instant', 'daily', 'off'] as const).map((mode) => ({ value: mode, label: m.preferences.modes[mode] }))}
        initial={{
          categoryIds: data.offer?.categoryIds ?? [],
          radiusM: data.offer?.radiusM ?? 2000,
          weekdays: data.offer?.weekdays ?? [],
          notify: data.modes.match,
        }}
        labels={{
          categories: m.matching.categoriesLegend,
          radius: m.matching.radiusLabel,
          weekdays: m.matching.weekdaysLegend,
          weekdaysHint: m.matching.weekdaysHint,
          notify: m.matching.notifyLabel,
          save: m.matching.save,
          stop: m.matching.stop,
        }}
      />
    </div>
  );
}
