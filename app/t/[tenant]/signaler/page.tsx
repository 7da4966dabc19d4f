import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireResident } from '@/lib/auth/require-user';
import { getRequestMessages } from '@/lib/i18n/locale';
import { getSiteOrNotFound } from '@/lib/tenant/site';
import { ReportForm } from './report-form';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getRequestMessages();
  return { title: m.safety.reportTitle, robots: { index: false } };
}

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<{ cible?: string; id?: string; merci?: string }> };

/** Report a post, a message or a person (R9). */
export default async function ReportPage({ params, searchParams }: Props) {
  const { tenant } = await getSiteOrNotFound((await params).tenant);
  const q = await searchParams;
  const path = `/signaler?cible=${q.cible ?? ''}&id=${q.id ?? ''}`;
  await requireResident(tenant.id, path);
  const { m } = await getRequestMessages();
  if (q.merci) {
    return (
      <div className="mx-auto max-w-xl">
        <h1 className="text-3xl font-bold">{m.safety.reportTitle}</h1>
        <p role="status" className="mt-4 text-lg">
          {m.safety.acknowledged}
        </p>
        <p className="mt-6">
          <a href="/" className="text-lg font-semibold underline">
            {m.notFound.backHome}
          </a>
        </p>
      </div>
    );
  }
  const target = q.cible === 'post' || q.cible === 'message' || q.cible === 'user' ? q.cible : null;
  if (!target || !q.id || !/^[0-9a-f-]{36}$/i.test(q.id)) notFound();
  const title = { post: m.safety.reportPost, message: m.safety.reportMessage, user: m.safety.reportPerson }[target];
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="text-3xl font-bold">{title}</h1>
      <div className="mt-6">
        <ReportForm targetType={target} targetId={q.id} labels={{ reason: m.safety.reasonLabel, hint: m.safety.reasonHint, send: m.safety.send }} />
      </div>
    </div>
  );
}
