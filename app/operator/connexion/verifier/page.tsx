import type { Metadata } from 'next';
import { getRequestMessages } from '@/lib/i18n/locale';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getRequestMessages();
  return { title: m.operator.signIn.checkTitle };
}

export default async function OperatorCheckEmailPage() {
  const { m } = await getRequestMessages();
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="text-3xl font-bold">{m.operator.signIn.checkTitle}</h1>
      <p className="mt-3 text-lg">{m.operator.signIn.checkText}</p>
      <p className="mt-6">
        <a href="/connexion" className="text-lg font-semibold underline">
          {m.operator.signIn.newLink}
        </a>
      </p>
    </div>
  );
}
