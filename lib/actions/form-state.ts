import type { ActionResult } from './tenant-action';

/** What a form shows after a submit: the error sentence, errors per field, and what was typed. */
export type FormState = {
  ok?: boolean;
  message?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
};

export function toFormState(result: ActionResult<unknown>, form: FormData): FormState {
  if (result.ok) return { ok: true };
  const values: Record<string, string> = {};
  for (const [k, v] of form.entries()) if (typeof v === 'string' && !k.startsWith('$ACTION')) values[k] = v;
  return { ok: false, message: result.error.message, fieldErrors: result.error.fieldErrors, values };
}

/** Only a path on this site: never `//evil.example` or an absolute URL. */
export function safeLocalPath(value: unknown, fallback = '/'): string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.includes('\\') ? value : fallback;
}

/** The path and query of a same-site absolute URL (Auth.js passes callbackUrl absolute), or null. */
export function localPathOf(value: unknown): string | null {
  if (typeof value !== 'string' || !value) return null;
  if (value.startsWith('/')) return safeLocalPath(value, '') || null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? safeLocalPath(url.pathname + url.search, '') || null : null;
  } catch {
    return null;
  }
}
