import { foreignKey, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, tenantIdColumn } from './columns';
import { tenants } from './tenants';

export const emailStatus = pgEnum('email_status', ['queued', 'sent', 'captured', 'failed']);

/**
 * The outbox. A row is written in the same transaction as the action that sends the email,
 * so an email acknowledged to a user survives a crash; the job queue delivers it, with retries.
 */
export const emails = pgTable(
  'emails',
  {
    tenantId: tenantIdColumn(),
    id: uuid().notNull().defaultRandom(),
    kind: text().notNull(),
    toAddress: text().notNull(),
    fromName: text().notNull(),
    subject: text().notNull(),
    html: text().notNull(),
    text: text().notNull(),
    headers: jsonb().$type<Record<string, string>>().notNull().default({}),
    status: emailStatus().notNull().default('queued'),
    attempts: integer().notNull().default(0),
    lastError: text(),
    providerId: text(),
    createdAt: createdAt(),
    sentAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenants.id] }).onDelete('cascade'),
    index().on(t.tenantId, t.createdAt.desc()),
    index('emails_queued_idx').on(t.status, t.createdAt),
  ],
);

export type Email = typeof emails.$inferSelect;
