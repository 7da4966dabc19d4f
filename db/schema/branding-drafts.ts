import { boolean, foreignKey, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { bytea, tenantIdColumn, updatedAt } from './columns';
import type { CouncilLegal, CouncilTheme, FooterLink } from './councils';
import { tenants } from './tenants';
import { users } from './users';

export type BrandingValues = {
  name: string;
  shortName: string;
  welcomeTitle: string;
  welcomeText: string;
  theme: CouncilTheme;
  legal: CouncilLegal;
  footerLinks: FooterLink[];
};

/**
 * The branding an admin is preparing (A2): previewed at /admin/apparence/apercu, copied onto
 * `councils` when published. One per council; the public site never reads it.
 */
export const brandingDrafts = pgTable(
  'branding_drafts',
  {
    tenantId: tenantIdColumn(),
    values: jsonb().$type<BrandingValues>().notNull(),
    /** A new logo, already checked (PNG, JPEG or WebP by its bytes, at most 1 MB). */
    logoData: bytea(),
    logoMime: text(),
    /** Publish without a logo. */
    removeLogo: boolean().notNull().default(false),
    updatedBy: uuid().notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId] }),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenants.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.tenantId, t.updatedBy], foreignColumns: [users.tenantId, users.id] }),
  ],
);

export type BrandingDraft = typeof brandingDrafts.$inferSelect;
