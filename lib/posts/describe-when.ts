import { formatLongDate } from '@/lib/i18n/format-date';
import type { Messages } from '@/lib/i18n/fr';
import { format, type Locale } from '@/lib/i18n/messages';
import { WEEKDAYS, type Weekday } from './post-input';

/** "le 12 décembre 2026", "chaque semaine, le lundi et jeudi", "quand vous voulez". */
export function describeWhen(
  post: { whenKind: 'flexible' | 'date' | 'weekly'; whenDate: string | null; whenWeekdays: string[] | null },
  m: Messages,
  locale: Locale,
): string {
  if (post.whenKind === 'date' && post.whenDate) return format(m.post.whenDate, { date: formatLongDate(post.whenDate, locale) });
  if (post.whenKind === 'weekly' && post.whenWeekdays?.length) {
    const days = WEEKDAYS.filter((d) => post.whenWeekdays!.includes(d)).map((d: Weekday) => m.post.weekdays[d]);
    const list = new Intl.ListFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { style: 'long', type: 'conjunction' }).format(days);
    return format(m.post.whenWeekly, { days: list });
  }
  return m.post.whenFlexible;
}
