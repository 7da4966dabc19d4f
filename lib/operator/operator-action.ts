import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import type { z } from 'zod';
import type { ActionResult } from '@/lib/actions/tenant-action';
import { BillingError } from '@/lib/billing/stripe-client';
import { AppError, type ErrorCode } from '@/lib/errors';
import type { Messages } from '@/lib/i18n/fr';
import { getRequestMessages } from '@/lib/i18n/locale';
import type { Locale } from '@/lib/i18n/messages';
import { log } from '@/lib/log/logger';
import type { AuditActor } from './audit';
import { getCurrentOperator, type CurrentOperator } from './operator-session';
import { isOperatorHost } from './operator-host';

type Context<I> = { operator: CurrentOperator; actor: AuditActor; input: I; locale: Locale; m: Messages };

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
 * The wrapper of every operator server action, the console's counterpart of tenantAction:
 * operator host only, a signed-in operator, input validated with zod (messages from `m`).
 * The body opens its own transactions (withAdmin, and withTenant where it works inside one
 * council) and records its audit entry in the same transaction as the change it makes.
 * A domain error carries the sentence to show (AppError's message when `fieldErrors` or a
 * known code, BillingError's reason); anything else is logged and shown as a plain sentence.
 */
export function operatorAction<S extends z.ZodType, T>(options: { input: (m: Messages) => S; run: (ctx: Context<z.output<S>>) => Promise<T> }) {
  return async (raw: unknown): Promise<ActionResult<T>> => {
    const { locale, m } = await getRequestMessages();
    try {
      if (!(await isOperatorHost())) throw new AppError('not_found');
      const operator = await getCurrentOperator();
      if (!operator) throw new AppError('unauthenticated');
      const parsed = options.input(m).safeParse(raw);
      if (!parsed.success) {
        const fieldErrors: Record<string, string> = {};
        for (const issue of parsed.error.issues) fieldErrors[issue.path.join('.') || '_'] ??= issue.message;
        throw new AppError('validation', undefined, fieldErrors);
      }
      const data = await options.run({ operator, actor: { id: operator.id, label: operator.email }, input: parsed.data, locale, m });
      return { ok: true, data };
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof OperatorError) return { ok: false, error: { code: error.code, message: error.message, fieldErrors: error.fieldErrors } };
      if (error instanceof AppError) {
        return { ok: false, error: { code: error.code, message: m.errors[MESSAGE_KEYS[error.code]], fieldErrors: error.fieldErrors } };
      }
      if (error instanceof BillingError) {
        log('warn', 'billing action failed', { reason: error.reason, error: error.cause ?? error });
        return { ok: false, error: { code: 'internal', message: m.operator.billing.errors[error.reason] } };
      }
      log('error', 'operator action failed', { error });
      return { ok: false, error: { code: 'internal', message: m.errors.internal } };
    }
  };
}

/** A refusal with its own sentence for the operator (e.g. "this subdomain is taken"). */
export class OperatorError extends Error {
  constructor(
    message: string,
    readonly fieldErrors?: Record<string, string>,
    readonly code: ErrorCode = 'validation',
  ) {
    super(message);
    this.name = 'OperatorError';
  }
}
