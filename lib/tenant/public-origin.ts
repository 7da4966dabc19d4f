import { getEnv } from '@/lib/env';
import type { TenantEntry } from './directory';

/**
 * A council's public origin, for links in emails sent outside a request (jobs, digests):
 * its custom domain when it has one, else `<slug>.<ROOT_DOMAIN>`. In development
 * (ROOT_DOMAIN=localhost) it defaults to http and port 3000.
 */
export function councilOrigin(tenant: Pick<TenantEntry, 'slug' | 'customDomain'>): string {
  const env = getEnv();
  const local = env.ROOT_DOMAIN === 'localhost';
  const scheme = env.PUBLIC_SCHEME ?? (local ? 'http' : 'https');
  const port = env.PUBLIC_PORT ?? (local ? 3000 : undefined);
  const host = tenant.customDomain ?? `${tenant.slug}.${env.ROOT_DOMAIN}`;
  const defaultPort = scheme === 'https' ? 443 : 80;
  return `${scheme}://${host}${port && port !== defaultPort ? `:${port}` : ''}`;
}
