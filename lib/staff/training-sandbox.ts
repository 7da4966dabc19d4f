import { createHash, randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { users, verificationTokens } from '@/db/schema/users';
import { withTenant } from '@/db/with-tenant';
import type { UserRole } from '@/lib/actions/roles';
import { getAuthSecret } from '@/lib/auth/secret';
import { councilOrigin } from '@/lib/tenant/council-origin';
import { getTenantDirectory, invalidateTenantDirectory, type TenantEntry } from '@/lib/tenant/directory';
import { createSandboxFor } from '@/lib/tenant/sandbox';

/** The link that opens the sandbox is followed at once, by the browser that asked for it. */
export const SANDBOX_LINK_MAX_AGE_S = 10 * 60;

/** The council's training sandbox, if it has one (the directory knows every tenant). */
export async function findSandboxOf(councilId: string): Promise<TenantEntry | null> {
  for (const entry of (await getTenantDirectory()).byId.values()) if (entry.sandboxOf === councilId) return entry;
  return null;
}

/**
 * The sandbox's origin as seen from the council's own: the same scheme and port with the
 * first label swapped (herblay.localhost:3000 → herblay-formation.localhost:3000); from a
 * custom domain, the configured public origin of the sandbox's subdomain.
 */
export function sandboxOriginFrom(requestOrigin: string, councilSlug: string, sandboxSlug: string): string {
  const url = new URL(requestOrigin);
  if (url.hostname.startsWith(`${councilSlug}.`)) {
    url.hostname = `${sandboxSlug}${url.hostname.slice(councilSlug.length)}`;
    return url.origin;
  }
  return councilOrigin({ slug: sandboxSlug, customDomain: null });
}

/** The council's origin seen from its sandbox: the way back to the real console. */
export function councilOriginFromSandbox(requestOrigin: string, council: Pick<TenantEntry, 'slug' | 'customDomain'>, sandboxSlug: string): string {
  const url = new URL(requestOrigin);
  if (url.hostname.startsWith(`${sandboxSlug}.`)) {
    url.hostname = `${council.slug}${url.hostname.slice(sandboxSlug.length)}`;
    return url.origin;
  }
  return councilOrigin(council);
}

export type TrainingPerson = { email: string; name: string | null; role: UserRole };

/**
 * A8: a staff member of the council enters its sandbox. Accounts are per council, so the same
 * email gets an account there, with the same name and role (brought back in line each time);
 * instead of an email — the sandbox sends none — the browser is handed a one-time Auth.js
 * sign-in link for the sandbox's own host, valid ten minutes. The only writes are in the
 * sandbox's tenant (its own RLS), and the caller has already checked, on the council's host,
 * that this person is staff there.
 */
export async function enterSandbox(council: TenantEntry, person: TrainingPerson, requestOrigin: string): Promise<string> {
  let sandbox = await findSandboxOf(council.id);
  if (!sandbox) {
    await createSandboxFor(council.id);
    invalidateTenantDirectory();
    sandbox = await findSandboxOf(council.id);
    if (!sandbox) throw new Error(`enterSandbox: no sandbox for ${council.slug}`);
  }
  const sandboxId = sandbox.id;
  const email = person.email.trim().toLowerCase();
  const token = randomBytes(32).toString('hex');
  await withTenant(sandboxId, async (tx) => {
    const now = new Date();
    const [existing] = await tx.select({ id: users.id }).from(users).where(and(eq(users.tenantId, sandboxId), eq(users.email, email)));
    if (existing) {
      await tx
        .update(users)
        .set({ role: person.role, name: person.name, status: 'active' })
        .where(and(eq(users.tenantId, sandboxId), eq(users.id, existing.id)));
    } else {
      await tx.insert(users).values({ tenantId: sandboxId, email, name: person.name, role: person.role, emailVerified: now, charterAcceptedAt: now });
    }
    // Stored the way Auth.js stores its own (see lib/staff/invite-staff.ts), so the sandbox's
    // /api/auth/callback/email accepts it once, on the sandbox's host only.
    await tx.insert(verificationTokens).values({
      tenantId: sandboxId,
      identifier: email,
      token: createHash('sha256').update(`${token}${getAuthSecret()}`).digest('hex'),
      expires: new Date(now.getTime() + SANDBOX_LINK_MAX_AGE_S * 1000),
    });
  });
  const origin = sandboxOriginFrom(requestOrigin, council.slug, sandbox.slug);
  return `${origin}/api/auth/callback/email?${new URLSearchParams({ callbackUrl: `${origin}/admin/formation`, token, email })}`;
}
