import { boolean, foreignKey, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { announcementAudience } from './announcements';
import { tenantIdColumn, updatedAt } from './columns';
import { tenants } from './tenants';

/**
 * Crisis mode (A10), prepared in advance and switched on in one action. While `activeSince` is
 * set: the banner shows on every public page, the chosen categories come first, moderation
 * follows `preModeration`, and the prepared announcement is live (`announcementId`). Switching
 * off clears `activeSince` and ends that announcement; nothing else was changed, so nothing
 * else needs restoring.
 */
export const crisisPlans = pgTable(
  'crisis_plans',
  {
    tenantId: tenantIdColumn(),
    bannerText: text().notNull().default(''),
    /** Categories brought forward, in this order. Ids of this council's categories. */
    categoryIds: uuid().array().notNull().default([]),
    preModeration: boolean().notNull().default(false),
    announcementTitle: text().notNull().default(''),
    announcementBody: text().notNull().default(''),
    announcementAudience: announcementAudience().notNull().default('none'),
    activeSince: timestamp({ withTimezone: true }),
    activatedBy: uuid(),
    /** The announcement published when crisis mode was switched on. */
    announcementId: uuid(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.tenantId] }), foreignKey({ columns: [t.tenantId], foreignColumns: [tenants.id] }).onDelete('cascade')],
);

export type CrisisPlan = typeof crisisPlans.$inferSelect;
