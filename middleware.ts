import { randomUUID } from 'node:crypto';
import { NextResponse, type NextRequest } from 'next/server';
import { EMBED_PATH, embedFrameAncestors } from '@/lib/embed/embed-hosts';
import { getEmbedHosts } from '@/lib/embed/embed-settings';
import { getEnv } from '@/lib/env';
import { mapCspSources } from '@/lib/map/map-csp-sources';
import { getTenantDirectory } from '@/lib/tenant/directory';
import { signHost, verifyHostSignature } from '@/lib/tenant/host-signature';
import {
  CANONICAL_HOST_HEADER,
  EMBED_HEADER,
  HOST_SIGNATURE_HEADER,
  INTERNAL_HEADERS,
  REQUEST_ID_HEADER,
  TENANT_ID_HEADER,
} from '@/lib/tenant/request-tenant-headers';
import { resolveHost } from '@/lib/tenant/resolve-host';

export const config = {
  runtime: 'nodejs',
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};

/**
 * Host → tenant, the only code that reads the Host header. It strips any tenant header a
 * client sent, pins X-Forwarded-Host to the real host (Auth.js builds links from it), and
 * rewrites the request into the tree for that host: /t/<slug>/…, /operator/…, /www/… or the
 * unknown-host page. API routes keep their path and get the tenant as a header.
 */
export async function middleware(req: NextRequest) {
  const env = getEnv();
  const headers = new Headers(req.headers);
  const host = canonicalHost(req);
  for (const h of INTERNAL_HEADERS) headers.delete(h);
  headers.set('x-forwarded-host', host);
  headers.set(CANONICAL_HOST_HEADER, host);
  headers.set(HOST_SIGNATURE_HEADER, signHost(host));
  const requestId = req.headers.get(REQUEST_ID_HEADER)?.slice(0, 64) || randomUUID();
  headers.set(REQUEST_ID_HEADER, requestId);

  const directory = await getTenantDirectory();
  const resolution = resolveHost(host, env.ROOT_DOMAIN, directory.customDomains);
  const { pathname, search } = req.nextUrl;
  const isApi = pathname === '/api' || pathname.startsWith('/api/');
  const tenant = resolution.kind === 'tenant' ? directory.bySlug.get(resolution.slug) : undefined;

  // A11: a council's embeddable page is the one route other sites may frame, and only the
  // sites the council listed; every other response keeps `frame-ancestors 'none'`.
  const embed = tenant !== undefined && pathname === EMBED_PATH;
  if (embed) headers.set(EMBED_HEADER, '1');
  const frameAncestors = embed ? embedFrameAncestors(await getEmbedHosts(tenant.id)) : "'none'";
  // Next reads the nonce from this request header and puts it on its own scripts.
  const nonce = Buffer.from(randomUUID()).toString('base64');
  const csp = contentSecurityPolicy(nonce, env.NODE_ENV !== 'production', mapCspSources(env), frameAncestors);
  headers.set('content-security-policy', csp);

  const pass = () => NextResponse.next({ request: { headers } });
  const rewrite = (prefix: string) => {
    const url = req.nextUrl.clone();
    url.pathname = `${prefix}${pathname === '/' ? '' : pathname}` || '/';
    url.search = search;
    return NextResponse.rewrite(url, { request: { headers } });
  };

  let response: NextResponse;
  if (tenant) {
    headers.set(TENANT_ID_HEADER, tenant.id);
    response = isApi ? pass() : rewrite(`/t/${tenant.slug}`);
  } else if (resolution.kind === 'operator') {
    headers.set('x-cdm-operator', '1');
    response = isApi ? pass() : rewrite('/operator');
  } else if (resolution.kind === 'root') {
    response = isApi ? pass() : rewrite('/www');
  } else if (isApi && pathname === '/api/health') {
    response = pass();
  } else if (isApi) {
    response = NextResponse.json({ error: 'not_found' }, { status: 404 });
  } else {
    const url = req.nextUrl.clone();
    url.pathname = '/unknown-host';
    url.search = '';
    response = NextResponse.rewrite(url, { request: { headers } });
  }
  response.headers.set(REQUEST_ID_HEADER, requestId);
  response.headers.set('content-security-policy', csp);
  return response;
}

/** The Host header — or, on Next's internal re-fetch of a server action redirect, the host we signed. */
function canonicalHost(req: NextRequest): string {
  const claimed = req.headers.get(CANONICAL_HOST_HEADER);
  const signature = req.headers.get(HOST_SIGNATURE_HEADER);
  if (claimed && signature && verifyHostSignature(claimed, signature)) return claimed;
  return req.headers.get('host') ?? '';
}

/**
 * No third-party origin at all: no trackers, no CDN, no web fonts (X4, X5) — except the map
 * tiles a deployment configured (MAP_TILE_URL, Mapbox), which the map page fetches.
 */
function contentSecurityPolicy(nonce: string, dev: boolean, map: { img: string[]; connect: string[] }, frameAncestors: string) {
  const extra = (origins: string[]) => origins.map((o) => ` ${o}`).join('');
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${extra(map.img)}`,
    "font-src 'self'",
    `connect-src 'self'${extra(map.connect)}`,
    // Map engines run their tile decoding in web workers; mapbox-gl builds them from a blob.
    "worker-src 'self' blob:",
    "child-src 'self' blob:",
    "manifest-src 'self'",
    `frame-ancestors ${frameAncestors}`,
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');
}
