import { pgEnum, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './columns';

export const tenantStatus = pgEnum('tenant_status', ['trial', 'active', 'past_due', 'suspended', 'archived']);

/**
 * The global directory of councils: how a host finds its tenant. Everything a council edits
 * about itself lives in tenant-owned tables under row-level security (see councils.ts).
 */
export const tenants = pgTable('tenants', {
  id: uuid().primaryKey().defaultRandom(),
  slug: text().notNull().unique(),
  customDomain: text().unique(),
  status: tenantStatus().notNull().default('trial'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export type Tenant = typeof tenants.$inferSelect;
