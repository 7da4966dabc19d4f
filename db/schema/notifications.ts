import { foreignKey, index, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, tenantIdColumn } from './columns';
import { users } from './users';

export const notificationKind = pgEnum('notification_kind', ['response', 'message', 'match', 'expiry', 'announcement']);
export const notificationMode = pgEnum('notification_mode', ['instant', 'daily', 'off']);

/** Per person and kind: instant email, daily digest, or nothing (R8). Missing row = the default. */
export const notificationPreferences = pgTable(
  'notification_preferences',
  {
    tenantId: tenantIdColumn(),
    userId: uuid().notNull(),
    kind: notificationKind().notNull(),
    mode: notificationMode().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.userId, t.kind] }),
    foreignKey({ columns: [t.tenantId, t.userId], foreignColumns: [users.tenantId, users.id] }).onDelete('cascade'),
  ],
);

/** Notifications waiting for a person's daily digest. */
export const pendingNotifications = pgTable(
  'pending_notifications',
  {
    tenantId: tenantIdColumn(),
    id: uuid().notNull().defaultRandom(),
    userId: uuid().notNull(),
    kind: notificationKind().notNull(),
    /** What the digest line says and links to; never a message body or an address. */
    payload: jsonb().$type<{ title: string; path: string }>().notNull(),
    dedupeKey: text(),
    createdAt: createdAt(),
    digestedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.userId], foreignColumns: [users.tenantId, users.id] }).onDelete('cascade'),
    index().on(t.digestedAt, t.createdAt),
  ],
);
