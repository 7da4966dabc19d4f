import type { Messages } from '@/lib/i18n/fr';
import { format } from '@/lib/i18n/messages';

/** "45 min", "3 h 05", "2 j 4 h": a response time as people say it. */
export function formatDuration(minutes: number, m: Messages): string {
  const total = Math.max(0, Math.round(minutes));
  if (total < 60) return format(m.dashboard.minutes, { n: total });
  const hours = Math.floor(total / 60);
  if (hours < 24) return format(m.dashboard.hours, { h: hours, mm: String(total % 60).padStart(2, '0') });
  return format(m.dashboard.days, { d: Math.floor(hours / 24), h: hours % 24 });
}
