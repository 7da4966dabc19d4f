import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { safeLocalPath } from '@/lib/actions/form-state';
import { getCurrentUser, isOnboarded } from '@/lib/auth/session';
import { getRequestMessages } from '@/lib/i18n/locale';
import { format } from '@/lib/i18n/messages';
import { getHomeSummary } from '@/lib/location/home-location';
import { listQuartiers } from '@/lib/location/list-quartiers';
import { getSiteOrNotFound } from '@/lib/tenant/site';
import { AddressForm } from './address-form';
import { pointPickerProps } from '@/lib/map/point-picker-props';
import { MapPointForm } from './map-point-form';
import { QuartierForm } from './quartier-form';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getRequestMessages();
  return { title: m.location.title };
}

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<{ suite?: string; avant?: string; enregistre?: string }> };

/**
 * R3: where the resident lives, set or changed by quartier, by address search, or by a point
 * on the map. The exact point stays on the server; the page only
 * ever names the quartier or sector.
 */
export default async function HomeLocationPage({ params, searchParams }: Props) {
  const { tenant, council } = await getSiteOrNotFound((await params).tenant);
  const query = await searchParams;
  const suite = safeLocalPath(query.suite, '');
  const here = `/mon-adresse${suite ? `?suite=${encodeURIComponent(suite)}` : ''}`;
  const user = await getCurrentUser(tenant.id);
  if (!user) redirect(`/connexion?suite=${encodeURIComponent(here)}`);
  if (!isOnboarded(user)) redirect(`/bienvenue?suite=${encodeURIComponent(here)}`);
  const { m } = await getRequestMessages();
  const [home, quartiers, picker] = await Promise.all([
    getHomeSummary(tenant.id, user.id),
    listQuartiers(tenant.id),
    pointPickerProps(tenant.id, council, m),
  ]);
  const beforePosting = query.avant === 'publier' && suite.startsWith('/annonces/nouvelle');

  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-8">
      <div>
        <h1 className="text-3xl font-bold">{m.location.title}</h1>
        {query.enregistre ? (
          <p role="status" className="mt-4 rounded-md border-2 border-green-800 bg-green-50 p-3 text-lg font-semibold text-green-900">
            {m.location.saved}
          </p>
        ) : null}
        {beforePosting ? <p className="mt-4 rounded-md border-2 border-primary bg-white p-3 text-lg font-semibold">{m.location.beforePosting}</p> : null}
        <p className="mt-3 text-lg">{m.location.intro}</p>
        <p className="mt-3 text-lg font-semibold" data-testid="home-summary">
          {home.kind === 'quartier'
            ? format(m.location.currentQuartier, { quartier: home.name })
            : home.kind === 'point'
              ? home.area
                ? format(m.location.currentPoint, { area: home.area })
                : m.location.currentPointNoArea
              : m.location.none}
        </p>
        {beforePosting ? (
          <p className="mt-3 text-lg">
            {m.location.postForSomeoneElse}{' '}
            <a href={`${suite}${suite.includes('?') ? '&' : '?'}lieu=adresse`} className="font-semibold underline">
              {m.location.postForSomeoneElseLink}
            </a>
          </p>
        ) : null}
      </div>

      <section aria-labelledby="par-quartier" className="flex flex-col gap-3 rounded-xl bg-white p-4 ring-1 ring-zinc-300">
        <h2 id="par-quartier" className="text-2xl font-bold">
          {m.location.quartierTitle}
        </h2>
        <p className="text-lg">{m.location.quartierHint}</p>
        {quartiers.length ? (
          <QuartierForm
            quartiers={quartiers.map((q) => ({ id: q.id, name: q.name }))}
            current={home.kind === 'quartier' ? home.quartierId : null}
            suite={suite}
            labels={{ label: m.location.quartierLabel, submit: m.location.quartierSubmit }}
          />
        ) : (
          <p className="text-lg">{m.location.noQuartiers}</p>
        )}
      </section>

      <section aria-labelledby="par-adresse" className="flex flex-col gap-3 rounded-xl bg-white p-4 ring-1 ring-zinc-300">
        <h2 id="par-adresse" className="text-2xl font-bold">
          {m.location.addressTitle}
        </h2>
        <AddressForm
          suite={suite}
          labels={{
            label: m.location.addressLabel,
            hint: m.location.addressHint,
            search: m.location.addressSearch,
            results: m.location.addressResults,
            submit: m.location.addressSubmit,
          }}
        />
      </section>

      <section aria-labelledby="sur-la-carte" className="flex flex-col gap-3 rounded-xl bg-white p-4 ring-1 ring-zinc-300">
        <h2 id="sur-la-carte" className="text-2xl font-bold">
          {m.location.mapTitle}
        </h2>
        <MapPointForm
          picker={picker}
          next={suite || '/mon-adresse?enregistre=1'}
          labels={{ hint: m.location.mapHint, submit: m.location.mapSubmit, noPoint: m.location.mapNoPoint }}
        />
      </section>

      <p className="text-base text-zinc-700">{m.location.privacyNote}</p>
    </div>
  );
}
