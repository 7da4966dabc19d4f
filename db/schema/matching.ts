import { foreignKey, index, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { categories } from './categories';
import { createdAt, tenantIdColumn, updatedAt } from './columns';
import { users } from './users';

/**
 * A helper's standing offer (R6): what they can help with, how far from home, and when.
 * One per person; its categories are in standing_offer_categories.
 */
export const standingOffers = pgTable(
  'standing_offers',
  {
    tenantId: tenantIdColumn(),
    userId: uuid().notNull(),
    radiusM: integer().notNull(),
    /** Days of the week they are usually free ('mon'…'sun'); empty means any day. */
    weekdays: text().array().notNull().default([]),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.userId] }),
    foreignKey({ columns: [t.tenantId, t.userId], foreignColumns: [users.tenantId, users.id] }).onDelete('cascade'),
  ],
);

export const standingOfferCategories = pgTable(
  'standing_offer_categories',
  {
    tenantId: tenantIdColumn(),
    userId: uuid().notNull(),
    categoryId: uuid().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.userId, t.categoryId] }),
    foreignKey({ columns: [t.tenantId, t.userId], foreignColumns: [standingOffers.tenantId, standingOffers.userId] }).onDelete('cascade'),
    foreignKey({ columns: [t.tenantId, t.categoryId], foreignColumns: [categories.tenantId, categories.id] }).onDelete('cascade'),
    index().on(t.tenantId, t.categoryId),
  ],
);
