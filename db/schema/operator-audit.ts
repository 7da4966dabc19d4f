import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Every operator action (O7). Global and append-only: it outlives the councils it mentions
 * (a deleted council's entries keep its slug), so it has no foreign key to tenants and no
 * tenant_id column — the council is named in `target_tenant_id` / `target_slug`.
 */
export const operatorAuditLog = pgTable(
  'operator_audit_log',
  {
    id: uuid().primaryKey().defaultRandom(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Null when the system acted (a Stripe webhook, the command line). */
    operatorId: uuid(),
    actor: text().notNull(),
    action: text().notNull(),
    targetTenantId: uuid(),
    targetSlug: text(),
    details: jsonb().$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [
    index('operator_audit_at_idx').on(t.at.desc()),
    index('operator_audit_target_idx').on(t.targetTenantId, t.at.desc()),
    index('operator_audit_action_idx').on(t.action, t.at.desc()),
  ],
);

export type OperatorAuditEntry = typeof operatorAuditLog.$inferSelect;
