import { eq } from 'drizzle-orm';
import { councils } from '@/db/schema/councils';
import { withTenant } from '@/db/with-tenant';

export async function getCouncilLogo(tenantId: string): Promise<{ data: Buffer; mime: string } | null> {
  const [row] = await withTenant(tenantId, (tx) =>
    tx.select({ data: councils.logoData, mime: councils.logoMime }).from(councils).where(eq(councils.tenantId, tenantId)),
  );
  return row?.data && row.mime ? { data: row.data, mime: row.mime } : null;
}
