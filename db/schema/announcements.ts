import { foreignKey, index, integer, pgEnum, pgTable, point, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, tenantIdColumn } from './columns';
import { users } from './users';

export const announcementAudience = pgEnum('announcement_audience', ['none', 'all', 'radius']);
export const announcementSource = pgEnum('announcement_source', ['staff', 'crisis']);
export const announcementEmailState = pgEnum('announcement_email_state', ['none', 'sending', 'done']);

/**
 * Council news and alerts (A6): a banner on the council's pages between `startsAt` and
 * `endsAt` (none: until withdrawn), optionally emailed to every resident or to those living
 * within `radiusM` of `centre`.
 */
export const announcements = pgTable(
  'announcements',
  {
    tenantId: tenantIdColumn(),
    id: uuid().notNull().defaultRandom(),
    title: text().notNull(),
    body: text().notNull(),
    startsAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    endsAt: timestamp({ withTimezone: true }),
    source: announcementSource().notNull().default('staff'),
    createdBy: uuid().notNull(),
    audience: announcementAudience().notNull().default('none'),
    /** Lambert-93 metres, like users.home; only for audience 'radius'. */
    centre: point({ mode: 'xy' }),
    radiusM: integer(),
    emailState: announcementEmailState().notNull().default('none'),
    /**
     * The last recipient (by id) whose email is in the outbox. Each batch moves it in the same
     * transaction as its emails, so a retried batch never emails anyone twice.
     */
    emailCursor: uuid(),
    emailedCount: integer().notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.createdBy], foreignColumns: [users.tenantId, users.id] }),
    index().on(t.tenantId, t.startsAt.desc()),
  ],
);

export type Announcement = typeof announcements.$inferSelect;
