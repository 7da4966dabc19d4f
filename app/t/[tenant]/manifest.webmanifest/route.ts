import { councilForRoute, notFound } from '@/lib/pwa/council-for-route';
import { buildManifest } from '@/lib/pwa/manifest';

export async function GET(_req: Request, { params }: { params: Promise<{ tenant: string }> }) {
  const site = await councilForRoute(params);
  if (!site) return notFound();
  return new Response(JSON.stringify(buildManifest(site.council)), {
    headers: { 'Content-Type': 'application/manifest+json; charset=utf-8', 'Cache-Control': 'public, max-age=300' },
  });
}
