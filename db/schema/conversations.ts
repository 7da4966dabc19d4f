import { sql } from 'drizzle-orm';
import { foreignKey, index, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { createdAt, tenantIdColumn } from './columns';
import { posts } from './posts';
import { users } from './users';

/**
 * A private conversation about one post between its author and one person who answered it
 * ("Je peux aider" on a need, "Ça m'intéresse" on an offer) (R7).
 */
export const conversations = pgTable(
  'conversations',
  {
    tenantId: tenantIdColumn(),
    id: uuid().notNull().defaultRandom(),
    postId: uuid().notNull(),
    authorId: uuid().notNull(),
    responderId: uuid().notNull(),
    createdAt: createdAt(),
    lastMessageAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    authorReadAt: timestamp({ withTimezone: true }),
    responderReadAt: timestamp({ withTimezone: true }),
    /** When the author pressed "partager l'adresse": the exact place becomes visible to the responder. */
    addressSharedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique().on(t.tenantId, t.postId, t.responderId),
    foreignKey({ columns: [t.tenantId, t.postId], foreignColumns: [posts.tenantId, posts.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.tenantId, t.authorId], foreignColumns: [users.tenantId, users.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.tenantId, t.responderId], foreignColumns: [users.tenantId, users.id] }).onDelete('cascade'),
    index().on(t.tenantId, t.authorId, t.lastMessageAt.desc()),
    index().on(t.tenantId, t.responderId, t.lastMessageAt.desc()),
  ],
);

export const messages = pgTable(
  'messages',
  {
    tenantId: tenantIdColumn(),
    id: uuid().notNull().defaultRandom(),
    conversationId: uuid().notNull(),
    senderId: uuid().notNull(),
    body: text().notNull(),
    /** 'text' for what people write; 'event' for what the product records (address shared, helper chosen…). */
    kind: text().notNull().default('text'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.conversationId], foreignColumns: [conversations.tenantId, conversations.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.tenantId, t.senderId], foreignColumns: [users.tenantId, users.id] }).onDelete('cascade'),
    index().on(t.tenantId, t.conversationId, t.createdAt),
  ],
);

/** A helper chosen for a post, and the thanks left when it is done (shown on the helper's profile). */
export const helps = pgTable(
  'helps',
  {
    tenantId: tenantIdColumn(),
    postId: uuid().notNull(),
    conversationId: uuid().notNull(),
    helperId: uuid().notNull(),
    chosenAt: createdAt(),
    doneAt: timestamp({ withTimezone: true }),
    thanks: text(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.postId] }),
    foreignKey({ columns: [t.tenantId, t.postId], foreignColumns: [posts.tenantId, posts.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.tenantId, t.conversationId], foreignColumns: [conversations.tenantId, conversations.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.tenantId, t.helperId], foreignColumns: [users.tenantId, users.id] }).onDelete('cascade'),
    index().on(t.tenantId, t.helperId).where(sql`done_at is not null`),
  ],
);
