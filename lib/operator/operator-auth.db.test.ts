import { Auth, skipCSRFCheck } from '@auth/core';
import { desc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '@/db/client';
import { emails } from '@/db/schema/emails';
import { operatorEmails, operators } from '@/db/schema/operators';
import { createTestOperator, createTestTenant, createTestUser } from '@/db/test-fixtures';
import { setupTestDatabase } from '@/db/test-database';
import { APP_ROLE, withAdmin, withTenant } from '@/db/with-tenant';
import { buildAuthConfig } from '@/lib/auth/auth-config';
import { findUserBySessionToken } from '@/lib/auth/session';
import { extractLinks } from '@/lib/email/mailbox';
import { stopBoss } from '@/lib/jobs/boss';
import { getCouncilOrThrow } from '@/lib/tenant/council';
import { findTenantById } from '@/lib/tenant/directory';
import { buildOperatorAuthConfig, OPERATOR_AUTH_BASE_PATH } from './auth-config';
import { disableOperator } from './create-operator';
import { findOperatorBySessionToken } from './operator-session';

setupTestDatabase();

const HOST = 'admin.localhost:3000';

function operatorAuth(request: Request) {
  return withAdmin((tx) => Auth(request, { ...buildOperatorAuthConfig({ tx, locale: 'fr', secure: false }), skipCSRFCheck }));
}

async function askForLink(email: string) {
  return operatorAuth(
    new Request(`http://${HOST}${OPERATOR_AUTH_BASE_PATH}/signin/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email, callbackUrl: `http://${HOST}/` }),
    }),
  );
}

async function operatorMailTo(email: string) {
  const [mail] = await withAdmin((tx) => tx.select().from(operatorEmails).where(eq(operatorEmails.toAddress, email)).orderBy(desc(operatorEmails.createdAt)).limit(1));
  return mail ?? null;
}

function cookieFrom(response: Response, name: string) {
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith(`${name}=`));
  return cookie ? { header: cookie, value: cookie.split(';')[0]!.split('=')[1]! } : null;
}

let council: { tenantId: string };

beforeAll(async () => {
  await createTestOperator('ops@coupdemain.example');
  council = await createTestTenant('commune-test');
  await createTestUser(council.tenantId, 'admin@commune-test.example', { role: 'admin' });
});

afterAll(async () => {
  await stopBoss();
});

describe('operator accounts are not council accounts (O1)', () => {
  let operatorToken: string;

  it('sends an operator a link on the operator host, through the operator outbox only', async () => {
    const response = await askForLink('OPS@coupdemain.example');
    expect(response.headers.get('location')).toContain(`http://${HOST}${OPERATOR_AUTH_BASE_PATH}/verify-request`);
    const mail = await operatorMailTo('ops@coupdemain.example');
    expect(mail).toMatchObject({ kind: 'operator-sign-in', status: 'queued' });
    const link = extractLinks(mail!.html).find((l) => l.href.includes('/callback/email'))!.href;
    expect(new URL(link).host).toBe(HOST);
    expect(new URL(link).pathname).toBe(`${OPERATOR_AUTH_BASE_PATH}/callback/email`);
    const councilMails = rowsOf<{ n: number }>(await withAdmin((tx) => tx.execute(sql`select count(*)::int as n from ${emails}`)));
    expect(councilMails[0]!.n).toBe(0);

    const signedIn = await operatorAuth(new Request(link));
    expect(signedIn.headers.get('location')).toBe(`http://${HOST}/`);
    const cookie = cookieFrom(signedIn, 'cdm-operator.session-token');
    expect(cookie).not.toBeNull();
    expect(cookie!.header.toLowerCase()).toContain('httponly');
    expect(cookie!.header.toLowerCase()).not.toContain('domain=');
    expect(cookieFrom(signedIn, 'authjs.session-token')).toBeNull();
    operatorToken = cookie!.value;
    expect(await findOperatorBySessionToken(operatorToken)).toMatchObject({ email: 'ops@coupdemain.example' });
    // Used once.
    const again = await operatorAuth(new Request(link));
    expect(again.headers.get('location')).toContain('error=Verification');
  });

  it('sends nothing to an unknown address or to a council account, and creates no operator', async () => {
    for (const email of ['inconnu@example.org', 'admin@commune-test.example']) {
      const response = await askForLink(email);
      expect(response.headers.get('location')).toContain('error=AccessDenied');
      expect(await operatorMailTo(email)).toBeNull();
    }
    const all = await withAdmin((tx) => tx.select({ email: operators.email }).from(operators));
    expect(all.map((o) => o.email)).toEqual(['ops@coupdemain.example']);
  });

  it('never accepts an operator session on a council, nor a council session in the console', async () => {
    expect(await findUserBySessionToken(council.tenantId, operatorToken)).toBeNull();

    // A real council session, made by the council's own Auth.js…
    const tenant = (await findTenantById(council.tenantId))!;
    const councilProfile = await getCouncilOrThrow(council.tenantId);
    const councilAuth = (request: Request) =>
      withTenant(tenant.id, (tx) => Auth(request, { ...buildAuthConfig({ tenant, council: councilProfile, tx, locale: 'fr' }), skipCSRFCheck }));
    await councilAuth(
      new Request('http://commune-test.localhost:3000/api/auth/signin/email', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ email: 'admin@commune-test.example', callbackUrl: '/' }),
      }),
    );
    const [councilMail] = await withTenant(tenant.id, (tx) => tx.select().from(emails).where(eq(emails.toAddress, 'admin@commune-test.example')));
    const councilLink = extractLinks(councilMail!.html).find((l) => l.href.includes('/callback/email'))!.href;

    // …and its link replayed on the operator's endpoint finds no operator token.
    const replay = new URL(councilLink);
    replay.host = HOST;
    replay.pathname = `${OPERATOR_AUTH_BASE_PATH}/callback/email`;
    const refused = await operatorAuth(new Request(replay));
    expect(refused.headers.get('location')).toContain('error=Verification');

    const councilSession = cookieFrom(await councilAuth(new Request(councilLink)), 'authjs.session-token')!.value;
    expect(await findUserBySessionToken(council.tenantId, councilSession)).not.toBeNull();
    expect(await findOperatorBySessionToken(councilSession)).toBeNull();
  });

  it('ends a disabled operator’s sessions at once, and sends them no link', async () => {
    expect(await disableOperator('ops@coupdemain.example')).toBe(true);
    expect(await findOperatorBySessionToken(operatorToken)).toBeNull();
    const response = await askForLink('ops@coupdemain.example');
    expect(response.headers.get('location')).toContain('error=AccessDenied');
  });

  it('gives the application role no access at all to the operator’s tables', async () => {
    const globalTables = ['operators', 'operator_sessions', 'operator_verification_tokens', 'operator_emails', 'operator_audit_log', 'stripe_events'];
    const rows = rowsOf<{ t: string; any: boolean }>(
      await withAdmin((tx) =>
        tx.execute(sql`
          select t, has_table_privilege(${APP_ROLE}, t, 'SELECT') or has_table_privilege(${APP_ROLE}, t, 'INSERT')
            or has_table_privilege(${APP_ROLE}, t, 'UPDATE') or has_table_privilege(${APP_ROLE}, t, 'DELETE') as any
          from unnest(${sql.raw(`array[${globalTables.map((t) => `'${t}'`).join(',')}]`)}) as t`),
      ),
    );
    expect(rows).toEqual(globalTables.map((t) => ({ t, any: false })));
    await expect(withTenant(council.tenantId, (tx) => tx.select().from(operators))).rejects.toThrow();
  });
});
