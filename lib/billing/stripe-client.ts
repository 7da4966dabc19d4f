import Stripe from 'stripe';
import { getEnv } from '@/lib/env';

const GLOBAL_KEY = Symbol.for('coupdemain.stripe');
type GlobalWithStripe = typeof globalThis & { [GLOBAL_KEY]?: { key: string; client: Stripe } };

/** Billing works only with a secret key; without it the console says so and everything else works. */
export function isBillingConfigured(): boolean {
  return !!getEnv().STRIPE_SECRET_KEY;
}

/**
 * The one Stripe client. STRIPE_API_HOST / PORT / PROTOCOL point the real SDK at a local fake
 * in tests; a short timeout and one retry, so an unreachable Stripe turns into a clear message.
 */
export function getStripe(): Stripe | null {
  const env = getEnv();
  if (!env.STRIPE_SECRET_KEY) return null;
  const g = globalThis as GlobalWithStripe;
  const cacheKey = `${env.STRIPE_SECRET_KEY}|${env.STRIPE_API_HOST}|${env.STRIPE_API_PORT}|${env.STRIPE_API_PROTOCOL}`;
  if (g[GLOBAL_KEY]?.key !== cacheKey) {
    g[GLOBAL_KEY] = {
      key: cacheKey,
      client: new Stripe(env.STRIPE_SECRET_KEY, {
        host: env.STRIPE_API_HOST,
        port: env.STRIPE_API_PORT,
        protocol: env.STRIPE_API_PROTOCOL,
        timeout: 10_000,
        maxNetworkRetries: 1,
        telemetry: false,
        appInfo: { name: 'coup-de-main' },
      }),
    };
  }
  return g[GLOBAL_KEY]!.client;
}

export function getStripeOrThrow(): Stripe {
  const stripe = getStripe();
  if (!stripe) throw new BillingError('not_configured');
  return stripe;
}

/** Billing failures the console explains in a sentence; the cause is logged. */
export class BillingError extends Error {
  constructor(
    readonly reason: 'not_configured' | 'unreachable' | 'refused' | 'no_customer' | 'sandbox' | 'manual',
    options?: { cause?: unknown },
  ) {
    super(`billing: ${reason}`, options);
    this.name = 'BillingError';
  }
}

/** Stripe's SDK errors → our reasons: a connection problem is not the same as a refusal. */
export function asBillingError(error: unknown): BillingError {
  if (error instanceof BillingError) return error;
  if (error instanceof Stripe.errors.StripeConnectionError) return new BillingError('unreachable', { cause: error });
  // A 5xx is Stripe having a bad moment, not a refusal: worth trying again later.
  if (error instanceof Stripe.errors.StripeError && (error.statusCode ?? 0) >= 500) return new BillingError('unreachable', { cause: error });
  if (error instanceof Stripe.errors.StripeError) return new BillingError('refused', { cause: error });
  return new BillingError('unreachable', { cause: error });
}
