'use server';

import { z } from 'zod';
import type { FormState } from '@/lib/actions/form-state';
import { tenantAction } from '@/lib/actions/tenant-action';
import type { Messages } from '@/lib/i18n/fr';
import { BANNED_WORD_MAX_LENGTH, BANNED_WORDS_MAX, parseBannedWords } from '@/lib/moderation/banned-words';
import { decideOnPost, decideOnReports, reinstatePerson, REASON_MAX, suspendPerson, type ModeratorContext } from '@/lib/moderation/moderate';
import { AUTO_HIDE_MAX, AUTO_HIDE_MIN, saveModerationSettings } from '@/lib/moderation/moderation-policy';
import { rolesFor } from '@/lib/staff/console-sections';
import { submitStaffForm } from '@/lib/staff/submit-form';
import { getCouncilOrThrow } from '@/lib/tenant/council';
import { getRequestOrigin } from '@/lib/tenant/request-tenant';
import type { Tx } from '@/db/client';
import type { TenantEntry } from '@/lib/tenant/directory';
import type { CurrentUser } from '@/lib/auth/session';

const ACCESS = rolesFor('moderation');
const PAGE = '/admin/moderation';

const reason = (m: Messages) => z.string().trim().max(REASON_MAX, m.moderationAdmin.reasonTooLong).optional().default('');

async function moderator(ctx: { tx: Tx; tenant: TenantEntry; user: CurrentUser; m: Messages }): Promise<ModeratorContext> {
  return { tx: ctx.tx, tenantId: ctx.tenant.id, moderatorId: ctx.user.id, council: await getCouncilOrThrow(ctx.tenant.id), origin: await getRequestOrigin(), m: ctx.m };
}

const settings = tenantAction({
  access: ACCESS,
  input: (m) =>
    z.object({
      mode: z.enum(['post', 'pre'], m.errors.validation),
      autoHideThreshold: z.coerce.number(m.moderationAdmin.thresholdInvalid).int(m.moderationAdmin.thresholdInvalid).min(AUTO_HIDE_MIN, m.moderationAdmin.thresholdInvalid).max(AUTO_HIDE_MAX, m.moderationAdmin.thresholdInvalid),
      bannedWords: z
        .string()
        .max(20_000, m.moderationAdmin.bannedWordsInvalid)
        .optional()
        .default('')
        .transform((v) => parseBannedWords(v))
        .refine((words) => words.length <= BANNED_WORDS_MAX && words.every((w) => w.length <= BANNED_WORD_MAX_LENGTH), m.moderationAdmin.bannedWordsInvalid),
    }),
  run: async ({ tx, tenant, input }) => saveModerationSettings(tx, tenant.id, input),
  audit: ({ input }) => ({
    action: 'moderation.settings',
    targetType: 'moderation',
    details: { mode: input.mode, autoHideThreshold: input.autoHideThreshold, bannedWords: input.bannedWords.length },
  }),
});

/** A4: post- or pre-moderation, the auto-hide threshold and the banned words. */
export async function saveModerationSettingsAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submitStaffForm(settings, form, () => `${PAGE}?ok=reglages`);
}

const onPost = tenantAction({
  access: ACCESS,
  input: (m) => z.object({ postId: z.uuid(m.errors.notFound), decision: z.enum(['approve', 'hide', 'restore', 'dismiss']), reason: reason(m) }),
  run: async (ctx) => decideOnPost(await moderator(ctx), { postId: ctx.input.postId, action: ctx.input.decision, reason: ctx.input.reason }),
  audit: ({ input }, r) => ({
    action: `moderation.${input.decision}`,
    targetType: 'post',
    targetId: r.targetId,
    details: { from: r.previous, to: r.next, reportsClosed: r.reportsClosed, ...(input.reason ? { reason: input.reason } : {}) },
  }),
});

/** A4: approve, hide or restore a post (the author is told why), or dismiss its reports. */
export async function decidePostAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submitStaffForm(onPost, form, () => `${PAGE}?ok=${String(form.get('decision'))}`);
}

const onReports = tenantAction({
  access: ACCESS,
  input: (m) => z.object({ targetType: z.enum(['message', 'user']), targetId: z.uuid(m.errors.notFound), decision: z.enum(['dismiss', 'resolve']), reason: reason(m) }),
  run: async (ctx) => decideOnReports(await moderator(ctx), { targetType: ctx.input.targetType, targetId: ctx.input.targetId, action: ctx.input.decision, reason: ctx.input.reason }),
  audit: ({ input }, r) => ({ action: `moderation.${input.decision}`, targetType: input.targetType, targetId: r.targetId, details: { reportsClosed: r.reportsClosed } }),
});

/** A4: the reports about a message or a person, dealt with or dismissed. */
export async function decideReportsAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submitStaffForm(onReports, form, () => `${PAGE}?ok=${String(form.get('decision'))}`);
}

const suspend = tenantAction({
  access: ACCESS,
  input: (m) => z.object({ userId: z.uuid(m.errors.notFound), reason: reason(m) }),
  run: async (ctx) => suspendPerson(await moderator(ctx), { userId: ctx.input.userId, reason: ctx.input.reason }),
  audit: ({ input }, r) => ({ action: 'moderation.suspend', targetType: 'user', targetId: r.targetId, details: { reason: input.reason, reportsClosed: r.reportsClosed } }),
});

/** A4: suspends a resident with a reason; they are signed out everywhere at once. */
export async function suspendPersonAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submitStaffForm(suspend, form, () => `${PAGE}?ok=suspend`);
}

const reinstate = tenantAction({
  access: ACCESS,
  input: (m) => z.object({ userId: z.uuid(m.errors.notFound), reason: reason(m) }),
  run: async (ctx) => reinstatePerson(await moderator(ctx), { userId: ctx.input.userId, reason: ctx.input.reason }),
  audit: ({ input }, r) => ({ action: 'moderation.reinstate', targetType: 'user', targetId: r.targetId, details: input.reason ? { reason: input.reason } : {} }),
});

export async function reinstatePersonAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submitStaffForm(reinstate, form, () => `${PAGE}?ok=reinstate`);
}
