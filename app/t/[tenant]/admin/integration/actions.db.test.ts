import { eq } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { embedSettings } from '@/db/schema/embed-settings';
import { staffAuditLog } from '@/db/schema/staff-audit';
import { createTestSession, createTestTenant, createTestUser } from '@/db/test-fixtures';
import { setupTestDatabase } from '@/db/test-database';
import { withTenant } from '@/db/with-tenant';
import { fr } from '@/lib/i18n/fr';
import { TENANT_ID_HEADER } from '@/lib/tenant/request-tenant-headers';

/** A11: the admin's list of framing sites, and the header the middleware builds from it. */
const request = vi.hoisted(() => ({ tenantId: '', sessionToken: null as string | null }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ [TENANT_ID_HEADER]: request.tenantId, host: 'embed.localhost' }),
  cookies: async () => ({
    get: (name: string) => (name === 'authjs.session-token' && request.sessionToken ? { name, value: request.sessionToken } : undefined),
  }),
}));

const { saveEmbedHostsAction } = await import('./actions');
const { middleware } = await import('@/middleware');

setupTestDatabase();

let a: string;
let b: string;
const tokens: Record<string, string> = {};

async function save(tenantId: string, who: string | null, hosts: string) {
  request.tenantId = tenantId;
  request.sessionToken = who ? tokens[who]! : null;
  const f = new FormData();
  f.append('hosts', hosts);
  try {
    return { state: await saveEmbedHostsAction({}, f), redirect: null };
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? '';
    if (!digest.startsWith('NEXT_REDIRECT')) throw error;
    return { state: null, redirect: digest.split(';')[2]! };
  }
}

async function hostsOf(tenantId: string) {
  const [row] = await withTenant(tenantId, (tx) => tx.select().from(embedSettings).where(eq(embedSettings.tenantId, tenantId)));
  return row?.allowedHosts ?? [];
}

async function frameAncestors(host: string, path: string, extra: Record<string, string> = {}) {
  const response = await middleware(new NextRequest(`http://${host}${path}`, { headers: { host, ...extra } }));
  return /frame-ancestors ([^;]*)/.exec(response.headers.get('content-security-policy') ?? '')?.[1];
}

beforeAll(async () => {
  a = (await createTestTenant('integration-a')).tenantId;
  b = (await createTestTenant('integration-b')).tenantId;
  for (const [key, tenantId, role] of [
    ['admin', a, 'admin'],
    ['moderator', a, 'moderator'],
    ['agent', a, 'agent'],
    ['resident', a, 'resident'],
    ['bAdmin', b, 'admin'],
  ] as const) {
    const u = await createTestUser(tenantId, `${key}@example.org`, { role });
    tokens[key] = await createTestSession(tenantId, u.id);
  }
});

describe('the list of sites allowed to frame the embed (A11)', () => {
  it('is saved by an admin, normalised, and audited', async () => {
    const { redirect } = await save(a, 'admin', 'https://www.ville-a.fr/\n*.ville-a.fr\npartenaire.localhost:4150');
    expect(redirect).toBe('/admin/integration?ok=1');
    expect(await hostsOf(a)).toEqual(['www.ville-a.fr', '*.ville-a.fr', 'partenaire.localhost:4150']);
    const log = await withTenant(a, (tx) => tx.select().from(staffAuditLog).where(eq(staffAuditLog.tenantId, a)));
    expect(log.at(-1)).toMatchObject({ action: 'embed.domains.update', details: { hosts: ['www.ville-a.fr', '*.ville-a.fr', 'partenaire.localhost:4150'] } });
  });

  it('refuses anything that is not a host name, says which line, and changes nothing', async () => {
    const { state } = await save(a, 'admin', "www.ok.fr\nwww.ville.fr; script-src 'unsafe-inline'");
    expect(state!.fieldErrors!.hosts).toBe(fr.embed.hostInvalid.replace('{line}', 'script-src'));
    expect(await hostsOf(a)).toEqual(['www.ville-a.fr', '*.ville-a.fr', 'partenaire.localhost:4150']);
  });

  it('is for admins only, and only for their own council', async () => {
    for (const [who, message] of [
      ['moderator', fr.errors.forbidden],
      ['agent', fr.errors.forbidden],
      ['resident', fr.errors.forbidden],
      [null, fr.errors.unauthenticated],
      ['bAdmin', fr.errors.unauthenticated],
    ] as const) {
      const { state } = await save(a, who, 'www.pirate.fr');
      expect(state!.message).toBe(message);
    }
    expect(await hostsOf(a)).not.toContain('www.pirate.fr');
    // B's admin on B's host changes B's list only.
    expect((await save(b, 'bAdmin', 'www.ville-b.fr')).redirect).toBe('/admin/integration?ok=1');
    expect(await hostsOf(a)).toEqual(['www.ville-a.fr', '*.ville-a.fr', 'partenaire.localhost:4150']);
    expect(await hostsOf(b)).toEqual(['www.ville-b.fr']);
  });
});

describe('the frame-ancestors header (A11)', () => {
  it('lets the listed sites frame /integration only, each council with its own list', async () => {
    expect(await frameAncestors('integration-a.localhost', '/integration')).toBe("'self' www.ville-a.fr *.ville-a.fr partenaire.localhost:4150");
    expect(await frameAncestors('integration-b.localhost', '/integration')).toBe("'self' www.ville-b.fr");
  });

  it('keeps every other page unframeable, whatever a client sends', async () => {
    for (const path of ['/', '/annonces', '/admin/integration', '/integration/autre', '/integrationx', '/api/health']) {
      expect(await frameAncestors('integration-a.localhost', path, { 'x-cdm-embed': '1' }), path).toBe("'none'");
    }
    expect(await frameAncestors('localhost', '/integration')).toBe("'none'");
    expect(await frameAncestors('inconnue.localhost', '/integration')).toBe("'none'");
  });
});
