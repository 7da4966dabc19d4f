import { getRequestMessages } from '@/lib/i18n/locale';
import { councilForRoute, notFound } from '@/lib/pwa/council-for-route';
import { renderOfflinePage } from '@/lib/pwa/offline-page';
import { getCouncilLogo } from '@/lib/tenant/get-logo';

/** The offline page, fetched by the service worker when it installs and shown when the network is down. */
export async function GET(_req: Request, { params }: { params: Promise<{ tenant: string }> }) {
  const site = await councilForRoute(params);
  if (!site) return notFound();
  const { locale, m } = await getRequestMessages();
  const html = renderOfflinePage(site.council, m, locale, await getCouncilLogo(site.tenant.id));
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' } });
}
