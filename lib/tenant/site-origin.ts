import { getEnv } from '@/lib/env';
import type { TenantEntry } from './directory';

/**
 * The council's own site, for links in emails that jobs send (a job has no request whose host
 * it could reuse): its custom domain when it has one, else <slug>.<ROOT_DOMAIN>.
 */
export function councilOrigin(tenant: Pick<TenantEntry, 'slug' | 'customDomain'>): string {
  const env = getEnv();
  const local = env.ROOT_DOMAIN === 'localhost';
  const host = tenant.customDomain ?? `${tenant.slug}.${env.ROOT_DOMAIN}`;
  const protocol = env.PUBLIC_PROTOCOL ?? (local ? 'http' : 'https');
  const port = env.PUBLIC_PORT ?? (local ? (env.PORT ?? 3000) : undefined);
  const defaultPort = protocol === 'https' ? 443 : 80;
  return `${protocol}://${host}${port && port !== defaultPort ? `:${port}` : ''}`;
}
