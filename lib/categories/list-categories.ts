import { and, eq } from 'drizzle-orm';
import { categories } from '@/db/schema/categories';
import { crisisPlans } from '@/db/schema/crisis';
import { withTenant } from '@/db/with-tenant';

/**
 * The council's enabled categories, in the order its staff chose; while crisis mode is on
 * (A10), the categories it brings forward come first, in the plan's order, marked `crisis`.
 */
export async function listEnabledCategories(tenantId: string) {
  return withTenant(tenantId, async (tx) => {
    const rows = await tx
      .select({ id: categories.id, key: categories.key, label: categories.label, icon: categories.icon, description: categories.description })
      .from(categories)
      .where(and(eq(categories.tenantId, tenantId), eq(categories.status, 'enabled')))
      .orderBy(categories.position, categories.label);
    const [plan] = await tx
      .select({ activeSince: crisisPlans.activeSince, categoryIds: crisisPlans.categoryIds })
      .from(crisisPlans)
      .where(eq(crisisPlans.tenantId, tenantId));
    const forward = plan?.activeSince ? plan.categoryIds : [];
    const rank = (id: string) => {
      const i = forward.indexOf(id);
      return i === -1 ? forward.length : i;
    };
    // Array.prototype.sort is stable: the staff's order is kept within each group.
    return rows.map((r) => ({ ...r, crisis: forward.includes(r.id) })).sort((a, b) => rank(a.id) - rank(b.id));
  });
}
