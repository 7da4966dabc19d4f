import { boolean, foreignKey, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tenantIdColumn } from './columns';
import { tenants, tenantStatus } from './tenants';

/** A council's lifecycle history (O5): every status change, who made it and why. */
export const tenantStatusChanges = pgTable(
  'tenant_status_changes',
  {
    tenantId: tenantIdColumn(),
    id: uuid().notNull().defaultRandom(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    fromStatus: tenantStatus().notNull(),
    toStatus: tenantStatus().notNull(),
    /** Read-only mode switched on (true) or off (false) by this change; null when untouched. */
    readOnly: boolean(),
    /** An operator's email, "stripe", or "ligne de commande". */
    actor: text().notNull(),
    reason: text().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenants.id] }).onDelete('cascade'),
    index().on(t.tenantId, t.at.desc()),
  ],
);

export type TenantStatusChange = typeof tenantStatusChanges.$inferSelect;
