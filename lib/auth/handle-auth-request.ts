import 'server-only';
import NextAuth from 'next-auth';
import { NextRequest } from 'next/server';
import { withTenant } from '@/db/with-tenant';
import { getLocale } from '@/lib/i18n/locale';
import { getCouncilOrThrow } from '@/lib/tenant/council';
import { getRequestOrigin, getRequestTenant } from '@/lib/tenant/request-tenant';
import { buildAuthConfig } from './auth-config';

/**
 * The Auth.js route handler for the council of the request. Next gives route handlers a
 * request.url with its own hostname, so the URL is rebuilt from the request's host: every link
 * and redirect Auth.js makes then points at this council's site.
 */
export async function handleAuthRequest(req: NextRequest): Promise<Response> {
  const tenant = await getRequestTenant().catch(() => null);
  if (!tenant) return new Response('Not found', { status: 404 });
  const origin = await getRequestOrigin();
  const url = new URL(req.nextUrl.pathname + req.nextUrl.search, origin);
  const request = new NextRequest(url, req);
  const council = await getCouncilOrThrow(tenant.id);
  const locale = await getLocale();
  return withTenant(tenant.id, async (tx) => {
    const { handlers } = NextAuth(buildAuthConfig({ tenant, council, tx, locale }));
    return req.method === 'POST' ? handlers.POST(request) : handlers.GET(request);
  });
}
