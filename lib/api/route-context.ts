import 'server-only';
import { getCurrentUser, isOnboarded, type CurrentUser } from '@/lib/auth/session';
import { AppError, HTTP_STATUS } from '@/lib/errors';
import { log } from '@/lib/log/logger';
import { isTenantClosed, type TenantEntry } from '@/lib/tenant/directory';
import { getRequestTenant } from '@/lib/tenant/request-tenant';

/**
 * For JSON route handlers on a council's host: resolves the council from the request and the
 * signed-in, onboarded person, and turns errors into a status with a stable code.
 */
export async function withSignedInRoute(handler: (ctx: { tenant: TenantEntry; user: CurrentUser }) => Promise<Response>): Promise<Response> {
  try {
    const tenant = await getRequestTenant();
    if (isTenantClosed(tenant)) throw new AppError('closed');
    const user = await getCurrentUser(tenant.id);
    if (!user || !isOnboarded(user)) throw new AppError('unauthenticated');
    return await handler({ tenant, user });
  } catch (error) {
    if (error instanceof AppError) return Response.json({ error: error.code }, { status: HTTP_STATUS[error.code] });
    log('error', 'route failed', { error });
    return Response.json({ error: 'internal' }, { status: 500 });
  }
}
