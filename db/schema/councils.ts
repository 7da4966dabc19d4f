import { doublePrecision, integer, jsonb, pgEnum, pgTable, text } from 'drizzle-orm/pg-core';
import { bytea, tenantIdColumn, updatedAt } from './columns';
import { tenants } from './tenants';

export const councilKind = pgEnum('council_kind', ['commune', 'intercommunalite', 'departement']);

export type CouncilTheme = {
  primary: string;
  onPrimary: string;
  accent: string;
  onAccent: string;
  surface: string;
  text: string;
  font: 'sans' | 'serif' | 'rounded';
};

export type CouncilLegal = { publisher: string; address: string; privacyContact: string; hostedBy: string };
export type FooterLink = { label: string; url: string };

/** One row per tenant: the council's identity, branding and settings. */
export const councils = pgTable('councils', {
  tenantId: tenantIdColumn()
    .primaryKey()
    .references(() => tenants.id, { onDelete: 'cascade' }),
  name: text().notNull(),
  shortName: text().notNull(),
  kind: councilKind().notNull(),
  inseeCode: text().notNull(),
  population: integer().notNull(),
  residentsLabel: text().notNull(),
  centreLat: doublePrecision().notNull(),
  centreLng: doublePrecision().notNull(),
  defaultRadiusKm: doublePrecision().notNull(),
  postExpiryDays: integer().notNull().default(30),
  /** Closed posts and their conversations are purged after this many months (X5). */
  retentionMonths: integer().notNull().default(12),
  /** A post reported by this many different people is hidden until a moderator looks (A4). */
  autoHideThreshold: integer().notNull().default(3),
  theme: jsonb().$type<CouncilTheme>().notNull(),
  logoData: bytea(),
  logoMime: text(),
  welcomeTitle: text().notNull(),
  welcomeText: text().notNull(),
  charter: jsonb().$type<string[]>().notNull(),
  legal: jsonb().$type<CouncilLegal>().notNull(),
  footerLinks: jsonb().$type<FooterLink[]>().notNull().default([]),
  boundary: jsonb().$type<GeoJSON.Feature>(),
  updatedAt: updatedAt(),
});

export type Council = typeof councils.$inferSelect;
