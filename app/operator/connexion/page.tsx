import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getRequestMessages } from '@/lib/i18n/locale';
import { getCurrentOperator } from '@/lib/operator/operator-session';
import { EmailLinkForm } from '@/app/_components/email-link-form';
import { requestOperatorLinkAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getRequestMessages();
  return { title: m.auth.signInTitle };
}

export default async function OperatorSignInPage() {
  if (await getCurrentOperator()) redirect('/');
  const { m } = await getRequestMessages();
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="text-3xl font-bold">{m.operator.signIn.title}</h1>
      <p className="mt-3 text-lg">{m.operator.signIn.intro}</p>
      <div className="mt-6">
        <EmailLinkForm action={requestOperatorLinkAction} labels={{ email: m.operator.signIn.emailLabel, hint: m.auth.emailHint, submit: m.operator.signIn.submit }} />
      </div>
    </div>
  );
}
