'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { isLocale, LOCALE_COOKIE } from '@/lib/i18n/messages';

/** The language switch: a cookie for this host only, then back to the same page. */
export async function setLocaleAction(formData: FormData) {
  const locale = formData.get('locale');
  const back = String(formData.get('back') ?? '/');
  if (isLocale(locale)) {
    (await cookies()).set(LOCALE_COOKIE, locale, { path: '/', maxAge: 365 * 24 * 3600, sameSite: 'lax', httpOnly: false });
  }
  redirect(back.startsWith('/') && !back.startsWith('//') ? back : '/');
}
