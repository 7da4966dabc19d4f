import { pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { tenantIdColumn, updatedAt } from './columns';
import { tenants } from './tenants';

/**
 * The council's embeddable page (A11): the host names allowed to frame /integration, turned
 * into the Content-Security-Policy `frame-ancestors` of that route only.
 */
export const embedSettings = pgTable('embed_settings', {
  tenantId: tenantIdColumn()
    .primaryKey()
    .references(() => tenants.id, { onDelete: 'cascade' }),
  allowedHosts: text().array().notNull().default([]),
  updatedBy: uuid(),
  updatedAt: updatedAt(),
});
