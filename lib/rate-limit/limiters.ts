import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { AppError } from '@/lib/errors';

const GLOBAL_KEY = Symbol.for('coupdemain.rate-limiters');
type Limiters = Record<string, RateLimiterMemory>;

/** Budgets per council and per person or address; generous for people, tight for scripts. */
export const LIMITS = {
  signInPerEmail: { points: 5, duration: 15 * 60 },
  signInPerIp: { points: 30, duration: 15 * 60 },
  conversationStart: { points: 20, duration: 60 * 60 },
  message: { points: 60, duration: 10 * 60 },
  report: { points: 10, duration: 60 * 60 },
  /** New posts: a busy helper posts a few a day; a script is stopped quickly (X4). */
  postPerUser: { points: 10, duration: 60 * 60 },
  /** Address searches go to an outside service on the resident's behalf. */
  geocodePerUser: { points: 60, duration: 60 * 60 },
  operatorSignInPerEmail: { points: 5, duration: 15 * 60 },
  operatorSignInPerIp: { points: 20, duration: 15 * 60 },
} as const;

export type LimitName = keyof typeof LIMITS;

function limiter(name: LimitName) {
  const g = globalThis as unknown as Record<symbol, Limiters | undefined>;
  const all = (g[GLOBAL_KEY] ??= {});
  return (all[name] ??= new RateLimiterMemory({ keyPrefix: name, ...LIMITS[name] }));
}

/** Spends one point; throws AppError('rate_limited') when the budget is used up. */
export async function consumeRateLimit(name: LimitName, key: string) {
  try {
    await limiter(name).consume(key);
  } catch (error) {
    if (error instanceof RateLimiterRes) throw new AppError('rate_limited', `${name} exceeded`);
    throw error;
  }
}

export function resetRateLimitsForTests() {
  const g = globalThis as unknown as Record<symbol, Limiters | undefined>;
  delete g[GLOBAL_KEY];
}
