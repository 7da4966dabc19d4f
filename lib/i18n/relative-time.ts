import type { Messages } from './fr';
import { format } from './messages';

/** "il y a 3 h" — coarse on purpose: posts do not need to-the-minute precision. */
export function relativeTime(date: Date, m: Messages, now = new Date()): string {
  const minutes = Math.max(0, Math.round((now.getTime() - date.getTime()) / 60_000));
  if (minutes < 2) return m.time.justNow;
  if (minutes < 60) return format(m.time.minutes, { n: minutes });
  const hours = Math.round(minutes / 60);
  if (hours < 24) return format(m.time.hours, { n: hours });
  return format(m.time.days, { n: Math.round(hours / 24) });
}
