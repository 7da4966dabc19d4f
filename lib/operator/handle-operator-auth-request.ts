import 'server-only';
import NextAuth from 'next-auth';
import { NextRequest } from 'next/server';
import { withAdmin } from '@/db/with-tenant';
import { getLocale } from '@/lib/i18n/locale';
import { getRequestOrigin } from '@/lib/tenant/request-tenant';
import { buildOperatorAuthConfig } from './auth-config';
import { isOperatorHost } from './operator-host';

/**
 * The operator's Auth.js route, answered on admin.<root> only (404 on a council's host or
 * anywhere else). Like the councils' handler, the URL is rebuilt from the request's host.
 */
export async function handleOperatorAuthRequest(req: NextRequest): Promise<Response> {
  if (!(await isOperatorHost())) return new Response('Not found', { status: 404 });
  const origin = await getRequestOrigin();
  const url = new URL(req.nextUrl.pathname + req.nextUrl.search, origin);
  const request = new NextRequest(url, req);
  const locale = await getLocale();
  return withAdmin(async (tx) => {
    const { handlers } = NextAuth(buildOperatorAuthConfig({ tx, locale, secure: url.protocol === 'https:' }));
    return req.method === 'POST' ? handlers.POST(request) : handlers.GET(request);
  });
}
