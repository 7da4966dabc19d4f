import type { Metadata } from 'next';
import { getRequestMessages } from '@/lib/i18n/locale';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getRequestMessages();
  return { title: m.auth.checkEmailTitle };
}

export default async function CheckEmailPage() {
  const { m } = await getRequestMessages();
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="text-3xl font-bold">{m.auth.checkEmailTitle}</h1>
      <p className="mt-3 text-lg">{m.auth.checkEmailText}</p>
      <p className="mt-3 text-lg">{m.auth.checkEmailSpam}</p>
      <p className="mt-6">
        <a href="/connexion" className="text-lg font-semibold underline">
          {m.auth.newLink}
        </a>
      </p>
    </div>
  );
}
