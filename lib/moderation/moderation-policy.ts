import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { councils } from '@/db/schema/councils';
import { crisisPlans } from '@/db/schema/crisis';
import { moderationSettings } from '@/db/schema/moderation';
import { afterCommit } from '@/db/with-tenant';
import { invalidateCouncil } from '@/lib/tenant/council';
import { findBannedWords } from './banned-words';

export type ModerationMode = 'post' | 'pre';

export type ModerationPolicy = {
  /** What applies now: during a crisis, the crisis plan's choice. */
  mode: ModerationMode;
  /** The council's own setting, outside crisis mode. */
  configuredMode: ModerationMode;
  bannedWords: string[];
  autoHideThreshold: number;
  crisisActive: boolean;
};

export const AUTO_HIDE_MIN = 1;
export const AUTO_HIDE_MAX = 20;

/** The council's moderation rules as they apply right now (A4, A10). */
export async function getModerationPolicy(tx: Tx, tenantId: string): Promise<ModerationPolicy> {
  const [settings] = await tx.select().from(moderationSettings).where(eq(moderationSettings.tenantId, tenantId));
  const [council] = await tx.select({ threshold: councils.autoHideThreshold }).from(councils).where(eq(councils.tenantId, tenantId));
  const [crisis] = await tx
    .select({ activeSince: crisisPlans.activeSince, preModeration: crisisPlans.preModeration })
    .from(crisisPlans)
    .where(eq(crisisPlans.tenantId, tenantId));
  const configuredMode = settings?.mode ?? 'post';
  const crisisActive = !!crisis?.activeSince;
  return {
    mode: crisisActive ? (crisis!.preModeration ? 'pre' : 'post') : configuredMode,
    configuredMode,
    bannedWords: settings?.bannedWords ?? [],
    autoHideThreshold: council?.threshold ?? 3,
    crisisActive,
  };
}

/**
 * Whether a new (or edited) post is shown at once or waits for a moderator: it waits under
 * pre-moderation, and whenever it contains a banned word.
 */
export function moderationForNewText(policy: ModerationPolicy, text: string): { moderation: 'approved' | 'pending'; bannedWords: string[] } {
  const bannedWords = findBannedWords(text, policy.bannedWords);
  return { moderation: policy.mode === 'pre' || bannedWords.length > 0 ? 'pending' : 'approved', bannedWords };
}

export async function saveModerationSettings(
  tx: Tx,
  tenantId: string,
  input: { mode: ModerationMode; autoHideThreshold: number; bannedWords: string[] },
) {
  await tx
    .insert(moderationSettings)
    .values({ tenantId, mode: input.mode, bannedWords: input.bannedWords })
    .onConflictDoUpdate({ target: moderationSettings.tenantId, set: { mode: input.mode, bannedWords: input.bannedWords, updatedAt: new Date() } });
  await tx.update(councils).set({ autoHideThreshold: input.autoHideThreshold }).where(eq(councils.tenantId, tenantId));
  afterCommit(tx, () => invalidateCouncil(tenantId));
}
