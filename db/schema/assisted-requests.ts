import { sql } from 'drizzle-orm';
import { foreignKey, index, pgEnum, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { createdAt, tenantIdColumn } from './columns';
import { posts } from './posts';
import { tenants } from './tenants';
import { users } from './users';

/**
 * The council's own account (A5): the author of every need recorded at the guichet, shown as
 * "via la mairie". One per council; nobody can sign in with it (lib/auth/auth-config.ts), and
 * what it would be notified of goes to the staff following the request instead.
 */
export const councilAccounts = pgTable(
  'council_accounts',
  {
    tenantId: tenantIdColumn(),
    userId: uuid().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId] }),
    unique().on(t.tenantId, t.userId),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenants.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.tenantId, t.userId], foreignColumns: [users.tenantId, users.id] }).onDelete('cascade'),
  ],
);

export const consentMethod = pgEnum('consent_method', ['phone', 'in_person', 'other']);
export const assistedPlaceSource = pgEnum('assisted_place_source', ['address', 'quartier']);

/**
 * A need recorded by council staff for a resident who phoned or came in (A5). The person's
 * name, phone and address live here only: a staff-only table, read by the guichet's pages
 * (agents and admins) and never by a resident-facing query. The public post is authored by
 * the council's account at a fuzzed position. Deleted with its post (retention, X5).
 */
export const assistedRequests = pgTable(
  'assisted_requests',
  {
    tenantId: tenantIdColumn(),
    id: uuid().notNull().defaultRandom(),
    postId: uuid().notNull(),
    requesterName: text().notNull(),
    requesterPhone: text().notNull(),
    requesterAddress: text().notNull(),
    /** Where the public position came from: the geocoded address (snapped) or a quartier's centre. */
    placeSource: assistedPlaceSource().notNull(),
    consentMethod: consentMethod().notNull(),
    consentNote: text(),
    consentRecordedBy: uuid().notNull(),
    consentRecordedAt: timestamp({ withTimezone: true }).notNull(),
    recordedBy: uuid().notNull(),
    /** Private to staff: what the agent wants colleagues to know (best time to call…). */
    staffNote: text(),
    createdAt: createdAt(),
    closedAt: timestamp({ withTimezone: true }),
    closedBy: uuid(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique().on(t.tenantId, t.postId),
    foreignKey({ columns: [t.tenantId, t.postId], foreignColumns: [posts.tenantId, posts.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.tenantId, t.consentRecordedBy], foreignColumns: [users.tenantId, users.id] }),
    foreignKey({ columns: [t.tenantId, t.recordedBy], foreignColumns: [users.tenantId, users.id] }),
    foreignKey({ columns: [t.tenantId, t.closedBy], foreignColumns: [users.tenantId, users.id] }),
    index('assisted_requests_open_idx').on(t.tenantId, t.createdAt.desc()).where(sql`closed_at is null`),
  ],
);

export type AssistedRequest = typeof assistedRequests.$inferSelect;
