import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '@/db/client';
import { assistedRequests, councilAccounts } from '@/db/schema/assisted-requests';
import { categories } from '@/db/schema/categories';
import { embedSettings } from '@/db/schema/embed-settings';
import { conversations, helps, messages } from '@/db/schema/conversations';
import { emails } from '@/db/schema/emails';
import { standingOfferCategories, standingOffers } from '@/db/schema/matching';
import { notificationPreferences, pendingNotifications } from '@/db/schema/notifications';
import { blocks, reports } from '@/db/schema/safety';
import { staffAuditLog } from '@/db/schema/staff-audit';
import { announcements } from '@/db/schema/announcements';
import { brandingDrafts } from '@/db/schema/branding-drafts';
import { councils } from '@/db/schema/councils';
import { crisisPlans } from '@/db/schema/crisis';
import { moderationDecisions, moderationSettings } from '@/db/schema/moderation';
import { operatorAuditLog } from '@/db/schema/operator-audit';
import { quartiers } from '@/db/schema/quartiers';
import { tenantStatusChanges } from '@/db/schema/tenant-status-changes';
import { sessions, verificationTokens } from '@/db/schema/users';
import { createTestBillingAccount, createTestPost, createTestTenant, createTestUser } from '@/db/test-fixtures';
import { setupTestDatabase } from '@/db/test-database';
import { withAdmin, withTenant } from '@/db/with-tenant';
import { findTenantById, findTenantBySlug, invalidateTenantDirectory } from '@/lib/tenant/directory';
import { createSandboxFor } from '@/lib/tenant/sandbox';
import { brandingValuesOf } from '@/lib/staff/branding';
import { readZip } from './zip-reader';
import { deleteTenant, DeletionRefusedError } from './delete-tenant';
import { exportTenant, findRecentExport } from './export-tenant';
import { listTenantTables } from '@/db/tenant-tables';

setupTestDatabase();

const actor = { id: null, label: 'operateur@example.org' };
let doomed: { tenantId: string };
let kept: { tenantId: string };
let sandboxId: string;

async function rowsPerTable(tenantId: string) {
  return withAdmin(async (tx) => {
    const counts: Record<string, number> = {};
    for (const table of await listTenantTables(tx)) {
      const [row] = rowsOf<{ n: number }>(await tx.execute(sql`select count(*)::int as n from ${sql.raw(`"${table}"`)} where tenant_id = ${tenantId}`));
      counts[table] = row!.n;
    }
    return counts;
  });
}

