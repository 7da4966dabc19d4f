import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { notificationPreferences } from '@/db/schema/notifications';
import type { NotificationKind } from './unsubscribe';

export type NotificationMode = 'instant' | 'daily' | 'off';

/** What a person gets before choosing: everything about their own posts and messages at once,
 * matching needs at once too (that is why they recorded a standing offer). */
export const DEFAULT_MODES: Record<NotificationKind, NotificationMode> = {
  response: 'instant',
  message: 'instant',
  match: 'instant',
  expiry: 'instant',
  announcement: 'instant',
};

export async function getNotificationModes(tx: Tx, tenantId: string, userId: string): Promise<Record<NotificationKind, NotificationMode>> {
  const rows = await tx
    .select({ kind: notificationPreferences.kind, mode: notificationPreferences.mode })
    .from(notificationPreferences)
    .where(and(eq(notificationPreferences.tenantId, tenantId), eq(notificationPreferences.userId, userId)));
  const modes = { ...DEFAULT_MODES };
  for (const r of rows) modes[r.kind] = r.mode;
  return modes;
}

export async function setNotificationMode(tx: Tx, tenantId: string, userId: string, kind: NotificationKind, mode: NotificationMode) {
  await tx
    .insert(notificationPreferences)
    .values({ tenantId, userId, kind, mode })
    .onConflictDoUpdate({
      target: [notificationPreferences.tenantId, notificationPreferences.userId, notificationPreferences.kind],
      set: { mode },
    });
}
