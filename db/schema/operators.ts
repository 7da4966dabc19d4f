import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from './columns';
import { emailStatus } from './emails';

/**
 * Global tables of the hosting operator. They have no tenant_id on purpose: operators are not
 * council accounts. The application role has no grant on them; only the admin connection
 * (lib/operator) reads and writes them. Column names are the ones Auth.js expects.
 */
export const operators = pgTable('operators', {
  id: uuid().primaryKey().defaultRandom(),
  email: text().notNull().unique(),
  emailVerified: timestamp({ withTimezone: true, mode: 'date' }),
  name: text(),
  image: text(),
  /** A disabled operator can no longer sign in; existing sessions stop working at once. */
  disabledAt: timestamp({ withTimezone: true }),
  createdAt: createdAt(),
});

export const operatorSessions = pgTable(
  'operator_sessions',
  {
    sessionToken: text().primaryKey(),
    // Auth.js's adapter reads this column as `userId`.
    userId: uuid('operator_id')
      .notNull()
      .references(() => operators.id, { onDelete: 'cascade' }),
    expires: timestamp({ withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index().on(t.userId)],
);

export const operatorVerificationTokens = pgTable(
  'operator_verification_tokens',
  {
    identifier: text().notNull(),
    token: text().notNull(),
    expires: timestamp({ withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

/**
 * The operator's own outbox (sign-in links to operators). Same life as a council's `emails`
 * row — written in the transaction that sends it, delivered by a job with retries — but
 * global, so no council can ever read it.
 */
export const operatorEmails = pgTable(
  'operator_emails',
  {
    id: uuid().primaryKey().defaultRandom(),
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
  (t) => [index('operator_emails_queued_idx').on(t.status, t.createdAt)],
);

export type Operator = typeof operators.$inferSelect;
export type OperatorEmail = typeof operatorEmails.$inferSelect;