async function fillEveryTable(tenantId: string, tag: string) {
  const user = await createTestUser(tenantId, `${tag}@example.org`);
  await createTestPost(tenantId, user.id, { title: `Annonce ${tag}` });
  await createTestBillingAccount(tenantId, { stripeCustomerId: `cus_${tag}` });
  await withTenant(tenantId, async (tx) => {
    await tx.insert(sessions).values({ tenantId, sessionToken: `session-secrete-${tag}`, userId: user.id, expires: new Date(Date.now() + 86_400_000) });
    await tx.insert(verificationTokens).values({ tenantId, identifier: `${tag}@example.org`, token: `jeton-secret-${tag}`, expires: new Date(Date.now() + 86_400_000) });
    await tx.insert(quartiers).values({ tenantId, name: `Centre ${tag}`, centreLat: 48.99, centreLng: 2.16, polygon: { type: 'Polygon', coordinates: [[[2.1, 48.9], [2.2, 48.9], [2.2, 49], [2.1, 48.9]]] } });
    await tx.insert(emails).values({ tenantId, kind: 'sign-in', toAddress: `${tag}@example.org`, fromName: 'Mairie', subject: 'Lien', html: `<a href="http://x/api/auth/callback/email?token=lien-secret-${tag}">x</a>`, text: `lien-secret-${tag}` });
    await tx.insert(tenantStatusChanges).values({ tenantId, fromStatus: 'trial', toStatus: 'active', actor: 'test', reason: 'test' });
    await tx.execute(sql`insert into zz_extra (tenant_id, note) values (${tenantId}, ${tag})`);
  });
  // Conversations, matching, safety, notifications and the staff log (R6–R9, A9).
  const other = await createTestUser(tenantId, `${tag}-voisin@example.org`);
  const post = await createTestPost(tenantId, user.id, { title: `Besoin ${tag}` });
  await withTenant(tenantId, async (tx) => {
    const [category] = await tx.select().from(categories).where(eq(categories.tenantId, tenantId)).limit(1);
    const [conversation] = await tx.insert(conversations).values({ tenantId, postId: post.id, authorId: user.id, responderId: other.id }).returning();
    await tx.insert(messages).values({ tenantId, conversationId: conversation!.id, senderId: other.id, body: `Bonjour ${tag}` });
    await tx.insert(helps).values({ tenantId, postId: post.id, conversationId: conversation!.id, helperId: other.id });
    await tx.insert(standingOffers).values({ tenantId, userId: other.id, radiusM: 1000 });
    await tx.insert(standingOfferCategories).values({ tenantId, userId: other.id, categoryId: category!.id });
    await tx.insert(blocks).values({ tenantId, blockerId: user.id, blockedId: other.id });
    await tx.insert(reports).values({ tenantId, reporterId: other.id, targetType: 'post', targetId: post.id, reason: 'test' });
    await tx.insert(notificationPreferences).values({ tenantId, userId: user.id, kind: 'match', mode: 'daily' });
    await tx.insert(pendingNotifications).values({ tenantId, userId: user.id, kind: 'match', payload: { title: 't', path: '/' } });
    await tx.insert(staffAuditLog).values({ tenantId, actorId: user.id, action: 'test' });
    // The guichet and the embed (A5, A11).
    await tx.insert(councilAccounts).values({ tenantId, userId: other.id });
    await tx.insert(assistedRequests).values({
      tenantId,
      postId: post.id,
      requesterName: `Personne ${tag}`,
      requesterPhone: '01 23 45 67 89',
      requesterAddress: `1 rue ${tag}`,
      placeSource: 'quartier',
      consentMethod: 'phone',
      consentRecordedBy: user.id,
      consentRecordedAt: new Date(),
      recordedBy: user.id,
    });
    await tx.insert(embedSettings).values({ tenantId, allowedHosts: [`www.${tag}.fr`] });
    // The staff console's own tables (A2, A4, A6, A10).
    await tx.insert(moderationSettings).values({ tenantId, mode: 'pre', bannedWords: [`mot-${tag}`] });
    await tx.insert(moderationDecisions).values({ tenantId, moderatorId: other.id, action: 'hide', targetType: 'post', targetId: post.id, subjectId: user.id, reason: `raison ${tag}` });
    await tx.insert(announcements).values({ tenantId, title: `Annonce mairie ${tag}`, body: 'Texte', createdBy: other.id });
    await tx.insert(crisisPlans).values({ tenantId, bannerText: `Crise ${tag}` });
    const [council] = await tx.select().from(councils).where(eq(councils.tenantId, tenantId));
    await tx.insert(brandingDrafts).values({ tenantId, values: { ...brandingValuesOf(council!), name: `Brouillon ${tag}` }, updatedBy: other.id });
  });
}

beforeAll(async () => {
  // A table created after this code was written, without ON DELETE CASCADE: deletion and export
  // must find it in the catalogue by themselves.
  await withAdmin(async (tx) => {
    await tx.execute(sql`create table zz_extra (tenant_id uuid not null references tenants(id), note text not null, primary key (tenant_id, note))`);
    await tx.execute(sql`select app_secure_tenant_tables()`);
  });
  doomed = await createTestTenant('a-supprimer');
  kept = await createTestTenant('a-garder');
  await fillEveryTable(doomed.tenantId, 'doomed');
  await fillEveryTable(kept.tenantId, 'kept');
  sandboxId = (await createSandboxFor(doomed.tenantId)).sandboxId;
});

