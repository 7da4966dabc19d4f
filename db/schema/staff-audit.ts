import { foreignKey, index, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, tenantIdColumn } from './columns';
import { users } from './users';

/**
 * Every council staff action (A9): who, what, when, on what. Written in the same transaction
 * as the action itself, so an action that happened is always in the log.
 */
export const staffAuditLog = pgTable(
  'staff_audit_log',
  {
    tenantId: tenantIdColumn(),
    id: uuid().notNull().defaultRandom(),
    actorId: uuid().notNull(),
    action: text().notNull(),
    targetType: text(),
    targetId: text(),
    /** What changed, for a human reading the log; never a resident's contact details. */
    details: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.actorId], foreignColumns: [users.tenantId, users.id] }),
    index().on(t.tenantId, t.createdAt.desc()),
    index().on(t.tenantId, t.action, t.createdAt.desc()),
  ],
);
