import { and, eq } from 'drizzle-orm';
import { users } from '@/db/schema/users';
import { tenants } from '@/db/schema/tenants';
import { withAdmin, withTenant } from '@/db/with-tenant';
import { ensureStripeCustomer } from '@/lib/billing/subscriptions';
import { asBillingError, isBillingConfigured } from '@/lib/billing/stripe-client';
import type { Locale } from '@/lib/i18n/messages';
import { log } from '@/lib/log/logger';
import { inviteStaff } from '@/lib/staff/invite-staff';
import { councilOriginFromConsole } from '@/lib/tenant/council-origin';
import { loadCatalogue, type TenantFolder } from '@/lib/tenant/definition';
import { importTenant } from '@/lib/tenant/import-tenant';
import { createSandboxFor } from '@/lib/tenant/sandbox';
import { subdomainProblem } from '@/lib/tenant/subdomain';
import { recordAudit, type AuditActor } from './audit';

export type OnboardOptions = {
  /** 'new': the subdomain must be free (the wizard). 'upsert': create or bring up to date (the command line). */
  mode: 'new' | 'upsert';
  adminEmail?: string;
  actor: AuditActor;
  /** The console's origin when onboarding from it: the invitation link then uses the same scheme and port. */
  operatorOrigin?: string;
  locale: Locale;
};

export type OnboardResult = {
  tenantId: string;
  slug: string;
  created: boolean;
  sandboxSlug: string;
  invited: 'sent' | 'already_admin' | 'none';
  billing: 'customer' | 'not_configured' | 'unreachable';
};

export class SubdomainTakenError extends Error {
  constructor(readonly slug: string) {
    super(`subdomain ${slug} is taken`);
    this.name = 'SubdomainTakenError';
  }
}

/**
 * The one code path that brings a council to life (O2), behind the wizard, `npm run tenant --
 * create` and `npm run tenant -- import tenants/<slug>`: the council from its definition
 * (importTenant, in trial when new), its training sandbox, its Stripe customer when billing is
 * configured, and its first admin invited by email. Idempotent: running it again updates the
 * council and re-sends nothing that was already done.
 */
export async function onboardCouncil(folder: TenantFolder, options: OnboardOptions): Promise<OnboardResult> {
  const slug = folder.definition.slug;
  const problem = subdomainProblem(slug);
  if (problem) throw new Error(`onboardCouncil: subdomain ${slug} refused (${problem})`);
  if (options.mode === 'new') {
    // Claim the subdomain atomically: two operators racing for the same name cannot both win.
    const [claimed] = await withAdmin((tx) =>
      tx.insert(tenants).values({ slug, status: 'trial' }).onConflictDoNothing().returning({ id: tenants.id }),
    );
    if (!claimed) throw new SubdomainTakenError(slug);
  }
  const catalogue = await loadCatalogue();
  const imported = await importTenant(folder, catalogue, { status: 'trial' });
  const created = options.mode === 'new' || imported.created;
  const sandbox = await createSandboxFor(imported.tenantId);

  let billing: OnboardResult['billing'] = 'not_configured';
  if (isBillingConfigured()) {
    try {
      await ensureStripeCustomer(imported.tenantId);
      billing = 'customer';
    } catch (error) {
      // The council works without it; the console offers to create the customer again.
      log('warn', 'stripe customer not created at onboarding', { tenantId: imported.tenantId, error: asBillingError(error) });
      billing = 'unreachable';
    }
  }

  let invited: OnboardResult['invited'] = 'none';
  if (options.adminEmail) {
    const email = options.adminEmail.trim().toLowerCase();
    invited = await withTenant(imported.tenantId, async (tx) => {
      const [existing] = await tx
        .select({ role: users.role })
        .from(users)
        .where(and(eq(users.tenantId, imported.tenantId), eq(users.email, email)));
      if (existing?.role === 'admin') return 'already_admin' as const;
      await inviteStaff(tx, imported.tenantId, {
        email,
        role: 'admin',
        origin: councilOriginFromConsole(slug, options.operatorOrigin),
        locale: options.locale,
        invitedBy: undefined,
      });
      return 'sent' as const;
    });
  }

  await withAdmin((tx) =>
    recordAudit(tx, {
      actor: options.actor,
      action: options.mode === 'new' ? 'tenant.create' : 'tenant.import',
      tenant: { id: imported.tenantId, slug },
      details: { name: folder.definition.name, created, sandbox: sandbox.slug, invited: invited === 'sent' ? options.adminEmail : null, billing },
    }),
  );
  return { tenantId: imported.tenantId, slug, created, sandboxSlug: sandbox.slug, invited, billing };
}
