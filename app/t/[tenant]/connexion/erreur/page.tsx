import type { Metadata } from 'next';
import { getRequestMessages } from '@/lib/i18n/locale';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getRequestMessages();
  return { title: m.auth.errorTitle };
}

/** Where Auth.js sends people when a link is expired, used, or refused. */
export default async function SignInErrorPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const { m } = await getRequestMessages();
  const error = (await searchParams).error;
  const text = error === 'Verification' ? m.auth.errorVerification : error === 'AccessDenied' ? m.auth.errorDenied : m.auth.errorDefault;
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="text-3xl font-bold">{m.auth.errorTitle}</h1>
      <p className="mt-3 text-lg">{text}</p>
      <p className="mt-6">
        <a href="/connexion" className="text-lg font-semibold underline">
          {m.auth.newLink}
        </a>
      </p>
    </div>
  );
}
