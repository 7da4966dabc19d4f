import { doublePrecision, foreignKey, integer, jsonb, pgTable, primaryKey, text, unique, uuid } from 'drizzle-orm/pg-core';
import { tenantIdColumn } from './columns';
import { tenants } from './tenants';

/** A neighbourhood the council defined; residents may choose one instead of an address. */
export const quartiers = pgTable(
  'quartiers',
  {
    tenantId: tenantIdColumn(),
    id: uuid().notNull().defaultRandom(),
    name: text().notNull(),
    centreLat: doublePrecision().notNull(),
    centreLng: doublePrecision().notNull(),
    polygon: jsonb().$type<GeoJSON.Polygon>().notNull(),
    position: integer().notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    unique().on(t.tenantId, t.name),
    foreignKey({ columns: [t.tenantId], foreignColumns: [tenants.id] }).onDelete('cascade'),
  ],
);

export type Quartier = typeof quartiers.$inferSelect;
