import type { Metadata } from 'next';
import { SubmitButton } from '@/app/_components/submit-button';
import { getRequestMessages } from '@/lib/i18n/locale';
import { format } from '@/lib/i18n/messages';
import { parseUnsubscribe } from '@/lib/notifications/unsubscribe-person';
import { NOTIFICATION_KINDS } from '@/lib/notifications/unsubscribe';
import { getSiteOrNotFound } from '@/lib/tenant/site';
import { confirmUnsubscribeAction } from './actions';

export const metadata: Metadata = { title: 'Se désabonner', robots: { index: false } };

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function UnsubscribePage({ params, searchParams }: Props) {
  const { tenant } = await getSiteOrNotFound((await params).tenant);
  const { m } = await getRequestMessages();
  const q = await searchParams;
  const done = NOTIFICATION_KINDS.find((k) => k === q.fait);
  const valid = parseUnsubscribe({ u: q.u ?? null, k: q.k ?? null, s: q.s ?? null }, tenant.id);
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="text-3xl font-bold">{m.unsubscribe.title}</h1>
      {done ? (
        <p role="status" className="mt-4 text-lg">
          {m.unsubscribe.done}
        </p>
      ) : valid ? (
        <form action={confirmUnsubscribeAction} className="mt-4 flex flex-col gap-4">
          <p className="text-lg">{format(m.unsubscribe.confirmText, { kind: m.preferences.kinds[valid.kind] })}</p>
          <input type="hidden" name="u" value={q.u} />
          <input type="hidden" name="k" value={q.k} />
          <input type="hidden" name="s" value={q.s} />
          <div>
            <SubmitButton>{m.unsubscribe.confirmButton}</SubmitButton>
          </div>
        </form>
      ) : (
        <p className="mt-4 text-lg">{m.unsubscribe.invalid}</p>
      )}
    </div>
  );
}
