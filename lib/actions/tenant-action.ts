import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import type { z } from 'zod';
import type { Tx } from '@/db/client';
import type { UserRole } from './roles';
import { withTenant } from '@/db/with-tenant';
import { getCurrentUser, isOnboarded, type CurrentUser } from '@/lib/auth/session';
import { AppError, type ErrorCode } from '@/lib/errors';
import { getRequestMessages } from '@/lib/i18n/locale';
import type { Messages } from '@/lib/i18n/fr';
import type { Locale } from '@/lib/i18n/messages';
import { log } from '@/lib/log/logger';
import { isTenantClosed, type TenantEntry } from '@/lib/tenant/directory';
import { getRequestTenant } from '@/lib/tenant/request-tenant';
import { recordStaffAction, type AuditEntry } from '@/lib/staff/audit';

export type ActionError = { code: ErrorCode; message: string; fieldErrors?: Record<string, string> };
export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: ActionError };

/** Who may run an action: anyone, any signed-in person, or staff with one of the roles. */
export type Access = 'anyone' | 'signed-in' | 'onboarded' | readonly UserRole[];

type Context<I, U> = { tx: Tx; tenant: TenantEntry; user: U; input: I; locale: Locale; m: Messages };

type Options<S extends z.ZodType, T, A extends Access> = {
  access: A;
  input: (m: Messages) => S;
  /** Runs before the transaction (e.g. a rate limit); may throw AppError. */
  before?: (ctx: Omit<Context<z.output<S>, UserFor<A>>, 'tx'>) => Promise<void>;
  run: (ctx: Context<z.output<S>, UserFor<A>>) => Promise<T>;
  /**
   * For staff actions: the audit line (A9), written in the same transaction as the action, so
   * nothing a staff member does escapes the log.
   */
  audit?: (ctx: Context<z.output<S>, UserFor<A>>, result: T) => AuditEntry;
};

type UserFor<A extends Access> = A extends 'anyone' ? CurrentUser | null : CurrentUser;

const MESSAGE_KEYS: Record<ErrorCode, keyof Messages['errors']> = {
  validation: 'validation',
  forbidden: 'forbidden',
  not_found: 'notFound',
  unauthenticated: 'unauthenticated',
  rate_limited: 'rateLimited',
  closed: 'closed',
  internal: 'internal',
};

/**
 * The one wrapper every server action goes through: it resolves the council from the request
 * (never from client input), validates the input with zod, checks who is calling, and runs the
 * body inside withTenant. Errors come back as `{ ok: false, error }` with a French sentence;
 * unknown errors are logged with their cause and never shown as a stack trace.
 */
export function tenantAction<S extends z.ZodType, T, A extends Access>(options: Options<S, T, A>) {
  return async (raw: unknown): Promise<ActionResult<T>> => {
    const { locale, m } = await getRequestMessages();
    let tenant: TenantEntry | undefined;
    try {
      tenant = await getRequestTenant();
      if (isTenantClosed(tenant)) throw new AppError('closed');
      const parsed = options.input(m).safeParse(raw);
      if (!parsed.success) {
        const fieldErrors: Record<string, string> = {};
        for (const issue of parsed.error.issues) {
          const key = issue.path.join('.') || '_';
          fieldErrors[key] ??= issue.message;
        }
        throw new AppError('validation', undefined, fieldErrors);
      }
      const user = await getCurrentUser(tenant.id);
      checkAccess(options.access, user);
      const base = { tenant, user: user as UserFor<A>, input: parsed.data as z.output<S>, locale, m };
      await options.before?.(base);
      const t = tenant;
      const data = await withTenant(t.id, async (tx) => {
        const ctx = { ...base, tx };
        const result = await options.run(ctx);
        if (options.audit && user) await recordStaffAction(tx, t.id, user.id, options.audit(ctx, result));
        return result;
      });
      return { ok: true, data };
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof AppError) {
        // Domain code's messages are for logs; people get the plain sentence for the code.
        return { ok: false, error: { code: error.code, message: m.errors[MESSAGE_KEYS[error.code]], fieldErrors: error.fieldErrors } };
      }
      log('error', 'action failed', { tenantId: tenant?.id, error });
      return { ok: false, error: { code: 'internal', message: m.errors.internal } };
    }
  };
}

function checkAccess(access: Access, user: CurrentUser | null) {
  if (access === 'anyone') return;
  if (!user) throw new AppError('unauthenticated');
  if (access === 'signed-in') return;
  if (!isOnboarded(user)) throw new AppError('unauthenticated');
  if (access === 'onboarded') return;
  if (!access.includes(user.role)) throw new AppError('forbidden');
}

/** Turns a submitted form into a plain object for zod (repeated fields become arrays). */
export function formToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) {
    if (key.startsWith('$ACTION')) continue;
    if (key in out) out[key] = ([] as unknown[]).concat(out[key], value);
    else out[key] = value;
  }
  return out;
}
