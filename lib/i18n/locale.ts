import 'server-only';
import { cookies } from 'next/headers';
import { DEFAULT_LOCALE, getMessages, isLocale, LOCALE_COOKIE, type Locale } from './messages';

/** The visitor's language: the `lang` cookie set by the language switch, French otherwise. */
export async function getLocale(): Promise<Locale> {
  const value = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

export async function getRequestMessages() {
  const locale = await getLocale();
  return { locale, m: getMessages(locale) };
}
