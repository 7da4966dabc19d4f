import { getCouncilLogo } from '@/lib/tenant/get-logo';
import { findTenantBySlug } from '@/lib/tenant/directory';

export async function GET(_req: Request, { params }: { params: Promise<{ tenant: string }> }) {
  const tenant = await findTenantBySlug((await params).tenant);
  const logo = tenant ? await getCouncilLogo(tenant.id) : null;
  if (!logo) return new Response('Not found', { status: 404 });
  return new Response(new Uint8Array(logo.data), {
    headers: {
      'Content-Type': logo.mime,
      // Versioned URLs (?v=) change when the logo does.
      'Cache-Control': 'public, max-age=3600, stale-while-revalidate=86400',
      // An SVG opened directly must not run anything.
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
