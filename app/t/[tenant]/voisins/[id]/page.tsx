import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SubmitButton } from '@/app/_components/submit-button';
import { and, eq } from 'drizzle-orm';
import { blocks } from '@/db/schema/safety';
import { withTenant } from '@/db/with-tenant';
import { requireResident } from '@/lib/auth/require-user';
import { getRequestMessages } from '@/lib/i18n/locale';
import { format } from '@/lib/i18n/messages';
import { getHelperProfile } from '@/lib/messages/helper-profile';
import { getSiteOrNotFound } from '@/lib/tenant/site';
import { blockAction } from '../../signaler/actions';

export async function generateMetadata(): Promise<Metadata> {
  return { robots: { index: false } };
}

type Props = { params: Promise<{ tenant: string; id: string }>; searchParams: Promise<{ bloque?: string; debloque?: string }> };

export default async function NeighbourProfilePage({ params, searchParams }: Props) {
  const { tenant: slug, id } = await params;
  const { tenant } = await getSiteOrNotFound(slug);
  const user = await requireResident(tenant.id, `/voisins/${id}`);
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const { m, locale } = await getRequestMessages();
  const q = await searchParams;
  const data = await withTenant(tenant.id, async (tx) => {
    const profile = await getHelperProfile(tx, tenant.id, id);
    const [blocked] = await tx
      .select()
      .from(blocks)
      .where(and(eq(blocks.tenantId, tenant.id), eq(blocks.blockerId, user.id), eq(blocks.blockedId, id)));
    return { profile, blocked: !!blocked };
  });
  if (!data.profile) notFound();
  const { profile, blocked } = data;
  const dateFormat = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'fr-FR', { month: 'long', year: 'numeric' });
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-5">
      <h1 className="text-3xl font-bold">{format(m.profile.title, { name: profile.name })}</h1>
      <p className="text-lg">
        {format(m.profile.memberSince, { date: dateFormat.format(profile.memberSince) })}
        {profile.helpedCount ? ` · ${format(m.profile.helpedCount, { n: profile.helpedCount })}` : ''}
      </p>
      {q.bloque ? <p role="status" className="rounded-md bg-white p-3 ring-1 ring-zinc-300">{m.safety.blocked}</p> : null}
      {q.debloque ? <p role="status" className="rounded-md bg-white p-3 ring-1 ring-zinc-300">{m.safety.unblocked}</p> : null}
      <section aria-labelledby="merci">
        <h2 id="merci" className="text-2xl font-bold">
          {m.profile.thanksTitle}
        </h2>
        {profile.thanks.length ? (
          <ul className="mt-3 flex flex-col gap-3">
            {profile.thanks.map((t) => (
              <li key={t.at.toISOString()} className="rounded-xl bg-white p-4 ring-1 ring-zinc-300">
                <blockquote className="text-lg">« {t.text} »</blockquote>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-3 text-lg">{m.profile.noThanks}</p>
        )}
      </section>
      {profile.id !== user.id ? (
        <section className="flex flex-col gap-3 border-t-2 border-zinc-300 pt-4">
          <p>
            <a className="text-lg font-semibold underline" href={`/signaler?cible=user&id=${profile.id}`}>
              {m.safety.reportPerson}
            </a>
          </p>
          <form action={blockAction} className="flex flex-col gap-2">
            <input type="hidden" name="personId" value={profile.id} />
            <input type="hidden" name="block" value={blocked ? '0' : '1'} />
            {!blocked ? <p className="text-base text-zinc-700">{m.safety.blockHint}</p> : null}
            <div>
              <SubmitButton className="min-h-12 rounded-lg border-2 border-zinc-700 bg-white px-6 py-3 text-lg font-semibold text-zinc-900">
                {blocked ? m.safety.unblock : m.safety.block}
              </SubmitButton>
            </div>
          </form>
        </section>
      ) : null}
    </div>
  );
}
