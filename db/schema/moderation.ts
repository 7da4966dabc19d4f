import { foreignKey, index, integer, pgEnum, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, tenantIdColumn, updatedAt } from './columns';
import { tenants } from './tenants';
import { users } from './users';

export const moderationMode = pgEnum('moderation_mode', ['post', 'pre']);

/**
 * A council's moderation rules (A4), one row per council; no row means the defaults
 * (post-moderation, no banned words). The auto-hide threshold stays on `councils`, where the
 * report code already reads it.
 */
export const moderationSettings = pgTable(
  'moderation_settings',
  {
    tenantId: tenantIdColumn(),
    mode: moderationMode().notNull().default('post'),
    /** As the staff typed them; matching normalises accents and case (lib/moderation/banned-words.ts). */
    bannedWords: text().array().notNull().default([]),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.tenantId] }), foreignKey({ columns: [t.tenantId], foreignColumns: [tenants.id] }).onDelete('cascade')],
);

export const moderationAction = pgEnum('moderation_action', [
  'approve',
  'hide',
  'restore',
  'suspend',
  'reinstate',
  'dismiss',
  'resolve',
]);
export const moderationTarget = pgEnum('moderation_target', ['post', 'message', 'user']);

/**
 * What a moderator decided, and why (A4). The reason is what the person concerned is told: by
 * email, and on their own post's page. The audit log (A9) records the same decision for staff.
 */
export const moderationDecisions = pgTable(
  'moderation_decisions',
  {
    tenantId: tenantIdColumn(),
    id: uuid().notNull().defaultRandom(),
    moderatorId: uuid().notNull(),
    action: moderationAction().notNull(),
    targetType: moderationTarget().notNull(),
    targetId: uuid().notNull(),
    /** The person the decision is about (the post's author, the sender, the person suspended). */
    subjectId: uuid().notNull(),
    reason: text().notNull().default(''),
    /** The post's moderation or the person's status before the decision ('approved', 'pending', 'active'…). */
    previousState: text(),
    /** Reports closed by this decision. */
    reportsClosed: integer().notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.moderatorId], foreignColumns: [users.tenantId, users.id] }),
    foreignKey({ columns: [t.tenantId, t.subjectId], foreignColumns: [users.tenantId, users.id] }),
    index().on(t.tenantId, t.targetType, t.targetId, t.createdAt.desc()),
    index().on(t.tenantId, t.subjectId, t.createdAt.desc()),
  ],
);

export type ModerationDecision = typeof moderationDecisions.$inferSelect;
