import { headers } from 'next/headers';
import type { NextRequest } from 'next/server';
import { handleStripeWebhook } from '@/lib/billing/webhook';
import { TENANT_ID_HEADER } from '@/lib/tenant/request-tenant-headers';

export const dynamic = 'force-dynamic';

/**
 * Stripe's webhook endpoint (https://admin.<root>/api/stripe/webhook or the root host). The
 * body is read raw: the signature is computed over the exact bytes Stripe sent. Never on a
 * council's host.
 */
export async function POST(req: NextRequest) {
  if ((await headers()).get(TENANT_ID_HEADER)) return Response.json({ error: 'not_found' }, { status: 404 });
  const result = await handleStripeWebhook(await req.text(), req.headers.get('stripe-signature'));
  return Response.json(result.body, { status: result.status });
}
