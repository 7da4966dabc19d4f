import { bigint, boolean, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, tenantIdColumn, updatedAt } from './columns';
import { tenants } from './tenants';

/**
 * A council's billing account (O4), one row per council. Tenant-owned so that the council's
 * own pages can read their notice under RLS; written by the operator console and the Stripe
 * webhook on the admin connection.
 */
export const billingAccounts = pgTable(
  'billing_accounts',
  {
    tenantId: tenantIdColumn()
      .primaryKey()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    /** The plan (population band) of the current subscription; see lib/billing/plans.ts. */
    planKey: text(),
    stripeCustomerId: text(),
    stripeSubscriptionId: text(),
    /** Stripe's `created` of that subscription: a newer subscription replaces an older one, never the reverse. */
    subscriptionCreatedAt: timestamp({ withTimezone: true }),
    subscriptionStatus: text(),
    collectionMethod: text(),
    /** When the state above was true at Stripe (the event's `created`): older events are ignored. */
    stateAt: timestamp({ withTimezone: true }),
    pastDueSince: timestamp({ withTimezone: true }),
    /** Invoiced outside Stripe: Stripe events are recorded but never change the council's status. */
    manualInvoicing: boolean().notNull().default(false),
    checkoutUrl: text(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('billing_accounts_customer_idx').on(t.stripeCustomerId)],
);

/**
 * Every Stripe event received, keyed by its id: a redelivered event is recognised and not
 * processed twice. Global (Stripe's account is the operator's), so no tenant_id column.
 */
export const stripeEvents = pgTable(
  'stripe_events',
  {
    id: text().primaryKey(),
    type: text().notNull(),
    /** Stripe's `created` (seconds since epoch). */
    created: bigint({ mode: 'number' }).notNull(),
    receivedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    relatedTenantId: uuid(),
    outcome: text().notNull(),
    payload: jsonb().$type<Record<string, unknown>>().notNull(),
  },
  (t) => [index('stripe_events_related_idx').on(t.relatedTenantId, t.receivedAt.desc())],
);

export type BillingAccount = typeof billingAccounts.$inferSelect;
