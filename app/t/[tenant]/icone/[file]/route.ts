import { processCache } from '@/lib/cache/process-cache';
import { councilForRoute, notFound } from '@/lib/pwa/council-for-route';
import { renderAppIcon } from '@/lib/pwa/icons';
import { parseIconFile } from '@/lib/pwa/icons-meta';
import { getCouncilLogo } from '@/lib/tenant/get-logo';

/** Rendering is a few tens of milliseconds: keep each council's icons for an hour per logo version. */
const icons = processCache<Buffer>('app-icons', 3_600_000);

export async function GET(_req: Request, { params }: { params: Promise<{ tenant: string; file: string }> }) {
  const icon = parseIconFile((await params).file);
  const site = icon ? await councilForRoute(params) : null;
  if (!icon || !site) return notFound();
  const { tenant, council } = site;
  const png = await icons.get(`${tenant.id}:${council.logoVersion}:${icon.purpose}:${icon.size}`, async () =>
    renderAppIcon(await getCouncilLogo(tenant.id), council.theme, icon.size, icon.purpose),
  );
  return new Response(new Uint8Array(png), {
    headers: { 'Content-Type': 'image/png', 'Cache-Control': 'public, max-age=86400', 'X-Content-Type-Options': 'nosniff' },
  });
}
