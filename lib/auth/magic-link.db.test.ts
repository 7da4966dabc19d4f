import { Auth, skipCSRFCheck } from '@auth/core';
import { and, desc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { emails } from '@/db/schema/emails';
import { sessions, users } from '@/db/schema/users';
import { createTestTenant, createTestUser } from '@/db/test-fixtures';
import { setupTestDatabase } from '@/db/test-database';
import { withTenant } from '@/db/with-tenant';
import { extractLinks } from '@/lib/email/mailbox';
import { getCouncilOrThrow } from '@/lib/tenant/council';
import { findTenantById, type TenantEntry } from '@/lib/tenant/directory';
import { buildAuthConfig } from './auth-config';
import { findUserBySessionToken } from './session';

setupTestDatabase();

type Site = { tenant: TenantEntry; host: string };

async function authRequest(site: Site, request: Request) {
  const council = await getCouncilOrThrow(site.tenant.id);
  return withTenant(site.tenant.id, (tx) =>
    Auth(request, { ...buildAuthConfig({ tenant: site.tenant, council, tx, locale: 'fr' }), skipCSRFCheck }),
  );
}

/** What the sign-in form does: ask for a link on this council's host; returns the link emailed. */
async function requestLink(site: Site, email: string): Promise<string> {
  const response = await authRequest(
    site,
    new Request(`http://${site.host}/api/auth/signin/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email, callbackUrl: '/' }),
    }),
  );
  expect(response.status).toBe(302);
  expect(response.headers.get('location'), 'redirect after asking for a link').toContain(`http://${site.host}/api/auth/verify-request`);
  const [mail] = await withTenant(site.tenant.id, (tx) =>
    tx
      .select()
      .from(emails)
      .where(and(eq(emails.tenantId, site.tenant.id), eq(emails.toAddress, email.trim().toLowerCase())))
      .orderBy(desc(emails.createdAt))
      .limit(1),
  );
  expect(mail?.kind).toBe('sign-in');
  const link = extractLinks(mail!.html).find((l) => l.href.includes('/api/auth/callback/email'));
  return link!.href;
}

function sessionTokenFrom(response: Response): string | null {
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('authjs.session-token='));
  return cookie ? cookie.split(';')[0]!.split('=')[1]! : null;
}

async function usersWithEmail(tenantId: string, email: string) {
  return withTenant(tenantId, (tx) => tx.select().from(users).where(and(eq(users.tenantId, tenantId), eq(users.email, email))));
}

describe('magic-link accounts belong to one council (R2, X1)', () => {
  let herblay: Site;
  let orne: Site;

  beforeAll(async () => {
    const a = await createTestTenant('herblay-test');
    const b = await createTestTenant('orne-test');
    herblay = { tenant: (await findTenantById(a.tenantId))!, host: 'herblay-test.localhost:3000' };
    orne = { tenant: (await findTenantById(b.tenantId))!, host: 'orne-test.localhost:3000' };
  });

  it('builds the link from the host it was asked on', async () => {
    const link = await requestLink(herblay, 'lea@example.org');
    expect(new URL(link).host).toBe(herblay.host);
    const other = await requestLink(orne, 'lea@example.org');
    expect(new URL(other).host).toBe(orne.host);
  });

  it('refuses a link minted on one council when it is opened on another', async () => {
    const link = await requestLink(herblay, 'marc@example.org');
    const onOrne = new URL(link);
    onOrne.host = orne.host;
    const response = await authRequest(orne, new Request(onOrne));
    expect(response.headers.get('location')).toContain('/connexion/erreur?error=Verification');
    expect(sessionTokenFrom(response)).toBeNull();
    expect(await usersWithEmail(orne.tenant.id, 'marc@example.org')).toEqual([]);
    expect(await usersWithEmail(herblay.tenant.id, 'marc@example.org')).toEqual([]);
  });

  it('creates the account and a session in the right council only, once', async () => {
    const link = await requestLink(herblay, 'Nina@Example.org ');
    const response = await authRequest(herblay, new Request(link));
    expect(response.headers.get('location')).toMatch(/^\/bienvenue\?callbackUrl=/); // new account: the welcome step
    const token = sessionTokenFrom(response);
    expect(token).toBeTruthy();
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('authjs.session-token='))!;
    expect(cookie.toLowerCase()).not.toContain('domain='); // host-only
    expect(cookie.toLowerCase()).toContain('httponly');

    const [account] = await usersWithEmail(herblay.tenant.id, 'nina@example.org');
    expect(account).toBeDefined();
    expect(await usersWithEmail(orne.tenant.id, 'nina@example.org')).toEqual([]);

    expect((await findUserBySessionToken(herblay.tenant.id, token!))?.id).toBe(account!.id);
    expect(await findUserBySessionToken(orne.tenant.id, token!)).toBeNull();

    // A link works once.
    const again = await authRequest(herblay, new Request(link));
    expect(again.headers.get('location')).toContain('error=Verification');
  });

  it('makes the same email two unrelated accounts on two councils', async () => {
    for (const site of [herblay, orne]) {
      const response = await authRequest(site, new Request(await requestLink(site, 'camille@example.org')));
      expect(sessionTokenFrom(response)).toBeTruthy();
    }
    const [a] = await usersWithEmail(herblay.tenant.id, 'camille@example.org');
    const [b] = await usersWithEmail(orne.tenant.id, 'camille@example.org');
    expect(a!.id).not.toBe(b!.id);
    const orneSessions = await withTenant(orne.tenant.id, (tx) => tx.select().from(sessions).where(eq(sessions.userId, a!.id)));
    expect(orneSessions).toEqual([]);
  });

  it('sends no link to a suspended person', async () => {
    await createTestUser(herblay.tenant.id, 'suspendu@example.org', { status: 'suspended' });
    const response = await authRequest(
      herblay,
      new Request(`http://${herblay.host}/api/auth/signin/email`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ email: 'suspendu@example.org', callbackUrl: '/' }),
      }),
    );
    expect(response.headers.get('location')).toContain('/connexion/erreur?error=AccessDenied');
    const queued = await withTenant(herblay.tenant.id, (tx) =>
      tx.select().from(emails).where(and(eq(emails.tenantId, herblay.tenant.id), eq(emails.toAddress, 'suspendu@example.org'))),
    );
    expect(queued).toEqual([]);
  });

  it('refuses everyone on a suspended council', async () => {
    const closed = { ...herblay, tenant: { ...herblay.tenant, status: 'suspended' as const } };
    const response = await authRequest(closed, new Request(await requestLink(herblay, 'tard@example.org')));
    expect(response.headers.get('location')).toContain('error=AccessDenied');
  });
});
