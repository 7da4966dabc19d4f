import { eq } from 'drizzle-orm';
import { categories } from './schema/categories';
import { councils } from './schema/councils';
import { posts } from './schema/posts';
import { tenants } from './schema/tenants';
import { users } from './schema/users';
import { withAdmin, withTenant } from './with-tenant';
import { toMetric } from '@/lib/geo/lambert93';
import { invalidateTenantDirectory } from '@/lib/tenant/directory';

/** A minimal council with two categories, created the way the product creates councils. */
export async function createTestTenant(slug: string, centre = { lat: 48.9896, lng: 2.1661 }) {
  const [tenant] = await withAdmin((tx) => tx.insert(tenants).values({ slug, status: 'active' }).returning());
  const tenantId = tenant!.id;
  await withTenant(tenantId, async (tx) => {
    await tx.insert(councils).values({
      tenantId,
      name: `Commune ${slug}`,
      shortName: slug,
      kind: 'commune',
      inseeCode: '95306',
      population: 1000,
      residentsLabel: 'habitants',
      centreLat: centre.lat,
      centreLng: centre.lng,
      defaultRadiusKm: 3,
      theme: { primary: '#0F4C81', onPrimary: '#FFFFFF', accent: '#0B6E6D', onAccent: '#FFFFFF', surface: '#FFFFFF', text: '#111111', font: 'sans' },
      welcomeTitle: `Bienvenue à ${slug}`,
      welcomeText: 'Entraide entre voisins.',
      charter: ['Soyez bienveillants.'],
      legal: { publisher: 'Mairie', address: '1 place de la Mairie', privacyContact: 'dpo@example.org', hostedBy: 'Hébergeur' },
    });
    await tx.insert(categories).values([
      { tenantId, key: 'courses', label: 'Courses', icon: 'basket', position: 0 },
      { tenantId, key: 'jardinage', label: 'Jardinage', icon: 'sprout', position: 1 },
    ]);
  });
  invalidateTenantDirectory();
  return { tenantId, slug, centre };
}

export async function createTestUser(tenantId: string, email: string, values: Partial<typeof users.$inferInsert> = {}) {
  const [user] = await withTenant(tenantId, (tx) =>
    tx
      .insert(users)
      .values({ tenantId, email, name: email.split('@')[0]!, charterAcceptedAt: new Date(), emailVerified: new Date(), ...values })
      .returning(),
  );
  return user!;
}

export async function createTestPost(
  tenantId: string,
  authorId: string,
  values: Partial<typeof posts.$inferInsert> & { at?: { lat: number; lng: number } } = {},
) {
  const { at, ...rest } = values;
  return withTenant(tenantId, async (tx) => {
    const [category] = await tx.select().from(categories).where(eq(categories.tenantId, tenantId)).limit(1);
    const [post] = await tx
      .insert(posts)
      .values({
        tenantId,
        authorId,
        kind: 'need',
        categoryId: category!.id,
        title: 'Besoin de courses',
        description: 'Quelques courses au marché.',
        location: toMetric(at ?? { lat: 48.9896, lng: 2.1661 }),
        expiresAt: new Date(Date.now() + 30 * 86_400_000),
        ...rest,
      })
      .returning();
    return post!;
  });
}

/** The outbox of one council, newest first (what the development mailbox shows). */
export async function listTestEmails(tenantId: string) {
  const { emails } = await import('./schema/emails');
  const { desc } = await import('drizzle-orm');
  return withTenant(tenantId, (tx) => tx.select().from(emails).where(eq(emails.tenantId, tenantId)).orderBy(desc(emails.createdAt)));
}

/** A signed-in browser for `userId`: a session row whose token the test sends as the cookie. */
export async function createTestSession(tenantId: string, userId: string) {
  const { randomBytes } = await import('node:crypto');
  const { sessions } = await import('./schema/users');
  const token = randomBytes(24).toString('hex');
  await withTenant(tenantId, (tx) => tx.insert(sessions).values({ tenantId, sessionToken: token, userId, expires: new Date(Date.now() + 86_400_000) }));
  return token;
}

/** A square quartier of `halfSideDeg` around its centre. */
export async function createTestQuartier(tenantId: string, name: string, centre: { lat: number; lng: number }, halfSideDeg = 0.005) {
  const { quartiers } = await import('./schema/quartiers');
  const { lat, lng } = centre;
  const d = halfSideDeg;
  const [row] = await withTenant(tenantId, (tx) =>
    tx
      .insert(quartiers)
      .values({
        tenantId,
        name,
        centreLat: lat,
        centreLng: lng,
        polygon: { type: 'Polygon', coordinates: [[[lng - d, lat - d], [lng + d, lat - d], [lng + d, lat + d], [lng - d, lat + d], [lng - d, lat - d]]] },
      })
      .returning(),
  );
  return row!;
}

/** A council's billing account, as the operator console would have set it up. */
export async function createTestBillingAccount(
  tenantId: string,
  values: Partial<Omit<typeof import('./schema/billing').billingAccounts.$inferInsert, 'tenantId'>> = {},
) {
  const { billingAccounts } = await import('./schema/billing');
  const [row] = await withAdmin((tx) =>
    tx
      .insert(billingAccounts)
      .values({ tenantId, ...values })
      .onConflictDoUpdate({ target: billingAccounts.tenantId, set: values })
      .returning(),
  );
  return row!;
}

/** An operator account (what `npm run operator -- create` makes). */
export async function createTestOperator(email: string) {
  const { operators } = await import('./schema/operators');
  const [row] = await withAdmin((tx) => tx.insert(operators).values({ email }).onConflictDoNothing().returning());
  return row ?? (await withAdmin((tx) => tx.select().from(operators).where(eq(operators.email, email))))[0]!;
}
