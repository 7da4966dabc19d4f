import { foreignKey, integer, pgEnum, pgTable, primaryKey, text, unique, uuid } from 'drizzle-orm/pg-core';
import { createdAt, tenantIdColumn } from './columns';
import { tenants } from './tenants';

export const categoryStatus = pgEnum('category_status', ['enabled', 'disabled', 'archived']);

export const categories = pgTable(
  'categories',
  {
    tenantId: tenantIdColumn(),
    id: uuid().notNull().defaultRandom(),
    key: text().notNull(),
    /** The catalogue entry it came from; null for a council's own category. */
    catalogueKey: text(),
    label: text().notNull(),
    icon: text().notNull(),
    description: text().notNull().default(''),
    position: integer().notNull().default(0),
    status: categoryStatus().notNull().default('enabled'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique().on(t.tenantId, t.key),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenants.id] }).onDelete('cascade'),
  ],
);

export type Category = typeof categories.$inferSelect;
