import { councilForRoute, notFound } from '@/lib/pwa/council-for-route';
import { serviceWorkerSource } from '@/lib/pwa/service-worker';

export async function GET(_req: Request, { params }: { params: Promise<{ tenant: string }> }) {
  const site = await councilForRoute(params);
  if (!site) return notFound();
  const v = encodeURIComponent(site.council.logoVersion);
  const source = serviceWorkerSource(site.council.logoVersion, [
    '/manifest.webmanifest',
    `/icone/192.png?v=${v}`,
    `/icone/512.png?v=${v}`,
  ]);
  return new Response(source, {
    headers: {
      'Content-Type': 'text/javascript; charset=utf-8',
      // Browsers re-check the worker on navigation; never let an HTTP cache hold an old one.
      'Cache-Control': 'no-cache',
      'Service-Worker-Allowed': '/',
    },
  });
}
