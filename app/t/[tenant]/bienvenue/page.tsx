import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { localPathOf, safeLocalPath } from '@/lib/actions/form-state';
import { getCurrentUser, isOnboarded } from '@/lib/auth/session';
import { getRequestMessages } from '@/lib/i18n/locale';
import { format } from '@/lib/i18n/messages';
import { getSiteOrNotFound } from '@/lib/tenant/site';
import { WelcomeForm } from './welcome-form';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getRequestMessages();
  return { title: m.auth.welcomeTitle };
}

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<{ suite?: string; callbackUrl?: string }> };

export default async function WelcomePage({ params, searchParams }: Props) {
  const { tenant, council } = await getSiteOrNotFound((await params).tenant);
  // Auth.js sends new accounts here with the page they came from as an absolute callbackUrl,
  // already checked to be on this site; only its path is kept.
  const query = await searchParams;
  const suite = safeLocalPath(query.suite, '') || localPathOf(query.callbackUrl) || '/';
  const user = await getCurrentUser(tenant.id);
  if (!user) redirect(`/connexion?suite=${encodeURIComponent('/bienvenue')}`);
  if (isOnboarded(user)) redirect(suite);
  const { m } = await getRequestMessages();
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-3xl font-bold">{m.auth.welcomeTitle}</h1>
      <p className="mt-3 text-lg">{m.auth.welcomeIntro}</p>
      <div className="mt-6">
        <WelcomeForm
          charter={council.charter}
          initialName={user.name ?? ''}
          suite={suite}
          labels={{
            name: m.auth.displayNameLabel,
            nameHint: m.auth.displayNameHint,
            charterTitle: format(m.auth.charterTitle, { council: council.name }),
            accept: m.auth.charterAccept,
            submit: m.auth.welcomeSubmit,
          }}
        />
      </div>
    </div>
  );
}
