import { sql } from 'drizzle-orm';
import { categories } from '@/db/schema/categories';
import { councils } from '@/db/schema/councils';
import { quartiers } from '@/db/schema/quartiers';
import { tenants, type Tenant } from '@/db/schema/tenants';
import { withAdmin, withTenant } from '@/db/with-tenant';
import type { CatalogueEntry, TenantFolder } from './definition';
import { invalidateCouncil } from './council';
import { invalidateTenantDirectory } from './directory';

export type ImportResult = { tenantId: string; slug: string; created: boolean };

/**
 * Creates or updates a council from its declarative definition. Idempotent: running it twice
 * gives the same council. Categories and quartiers it lists are upserted by key and name;
 * ones it does not list are left as the council's staff set them.
 */
export async function importTenant(
  folder: TenantFolder,
  catalogue: CatalogueEntry[],
  options: { status?: Tenant['status'] } = {},
): Promise<ImportResult> {
  const d = folder.definition;
  const { id: tenantId, created } = await withAdmin(async (tx) => {
    const [row] = await tx
      .insert(tenants)
      .values({ slug: d.slug, status: options.status ?? 'active' })
      .onConflictDoUpdate({ target: tenants.slug, set: { updatedAt: new Date() } })
      .returning({ id: tenants.id, created: sql<boolean>`(xmax = 0)` });
    return row!;
  });

  await withTenant(tenantId, async (tx) => {
    const profile = {
      name: d.name,
      shortName: d.shortName,
      kind: d.kind,
      inseeCode: d.inseeCode,
      population: d.population,
      residentsLabel: d.residentsLabel,
      centreLat: d.centre.lat,
      centreLng: d.centre.lng,
      defaultRadiusKm: d.defaultRadiusKm,
      postExpiryDays: d.postExpiryDays,
      theme: d.theme,
      logoData: folder.logo?.data ?? null,
      logoMime: folder.logo?.mime ?? null,
      welcomeTitle: d.welcomeTitle,
      welcomeText: d.welcomeText,
      charter: d.charter,
      legal: d.legal,
      footerLinks: d.footerLinks,
      boundary: (folder.boundary as GeoJSON.Feature | null) ?? null,
    };
    await tx
      .insert(councils)
      .values({ tenantId, ...profile })
      .onConflictDoUpdate({ target: councils.tenantId, set: profile });

    const wanted = [
      ...d.categories.map((key) => ({ ...catalogue.find((c) => c.key === key)!, catalogueKey: key as string | null })),
      ...d.ownCategories.map((c) => ({ ...c, catalogueKey: null })),
    ];
    for (const [position, c] of wanted.entries()) {
      const values = { label: c.label, icon: c.icon, description: c.description, position, catalogueKey: c.catalogueKey };
      await tx
        .insert(categories)
        .values({ tenantId, key: c.key, ...values, status: 'enabled' })
        .onConflictDoUpdate({ target: [categories.tenantId, categories.key], set: values });
    }

    for (const [position, q] of folder.quartiers.entries()) {
      const values = {
        centreLng: q.properties.centre[0],
        centreLat: q.properties.centre[1],
        polygon: q.geometry as GeoJSON.Polygon,
        position,
      };
      await tx
        .insert(quartiers)
        .values({ tenantId, name: q.properties.name, ...values })
        .onConflictDoUpdate({ target: [quartiers.tenantId, quartiers.name], set: values });
    }
  });

  invalidateTenantDirectory();
  invalidateCouncil(tenantId);
  return { tenantId, slug: d.slug, created };
}

