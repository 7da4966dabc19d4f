import 'server-only';
import { notFound, redirect } from 'next/navigation';
import type { UserRole } from '@/lib/actions/roles';
import { getCurrentUser, isOnboarded, type CurrentUser } from './session';

/**
 * For pages only a signed-in resident may see: sends others to sign in (then back here), and
 * new accounts through the welcome step first.
 */
export async function requireResident(tenantId: string, path: string): Promise<CurrentUser> {
  const user = await getCurrentUser(tenantId);
  if (!user) redirect(`/connexion?suite=${encodeURIComponent(path)}`);
  if (!isOnboarded(user)) redirect(`/bienvenue?suite=${encodeURIComponent(path)}`);
  return user;
}

/**
 * For the staff console (/admin): the person must hold one of the roles; anyone else gets a
 * 404, so the console's existence is not advertised to residents.
 */
export async function requireStaff(tenantId: string, path: string, roles: readonly UserRole[]): Promise<CurrentUser> {
  const user = await requireResident(tenantId, path);
  if (!roles.includes(user.role)) notFound();
  return user;
}
