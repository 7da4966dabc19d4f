import { AppError } from '@/lib/errors';
import { canPublish, type TenantEntry } from '@/lib/tenant/directory';

/** Every posting action starts here: nothing is written while the council may not publish. */
export function requirePublishing(tenant: TenantEntry) {
  if (!canPublish(tenant)) throw new AppError('closed', `tenant ${tenant.id} cannot publish`);
}
