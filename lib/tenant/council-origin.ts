import { getEnv } from '@/lib/env';
import type { TenantEntry } from './directory';
import { OPERATOR_SUBDOMAIN } from './reserved';

/**
 * A council's own site, for links made outside a request on its host (emails sent by jobs,
 * invitations from the command line): its custom domain when it has one, else
 * <slug>.<ROOT_DOMAIN>. Protocol: PUBLIC_PROTOCOL, else https (http on localhost); port:
 * PUBLIC_PORT, else PORT then 3000 on localhost.
 */
export function councilOrigin(tenant: Pick<TenantEntry, 'slug' | 'customDomain'>): string {
  const env = getEnv();
  const local = env.ROOT_DOMAIN === 'localhost' || env.ROOT_DOMAIN.endsWith('.localhost');
  const host = tenant.customDomain ?? `${tenant.slug}.${env.ROOT_DOMAIN}`;
  const protocol = env.PUBLIC_PROTOCOL ?? (local ? 'http' : 'https');
  const port = env.PUBLIC_PORT ?? (local ? (env.PORT ?? 3000) : undefined);
  const defaultPort = protocol === 'https' ? 443 : 80;
  return `${protocol}://${host}${port && port !== defaultPort ? `:${port}` : ''}`;
}

/**
 * `http://conflans.localhost:3000` seen from the operator console: the council's host is the
 * console's with its first label replaced, so the scheme and port are the ones the operator is
 * using; from the command line, the configured public origin.
 */
export function councilOriginFromConsole(slug: string, operatorOrigin?: string): string {
  if (operatorOrigin) {
    const url = new URL(operatorOrigin);
    if (url.hostname.startsWith(`${OPERATOR_SUBDOMAIN}.`)) {
      url.hostname = `${slug}.${url.hostname.slice(OPERATOR_SUBDOMAIN.length + 1)}`;
      return url.origin;
    }
  }
  return councilOrigin({ slug, customDomain: null });
}