describe('export then deletion of a council (O5)', () => {
  it('starts with rows in every tenant table, for both councils', async () => {
    for (const counts of [await rowsPerTable(doomed.tenantId), await rowsPerTable(kept.tenantId)]) {
      const empty = Object.entries(counts).filter(([, n]) => n === 0).map(([t]) => t);
      expect(empty, 'tables the fixtures left empty (the deletion check would be vacuous for them)').toEqual([]);
    }
  });

  it('refuses to delete without a recent export, or with the wrong subdomain typed', async () => {
    await expect(deleteTenant(doomed.tenantId, 'a-supprimer', actor)).rejects.toMatchObject({ why: 'no_export' });
    expect(await findRecentExport(doomed.tenantId)).toBeNull();
    await exportTenant(doomed.tenantId, actor);
    await expect(deleteTenant(doomed.tenantId, 'a-garder', actor)).rejects.toBeInstanceOf(DeletionRefusedError);
    await expect(deleteTenant(doomed.tenantId, '', actor)).rejects.toMatchObject({ why: 'confirmation' });
    await expect(deleteTenant(sandboxId, 'a-supprimer-formation', actor)).rejects.toMatchObject({ why: 'sandbox' });
    expect(Object.values(await rowsPerTable(doomed.tenantId)).every((n) => n > 0)).toBe(true);
  });

  it('exports every tenant table as JSON, people and posts as CSV, without secrets', async () => {
    const { data, filename, counts } = await exportTenant(doomed.tenantId, actor);
    expect(filename).toMatch(/^coupdemain-a-supprimer-\d{8}-\d{4}\.zip$/);
    const files = readZip(data);
    const tables = await withAdmin((tx) => listTenantTables(tx));
    expect(tables).toContain('zz_extra');
    for (const table of tables) {
      const rows = JSON.parse(files.get(`tables/${table}.json`)!.toString('utf8')) as Record<string, unknown>[];
      expect(rows.length, table).toBe(counts[table]);
      expect(rows.every((r) => r.tenant_id === doomed.tenantId), table).toBe(true);
    }
    const people = files.get('personnes.csv')!.toString('utf8');
    expect(people).toContain('doomed@example.org');
    expect(people).not.toContain('kept@example.org');
    expect(files.get('annonces.csv')!.toString('utf8')).toContain('Annonce doomed');
    const everything = [...files.values()].map((b) => b.toString('utf8')).join('\n');
    expect(everything).not.toContain('session-secrete-doomed');
    expect(everything).not.toContain('jeton-secret-doomed');
    expect(everything).not.toContain('lien-secret-doomed');
    expect(everything).not.toContain('kept');
  });

  it('deletes every row of the council and its sandbox in every table, and nothing of another council', async () => {
    const keptBefore = await rowsPerTable(kept.tenantId);
    const result = await deleteTenant(doomed.tenantId, ' A-Supprimer ', actor);
    expect(result.slug).toBe('a-supprimer');
    invalidateTenantDirectory();
    const left = await rowsPerTable(doomed.tenantId);
    expect(Object.entries(left).filter(([, n]) => n > 0)).toEqual([]);
    const sandboxLeft = await rowsPerTable(sandboxId);
    expect(Object.entries(sandboxLeft).filter(([, n]) => n > 0)).toEqual([]);
    expect(await findTenantById(doomed.tenantId)).toBeNull();
    expect(await findTenantBySlug('a-supprimer-formation')).toBeNull();
    expect(await rowsPerTable(kept.tenantId)).toEqual(keptBefore);
    const [audit] = await withAdmin((tx) =>
      tx.select().from(operatorAuditLog).where(and(eq(operatorAuditLog.targetTenantId, doomed.tenantId), eq(operatorAuditLog.action, 'tenant.delete'))),
    );
    expect(audit).toMatchObject({ targetSlug: 'a-supprimer', actor: 'operateur@example.org' });
  });
});
