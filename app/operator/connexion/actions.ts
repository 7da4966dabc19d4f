'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { toFormState, type FormState } from '@/lib/actions/form-state';
import { formToObject, type ActionResult } from '@/lib/actions/tenant-action';
import { AppError } from '@/lib/errors';
import { getRequestMessages } from '@/lib/i18n/locale';
import { log } from '@/lib/log/logger';
import { isOperatorHost } from '@/lib/operator/operator-host';
import { requestOperatorSignInLink, signOutOperator } from '@/lib/operator/operator-sign-in';
import { consumeRateLimit } from '@/lib/rate-limit/limiters';
import { getRequestOrigin } from '@/lib/tenant/request-tenant';

/**
 * Asks for an operator sign-in link. The answer is the same whether or not the address is an
 * operator's (nobody learns who operates the platform); only an operator gets an email.
 */
async function requestLink(raw: unknown): Promise<ActionResult<null>> {
  const { locale, m } = await getRequestMessages();
  try {
    if (!(await isOperatorHost())) throw new AppError('not_found');
    const parsed = z
      .object({ email: z.string().trim().toLowerCase().max(254, m.auth.invalidEmail).pipe(z.email(m.auth.invalidEmail)) })
      .safeParse(raw);
    if (!parsed.success) throw new AppError('validation', undefined, { email: parsed.error.issues[0]!.message });
    const email = parsed.data.email;
    const ip = (await headers()).get('x-forwarded-for')?.split(',')[0]?.trim() ?? 'local';
    await consumeRateLimit('operatorSignInPerEmail', email);
    await consumeRateLimit('operatorSignInPerIp', ip);
    const secure = (await getRequestOrigin()).startsWith('https:');
    await requestOperatorSignInLink(email, locale, secure);
    return { ok: true, data: null };
  } catch (error) {
    if (error instanceof AppError) {
      const message = error.code === 'rate_limited' ? m.errors.rateLimited : error.code === 'validation' ? m.errors.validation : m.errors.notFound;
      return { ok: false, error: { code: error.code, message, fieldErrors: error.fieldErrors } };
    }
    log('error', 'operator sign-in request failed', { error });
    return { ok: false, error: { code: 'internal', message: m.errors.internal } };
  }
}

export async function requestOperatorLinkAction(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await requestLink(formToObject(form));
  if (result.ok) redirect('/connexion/verifier');
  return toFormState(result, form);
}

/** Ends the operator's session (its row is deleted: the cookie is worthless everywhere). */
export async function signOutOperatorAction() {
  if (await isOperatorHost()) {
    const { locale } = await getRequestMessages();
    const secure = (await getRequestOrigin()).startsWith('https:');
    await signOutOperator(locale, secure);
  }
  redirect('/connexion');
}
