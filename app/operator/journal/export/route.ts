import type { NextRequest } from 'next/server';
import { auditCsv } from '@/lib/operator/audit';
import { getCurrentOperator } from '@/lib/operator/operator-session';
import { auditFilterFrom } from '../filter';

export const dynamic = 'force-dynamic';

/** O7: the audit log, with the page's filters, as CSV. */
export async function GET(req: NextRequest) {
  if (!(await getCurrentOperator())) return new Response('Not found', { status: 404 });
  const filter = auditFilterFrom(Object.fromEntries(req.nextUrl.searchParams));
  const body = await auditCsv(filter);
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="journal-operateur-${stamp}.csv"`,
      'cache-control': 'no-store',
    },
  });
}
