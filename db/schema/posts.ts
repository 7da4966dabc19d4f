import { sql } from 'drizzle-orm';
import { date, foreignKey, index, pgEnum, pgTable, point, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { categories } from './categories';
import { createdAt, tenantIdColumn, updatedAt } from './columns';
import { users } from './users';

export const postKind = pgEnum('post_kind', ['need', 'offer']);
export const postStatus = pgEnum('post_status', ['open', 'in_progress', 'resolved', 'expired']);
export const postModeration = pgEnum('post_moderation', ['approved', 'pending', 'hidden']);
export const postUrgency = pgEnum('post_urgency', ['normal', 'urgent']);
export const postWhen = pgEnum('post_when', ['flexible', 'date', 'weekly']);
export const postPlace = pgEnum('post_place', ['home', 'address', 'quartier']);

export const posts = pgTable(
  'posts',
  {
    tenantId: tenantIdColumn(),
    id: uuid().notNull().defaultRandom(),
    authorId: uuid().notNull(),
    kind: postKind().notNull(),
    categoryId: uuid().notNull(),
    title: text().notNull(),
    description: text().notNull(),
    urgency: postUrgency().notNull().default('normal'),
    whenKind: postWhen().notNull().default('flexible'),
    whenDate: date({ mode: 'string' }),
    whenWeekdays: text().array(),
    placeKind: postPlace().notNull().default('home'),
    /** The address typed for "another address"; private to the author (and shared on request). */
    placeLabel: text(),
    quartierId: uuid(),
    /** Exact position in Lambert-93 metres. Only a distance band and a grid cell ever leave the server. */
    location: point({ mode: 'xy' }).notNull(),
    /** Lower-cased, accent-free title and description, for French-aware text search. */
    searchText: text().notNull().default(''),
    status: postStatus().notNull().default('open'),
    moderation: postModeration().notNull().default('approved'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    /**
     * The expiry date the reminder email was sent for. Renewing moves expiresAt, so the next
     * reminder goes out for the new date; the job compares both, which makes it idempotent.
     */
    reminderSentFor: timestamp({ withTimezone: true }),
    resolvedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.authorId], foreignColumns: [users.tenantId, users.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.tenantId, t.categoryId], foreignColumns: [categories.tenantId, categories.id] }),
    index('posts_open_location_idx')
      .using('gist', t.tenantId, t.location)
      .where(sql`status = 'open' and moderation = 'approved'`),
    // The same, per category: the home page's "nearest in this category" reads only matches.
    index('posts_open_category_location_idx')
      .using('gist', t.tenantId, t.categoryId, t.location)
      .where(sql`status = 'open' and moderation = 'approved'`),
    index('posts_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
    index('posts_tenant_created_idx').on(t.tenantId, t.createdAt.desc()),
    index('posts_tenant_author_idx').on(t.tenantId, t.authorId),
    // The expiry job's scan across councils: only open posts, by date.
    index('posts_open_expires_idx').on(t.expiresAt).where(sql`status = 'open'`),
  ],
);

export type Post = typeof posts.$inferSelect;
