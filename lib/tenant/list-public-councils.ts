import { getCouncil } from './council';
import { getTenantDirectory, isTenantClosed } from './directory';

/** Councils open to residents (not their training sandboxes), for the product page on the root host (a short list in a demo). */
export async function listOpenCouncils(limit = 24) {
  const directory = await getTenantDirectory();
  // Training sandboxes are for staff, not residents: never listed.
  const open = [...directory.bySlug.values()].filter((t) => !isTenantClosed(t) && !t.sandboxOf).slice(0, limit);
  const councils = await Promise.all(open.map(async (t) => ({ tenant: t, council: await getCouncil(t.id) })));
  return councils
    .filter((c): c is { tenant: typeof c.tenant; council: NonNullable<typeof c.council> } => c.council !== null)
    .sort((a, b) => a.council.name.localeCompare(b.council.name, 'fr'));
}
