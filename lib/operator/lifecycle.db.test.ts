import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { tenantStatusChanges } from '@/db/schema/tenant-status-changes';
import { createTestTenant, createTestUser } from '@/db/test-fixtures';
import { setupTestDatabase } from '@/db/test-database';
import { withTenant } from '@/db/with-tenant';
import { canPublish, findTenantById, getTenantDirectory, isTenantClosed } from '@/lib/tenant/directory';
import { resolveHost } from '@/lib/tenant/resolve-host';
import { createSandboxFor } from '@/lib/tenant/sandbox';
import { auditCsv, listAudit } from './audit';
import { changeStatusByOperator, StatusChangeRefusedError } from './change-status';
import { setCustomDomain } from './custom-domain';

setupTestDatabase();

const alice = { id: null, label: 'alice@operateur.example' };
const bob = { id: null, label: 'bob@operateur.example' };
let council: { tenantId: string };
let other: { tenantId: string };

beforeAll(async () => {
  council = await createTestTenant('cycle');
  other = await createTestTenant('voisine');
  await createTestUser(council.tenantId, 'habitant@cycle.example');
});

describe('lifecycle decided by an operator (O5)', () => {
  it('suspends with a reason: the site is closed, and who and why are kept', async () => {
    await changeStatusByOperator(council.tenantId, 'suspended', 'Convention non renouvelée', alice);
    const tenant = (await findTenantById(council.tenantId))!;
    expect(tenant.status).toBe('suspended');
    expect(isTenantClosed(tenant)).toBe(true);
    expect(canPublish(tenant)).toBe(false);
    const [change] = await withTenant(council.tenantId, (tx) => tx.select().from(tenantStatusChanges).where(eq(tenantStatusChanges.tenantId, council.tenantId)));
    expect(change).toMatchObject({ fromStatus: 'active', toStatus: 'suspended', actor: 'alice@operateur.example', reason: 'Convention non renouvelée' });
  });

  it('refuses a move the lifecycle does not allow, and changes nothing', async () => {
    await expect(changeStatusByOperator(council.tenantId, 'suspended', 'Encore', alice)).rejects.toBeInstanceOf(StatusChangeRefusedError);
    await expect(changeStatusByOperator(council.tenantId, 'past_due' as never, 'Non', alice)).rejects.toBeInstanceOf(StatusChangeRefusedError);
    expect((await findTenantById(council.tenantId))!.status).toBe('suspended');
  });

  it('reinstates, then archives', async () => {
    await changeStatusByOperator(council.tenantId, 'active', 'Convention signée', bob);
    expect(canPublish((await findTenantById(council.tenantId))!)).toBe(true);
    await changeStatusByOperator(council.tenantId, 'archived', 'Fin du service', bob);
    expect((await findTenantById(council.tenantId))!.status).toBe('archived');
  });

  it('never acts on a sandbox directly', async () => {
    const sandbox = await createSandboxFor(other.tenantId);
    await expect(changeStatusByOperator(sandbox.sandboxId, 'suspended', 'Non', alice)).rejects.toThrow();
  });
});

describe('custom domains (O3)', () => {
  it('stores a council’s domain, which the host resolution then knows', async () => {
    expect(await setCustomDomain(other.tenantId, 'Entraide.Voisine.fr', alice)).toEqual({ ok: true, domain: 'entraide.voisine.fr' });
    const directory = await getTenantDirectory();
    expect(resolveHost('entraide.voisine.fr', 'coupdemain.fr', directory.customDomains)).toEqual({ kind: 'tenant', slug: 'voisine', via: 'custom-domain' });
  });

  it('refuses another council’s domain, and the platform’s own names', async () => {
    expect(await setCustomDomain(council.tenantId, 'entraide.voisine.fr', alice)).toEqual({ ok: false, problem: 'taken' });
    expect(await setCustomDomain(council.tenantId, 'cycle.localhost', alice)).toEqual({ ok: false, problem: 'platform' });
    expect((await findTenantById(council.tenantId))!.customDomain).toBeNull();
  });

  it('removes it', async () => {
    expect(await setCustomDomain(other.tenantId, '', alice)).toEqual({ ok: true, domain: null });
    const directory = await getTenantDirectory();
    expect(directory.customDomains.has('entraide.voisine.fr')).toBe(false);
  });
});

describe('operator audit log (O7)', () => {
  it('records every action with who, what and which council; filters and exports it', async () => {
    const all = await listAudit({});
    expect(all.filter((e) => e.action === 'tenant.status')).toHaveLength(3);
    expect(all.filter((e) => e.action === 'tenant.domain')).toHaveLength(2);
    expect((await listAudit({ actor: 'BOB' })).map((e) => e.details.to)).toEqual(['archived', 'active']);
    expect((await listAudit({ council: 'voisine' })).every((e) => e.targetSlug === 'voisine')).toBe(true);
    expect(await listAudit({ action: 'tenant.delete' })).toEqual([]);
    expect(await listAudit({ council: '%' })).toEqual([]);
    const today = new Date().toISOString().slice(0, 10);
    expect((await listAudit({ from: today, to: today })).length).toBe(all.length);
    expect(await listAudit({ to: '2000-01-01' })).toEqual([]);

    const csv = await auditCsv({ council: 'cycle' });
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('date;auteur;action;commune;details');
    expect(lines.slice(1).every((l) => l.includes(';tenant.status;cycle;'))).toBe(true);
    expect(csv).toContain('Convention non renouvelée');
  });
});
