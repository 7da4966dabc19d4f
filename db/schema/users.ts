import { sql } from 'drizzle-orm';
import { foreignKey, index, pgEnum, pgTable, point, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { createdAt, tenantIdColumn, updatedAt } from './columns';
import { tenants } from './tenants';

export const userRole = pgEnum('user_role', ['resident', 'agent', 'moderator', 'admin']);
export const userStatus = pgEnum('user_status', ['active', 'suspended', 'deleted']);

/**
 * A person's account in one council. The same email in two councils is two unrelated rows.
 * Column names `name`, `email`, `emailVerified` and `image` are the ones Auth.js expects.
 */
export const users = pgTable(
  'users',
  {
    tenantId: tenantIdColumn(),
    id: uuid().notNull().defaultRandom(),
    email: text().notNull(),
    emailVerified: timestamp({ withTimezone: true }),
    /** Display name chosen at sign-up ("Monique D."); null until the welcome step is done. */
    name: text(),
    image: text(),
    role: userRole().notNull().default('resident'),
    status: userStatus().notNull().default('active'),
    charterAcceptedAt: timestamp({ withTimezone: true }),
    locale: text().notNull().default('fr'),
    /** Exact home position in Lambert-93 metres. Never leaves the server. */
    home: point({ mode: 'xy' }),
    /** The address typed or found for home, if any: shown only to the person, and in a conversation when they share it. */
    homeLabel: text(),
    homeQuartierId: uuid(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique().on(t.tenantId, t.email),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenants.id] }).onDelete('cascade'),
    // Matching (R6): helpers whose home is near a need.
    index('users_home_idx').using('gist', t.tenantId, t.home).where(sql`home is not null and status = 'active'`),
    // Counting a council's residents (or staff) and its latest sign-up without touching the
    // table: the operator's fleet view does it for every council (bench/fleet).
    index('users_tenant_role_created_idx').on(t.tenantId, t.role, t.createdAt),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    tenantId: tenantIdColumn(),
    sessionToken: text().notNull(),
    userId: uuid().notNull(),
    expires: timestamp({ withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.sessionToken] }),
    foreignKey({ columns: [t.tenantId, t.userId], foreignColumns: [users.tenantId, users.id] }).onDelete('cascade'),
    index().on(t.tenantId, t.userId),
  ],
);

export const verificationTokens = pgTable(
  'verification_tokens',
  {
    tenantId: tenantIdColumn(),
    identifier: text().notNull(),
    token: text().notNull(),
    expires: timestamp({ withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.identifier, t.token] }),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenants.id] }).onDelete('cascade'),
  ],
);

export type User = typeof users.$inferSelect;
