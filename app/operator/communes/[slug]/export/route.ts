import { headers } from 'next/headers';
import type { NextRequest } from 'next/server';
import { getCouncilDetails } from '@/lib/operator/council-details';
import { exportTenant } from '@/lib/operator/export-tenant';
import { getCurrentOperator } from '@/lib/operator/operator-session';
import { CANONICAL_HOST_HEADER } from '@/lib/tenant/request-tenant-headers';

export const dynamic = 'force-dynamic';

/**
 * O5: downloads all of a council's data as a ZIP. A POST from the console's own form (its
 * Origin is checked), because it is recorded in the audit log and enables deletion.
 */
export async function POST(req: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const operator = await getCurrentOperator();
  if (!operator) return new Response('Not found', { status: 404 });
  const host = (await headers()).get(CANONICAL_HOST_HEADER);
  const origin = req.headers.get('origin');
  if (!origin || !host || new URL(origin).host !== host) return new Response('Forbidden', { status: 403 });
  const details = await getCouncilDetails((await params).slug);
  if (!details) return new Response('Not found', { status: 404 });
  const { filename, data, sha256 } = await exportTenant(details.tenant.id, { id: operator.id, label: operator.email });
  return new Response(new Uint8Array(data), {
    headers: {
      'content-type': 'application/zip',
      'content-disposition': `attachment; filename="${filename}"`,
      'content-length': String(data.length),
      'cache-control': 'no-store',
      'x-content-sha256': sha256,
    },
  });
}
