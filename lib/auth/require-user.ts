import 'server-only';
import { redirect } from 'next/navigation';
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
