import { sql } from 'drizzle-orm';
import { customType, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Every tenant-owned table starts with this column. Its default reads the tenant set by
 * `withTenant`, so rows inserted by libraries that do not know about tenants (the Auth.js
 * adapter) still land in the right council; without a tenant set, the cast fails and nothing
 * is written. Our own queries still name `tenant_id` explicitly.
 */
export const tenantIdColumn = () =>
  uuid()
    .notNull()
    .default(sql`(current_setting('app.tenant_id'))::uuid`);

export const createdAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();
export const updatedAt = () =>
  timestamp({ withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date());

export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});
