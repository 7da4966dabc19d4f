/**
 * The host names a council allows to frame its embeddable page (A11), and the
 * Content-Security-Policy `frame-ancestors` directive made from them. Pure functions: the
 * middleware builds the header from them, the console's form validates with them.
 */

/** The embeddable page, on the council's own host. The only route that may be framed. */
export const EMBED_PATH = '/integration';

export const MAX_EMBED_HOSTS = 20;

/** `www.ville-herblay.fr`, `*.ville-herblay.fr`, `partenaire.localhost:8080`. */
const LABEL = '(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)';
const HOST = new RegExp(`^(?:\\*\\.)?${LABEL}(?:\\.${LABEL})+(?::(\\d{1,5}))?$`);

export type HostParseResult = { ok: true; hosts: string[] } | { ok: false; line: string; reason: 'invalid' | 'too_many' };

/**
 * One host per line (or separated by spaces or commas). A pasted address is accepted and
 * reduced to its host ("https://www.ville.fr/" → "www.ville.fr"); anything with a path, a
 * query, a wildcard other than a leading "*.", a single label or a bad port is refused, so
 * nothing but a host source can reach the header.
 */
export function parseEmbedHosts(text: string): HostParseResult {
  const hosts: string[] = [];
  for (const raw of text.split(/[\s,;]+/)) {
    const line = raw.trim();
    if (!line) continue;
    const host = normaliseHost(line);
    if (!host) return { ok: false, line, reason: 'invalid' };
    if (!hosts.includes(host)) hosts.push(host);
    if (hosts.length > MAX_EMBED_HOSTS) return { ok: false, line, reason: 'too_many' };
  }
  return { ok: true, hosts };
}

function normaliseHost(line: string): string | null {
  let host = line.toLowerCase();
  const scheme = /^https?:\/\//.exec(host);
  if (scheme) host = host.slice(scheme[0].length).replace(/\/$/, '');
  if (host.length > 260) return null;
  const match = HOST.exec(host);
  if (!match) return null;
  if (match[1] !== undefined) {
    const port = Number(match[1]);
    if (port < 1 || port > 65535) return null;
  }
  return host;
}

/**
 * `frame-ancestors` for the embed route: the council's own site (so the console can show a
 * preview) and the hosts it listed — nobody else. Scheme-less host sources match the page's
 * own scheme (https in production).
 */
export function embedFrameAncestors(hosts: readonly string[]): string {
  const safe = hosts.filter((h) => normaliseHost(h) === h);
  return ["'self'", ...safe].join(' ');
}
