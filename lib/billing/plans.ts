/**
 * The price list, in one place (O4): a yearly subscription priced by the council's population
 * band, excluding VAT, in euro cents. Changing a price: add a new `version` so Stripe gets a new
 * Price (its lookup key changes) and existing subscriptions keep theirs.
 */
export const PLANS = [
  { key: 'village', upTo: 2_000, yearlyCents: 290_00 },
  { key: 'bourg', upTo: 10_000, yearlyCents: 790_00 },
  { key: 'ville', upTo: 50_000, yearlyCents: 1_900_00 },
  { key: 'agglomeration', upTo: 200_000, yearlyCents: 4_900_00 },
  { key: 'territoire', upTo: Number.POSITIVE_INFINITY, yearlyCents: 9_900_00 },
] as const;

export const PLAN_VERSION = 1;
export const CURRENCY = 'eur';

export type Plan = (typeof PLANS)[number];
export type PlanKey = Plan['key'];

export function planForPopulation(population: number): Plan {
  return PLANS.find((p) => population <= p.upTo)!;
}

export function findPlan(key: string | null | undefined): Plan | null {
  return PLANS.find((p) => p.key === key) ?? null;
}

/** Stripe Price lookup key: stable for a plan and a version of the price list. */
export function priceLookupKey(plan: Plan) {
  return `coupdemain_${plan.key}_v${PLAN_VERSION}`;
}

export function formatEuros(cents: number, locale = 'fr-FR') {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(cents / 100);
}
