import type { Messages } from '@/lib/i18n/fr';
import type { TenantStatus } from '@/lib/operator/tenant-status';

const STYLES: Record<TenantStatus, string> = {
  trial: 'border-sky-800 text-sky-900 bg-sky-50',
  active: 'border-green-800 text-green-900 bg-green-50',
  past_due: 'border-amber-800 text-amber-950 bg-amber-50',
  suspended: 'border-red-800 text-red-900 bg-red-50',
  archived: 'border-zinc-600 text-zinc-800 bg-zinc-100',
};

/** A council's status in words (colour only repeats what the words say). */
export function StatusBadge({ status, readOnly, m }: { status: TenantStatus; readOnly?: boolean; m: Messages }) {
  return (
    <span className="inline-flex flex-wrap gap-1">
      <span className={`rounded-full border-2 px-2 py-0.5 text-base font-semibold ${STYLES[status]}`}>{m.operator.statuses[status]}</span>
      {readOnly ? <span className="rounded-full border-2 border-red-800 bg-white px-2 py-0.5 text-base font-semibold text-red-900">{m.operator.readOnly}</span> : null}
    </span>
  );
}
