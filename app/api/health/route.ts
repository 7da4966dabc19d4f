import { sql } from 'drizzle-orm';
import { getDatabase } from '@/db/client';

export const dynamic = 'force-dynamic';

/** For load balancers and uptime checks: 200 when the database answers. */
export async function GET() {
  const started = Date.now();
  try {
    const db = await getDatabase();
    await db.app.execute(sql`select 1`);
    return Response.json({ status: 'ok', database: db.kind, latencyMs: Date.now() - started });
  } catch {
    return Response.json({ status: 'error', database: 'unreachable' }, { status: 503 });
  }
}
