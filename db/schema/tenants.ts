import { foreignKey, index, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './columns';

export const tenantStatus = pgEnum('tenant_status', ['trial', 'active', 'past_due', 'suspended', 'archived']);

/**
 * The global directory of councils: how a host finds its tenant. Everything a council edits
 * about itself lives in tenant-owned tables under row-level security (see councils.ts).
 */
export const tenants = pgTable(
  'tenants',
  {
    id: uuid().primaryKey().defaultRandom(),
    slug: text().notNull().unique(),
    customDomain: text().unique(),
    status: tenantStatus().notNull().default('trial'),
    /**
     * Set while the council's subscription is unpaid after Stripe's grace period: the site stays
     * readable (and people can still talk about existing posts) but nobody can publish (O4).
     */
    readOnlySince: timestamp({ withTimezone: true }),
    /** A training sandbox points to its council; it is never billed nor counted in the fleet. */
    sandboxOf: uuid(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    foreignKey({ columns: [t.sandboxOf], foreignColumns: [t.id] }).onDelete('cascade'),
    index('tenants_sandbox_of_idx').on(t.sandboxOf),
  ],
);

export type Tenant = typeof tenants.$inferSelect;
