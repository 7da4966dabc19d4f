import type { Locale } from './messages';

/** "12 décembre 2026", in French time whatever the server's zone. */
export function formatLongDate(date: Date | string, locale: Locale): string {
  const d = typeof date === 'string' ? new Date(`${date}T12:00:00Z`) : date;
  return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(d);
}
