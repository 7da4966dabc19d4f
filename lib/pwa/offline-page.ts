import type { Messages } from '@/lib/i18n/fr';
import type { Locale } from '@/lib/i18n/messages';
import type { CouncilProfile } from '@/lib/tenant/council';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const colour = (c: string, fallback: string) => (/^#[0-9a-f]{3,8}$/i.test(c) ? c : fallback);

/**
 * The page the service worker shows when the network is down (R11): self-contained (styles
 * inline, logo as a data URI) so that it needs nothing else from the network, in the council's
 * colours and the visitor's language. "Réessayer" reloads the page that was asked for.
 */
export function renderOfflinePage(
  council: Pick<CouncilProfile, 'name' | 'theme'>,
  m: Messages,
  locale: Locale,
  logo: { data: Buffer; mime: string } | null,
): string {
  const t = council.theme;
  const primary = colour(t.primary, '#1e3a5f');
  const onPrimary = colour(t.onPrimary, '#ffffff');
  const surface = colour(t.surface, '#ffffff');
  const text = colour(t.text, '#18181b');
  const img = logo && logo.data.length < 200_000 ? `<img src="data:${escape(logo.mime)};base64,${logo.data.toString('base64')}" alt="" width="56" height="56">` : '';
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="theme-color" content="${primary}">
<title>${escape(m.pwa.offlineTitle)} — ${escape(council.name)}</title>
<style>
  html { font-size: 112.5%; }
  body { margin: 0; font-family: ui-sans-serif, system-ui, "Segoe UI", Roboto, Arial, sans-serif; line-height: 1.5; background: ${surface}; color: ${text}; }
  header { background: ${primary}; color: ${onPrimary}; padding: 12px 16px; display: flex; align-items: center; gap: 12px; }
  header img { background: #ffffffe6; border-radius: 6px; padding: 4px; }
  header p { margin: 0; font-size: 1.25rem; font-weight: 700; }
  main { max-width: 40rem; margin: 0 auto; padding: 24px 16px; }
  h1 { font-size: 1.9rem; margin: 0 0 12px; }
  p { font-size: 1.1rem; }
  a.retry { display: inline-flex; align-items: center; min-height: 48px; padding: 0 20px; border-radius: 8px; background: ${primary}; color: ${onPrimary}; font-weight: 700; text-decoration: none; font-size: 1.1rem; }
  a:focus-visible { outline: 3px solid ${text}; outline-offset: 3px; }
</style>
</head>
<body data-offline-page="1">
<header>${img}<p>${escape(council.name)}</p></header>
<main>
<h1>${escape(m.pwa.offlineTitle)}</h1>
<p>${escape(m.pwa.offlineText)}</p>
<p><a class="retry" href="">${escape(m.pwa.offlineRetry)}</a></p>
<p>${escape(m.pwa.offlineHelp)}</p>
</main>
</body>
</html>`;
}
