import { foreignKey, index, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, tenantIdColumn } from './columns';
import { users } from './users';

export const reportTarget = pgEnum('report_target', ['post', 'message', 'user']);
export const reportStatus = pgEnum('report_status', ['open', 'resolved', 'dismissed']);

/** A report of a post, a message or a person (R9), handled by moderators (A4). */
export const reports = pgTable(
  'reports',
  {
    tenantId: tenantIdColumn(),
    id: uuid().notNull().defaultRandom(),
    reporterId: uuid().notNull(),
    targetType: reportTarget().notNull(),
    targetId: uuid().notNull(),
    reason: text().notNull(),
    status: reportStatus().notNull().default('open'),
    createdAt: createdAt(),
    resolvedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.reporterId], foreignColumns: [users.tenantId, users.id] }).onDelete('cascade'),
    index().on(t.tenantId, t.targetType, t.targetId),
    index().on(t.tenantId, t.status, t.createdAt),
  ],
);

/** A person who blocked another: neither sees the other's posts nor can write to the other. */
export const blocks = pgTable(
  'blocks',
  {
    tenantId: tenantIdColumn(),
    blockerId: uuid().notNull(),
    blockedId: uuid().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.blockerId, t.blockedId] }),
    foreignKey({ columns: [t.tenantId, t.blockerId], foreignColumns: [users.tenantId, users.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.tenantId, t.blockedId], foreignColumns: [users.tenantId, users.id] }).onDelete('cascade'),
    index().on(t.tenantId, t.blockedId),
  ],
);
