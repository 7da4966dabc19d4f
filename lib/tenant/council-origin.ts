import { getEnv, publicOriginParts } from '@/lib/env';
import { OPERATOR_SUBDOMAIN } from './reserved';

/**
 * `http://conflans.localhost:3000` — a council's site, for links made outside a request on
 * that council's host (invitations sent from the console or the command line). From the
 * operator console, the council's host is the console's with its first label replaced, so the
 * scheme and port are the ones the operator is using; otherwise PUBLIC_SCHEME / PUBLIC_PORT.
 */
export function councilOrigin(slug: string, operatorOrigin?: string): string {
  if (operatorOrigin) {
    const url = new URL(operatorOrigin);
    if (url.hostname.startsWith(`${OPERATOR_SUBDOMAIN}.`)) {
      url.hostname = `${slug}.${url.hostname.slice(OPERATOR_SUBDOMAIN.length + 1)}`;
      return url.origin;
    }
  }
  const env = getEnv();
  const { scheme, port } = publicOriginParts(env);
  return `${scheme}://${slug}.${env.ROOT_DOMAIN}${port ? `:${port}` : ''}`;
}
