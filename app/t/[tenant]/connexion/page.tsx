import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getCurrentUser } from '@/lib/auth/session';
import { safeLocalPath } from '@/lib/actions/form-state';
import { getRequestMessages } from '@/lib/i18n/locale';
import { getSiteOrNotFound } from '@/lib/tenant/site';
import { EmailLinkForm } from '@/app/_components/email-link-form';
import { requestSignInLinkAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getRequestMessages();
  return { title: m.auth.signInTitle };
}

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<{ suite?: string }> };

export default async function SignInPage({ params, searchParams }: Props) {
  const { tenant } = await getSiteOrNotFound((await params).tenant);
  const suite = safeLocalPath((await searchParams).suite, '/');
  if (await getCurrentUser(tenant.id)) redirect(suite);
  const { m } = await getRequestMessages();
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="text-3xl font-bold">{m.auth.signInTitle}</h1>
      <p className="mt-3 text-lg">{m.auth.signInIntro}</p>
      <p className="mt-2 text-lg">{m.auth.signInSameForNew}</p>
      <div className="mt-6">
        <EmailLinkForm action={requestSignInLinkAction} suite={suite} labels={{ email: m.auth.emailLabel, hint: m.auth.emailHint, submit: m.auth.sendLink }} />
      </div>
    </div>
  );
}
