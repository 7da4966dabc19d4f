/** The operator console's subdomain. */
export const OPERATOR_SUBDOMAIN = 'admin';

/**
 * Subdomains no council may take: infrastructure names and words that would let a site pass
 * for the platform itself. The onboarding wizard refuses them with the same list.
 */
export const RESERVED_SUBDOMAINS: ReadonlySet<string> = new Set([
  OPERATOR_SUBDOMAIN, 'www', 'api', 'app', 'mail', 'email', 'smtp', 'imap', 'pop', 'mx', 'ns1', 'ns2', 'ftp',
  'static', 'assets', 'cdn', 'img', 'media', 'files', 'status', 'health', 'blog', 'help', 'support', 'docs',
  'dev', 'staging', 'preprod', 'test', 'auth', 'login', 'signin', 'account', 'accounts', 'billing', 'stripe',
  'webhook', 'webhooks', 'operator', 'operateur', 'console', 'dashboard', 'root', 'system', 'internal',
  'coupdemain', 'coup-de-main', 'securite', 'security',
]);

/** A council's training sandbox lives at `<slug>-formation`: no council may take such a name. */
export const SANDBOX_SUFFIX = '-formation';

export function sandboxSlugFor(slug: string): string {
  return `${slug}${SANDBOX_SUFFIX}`;
}
