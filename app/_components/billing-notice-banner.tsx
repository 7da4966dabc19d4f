import type { BillingNotice } from '@/lib/billing/notice';
import type { Messages } from '@/lib/i18n/fr';
import { format } from '@/lib/i18n/messages';

/**
 * O4 on a council's site: read-only mode is announced to everyone; a late payment only to the
 * council's admins (with the billing portal when there is one).
 */
export function BillingNoticeBanner({ notice, isAdmin, m, dateLocale }: { notice: BillingNotice; isAdmin: boolean; m: Messages; dateLocale: string }) {
  const n = m.billingNotice;
  const portal =
    isAdmin && notice.portal ? (
      <a href="/facturation/portail" className="font-semibold underline">
        {n.portalLink}
      </a>
    ) : null;
  if (notice.kind === 'read_only') {
    return (
      <div role="status" className="border-b-4 border-red-800 bg-red-50 text-red-950">
        <div className="mx-auto max-w-5xl px-4 py-3">
          <p className="text-lg font-bold">{n.readOnlyTitle}</p>
          <p className="text-lg">{n.readOnlyText}</p>
          {isAdmin ? (
            <p className="mt-1 text-lg">
              {n.readOnlyAdmin} {portal}
            </p>
          ) : null}
        </div>
      </div>
    );
  }
  if (!isAdmin) return null;
  return (
    <div role="status" className="border-b-4 border-amber-700 bg-amber-50 text-amber-950">
      <div className="mx-auto max-w-5xl px-4 py-3">
        <p className="text-lg font-bold">{n.pastDueTitle}</p>
        <p className="text-lg">
          {n.pastDueText}
          {notice.since ? ` ${format(n.pastDueSince, { date: notice.since.toLocaleDateString(dateLocale, { timeZone: 'Europe/Paris' }) })}` : ''}
        </p>
        {portal ? <p className="mt-1 text-lg">{portal}</p> : null}
      </div>
    </div>
  );
}
