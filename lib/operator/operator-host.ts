import 'server-only';
import { headers } from 'next/headers';
import { OPERATOR_HEADER } from '@/lib/tenant/request-tenant-headers';

/** middleware.ts sets this header (and strips any a client sends) only on admin.<root>. */
export async function isOperatorHost(): Promise<boolean> {
  return (await headers()).get(OPERATOR_HEADER) === '1';
}
