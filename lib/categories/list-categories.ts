import { and, eq } from 'drizzle-orm';
import { categories } from '@/db/schema/categories';
import { withTenant } from '@/db/with-tenant';

/** The council's enabled categories, in the order its staff chose. */
export async function listEnabledCategories(tenantId: string) {
  return withTenant(tenantId, (tx) =>
    tx
      .select({ id: categories.id, key: categories.key, label: categories.label, icon: categories.icon, description: categories.description })
      .from(categories)
      .where(and(eq(categories.tenantId, tenantId), eq(categories.status, 'enabled')))
      .orderBy(categories.position, categories.label),
  );
}
