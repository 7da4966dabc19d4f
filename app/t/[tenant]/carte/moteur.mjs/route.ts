import { maplibreWorkerSource } from '@/lib/map/maplibre-worker';
import { findTenantBySlug } from '@/lib/tenant/directory';

/** MapLibre's worker script, from the council's own origin (the URL carries the library version). */
export async function GET(_req: Request, { params }: { params: Promise<{ tenant: string }> }) {
  if (!(await findTenantBySlug((await params).tenant))) return new Response('Not found', { status: 404 });
  return new Response(new Uint8Array(maplibreWorkerSource()), {
    headers: {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': 'public, max-age=31536000, immutable',
    },
  });
}
