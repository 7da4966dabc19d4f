'use server';

import { z } from 'zod';
import type { FormState } from '@/lib/actions/form-state';
import { tenantAction } from '@/lib/actions/tenant-action';
import { activateCrisis, CRISIS_BANNER_MAX, CRISIS_BANNER_MIN, deactivateCrisis, saveCrisisPlan } from '@/lib/crisis/crisis-mode';
import { rolesFor } from '@/lib/staff/console-sections';
import { submitStaffForm } from '@/lib/staff/submit-form';
import { getRequestOrigin } from '@/lib/tenant/request-tenant';

const ACCESS = rolesFor('crisis');
const PAGE = '/admin/crise';

const savePlan = tenantAction({
  access: ACCESS,
  input: (m) => {
    const t = m.crisisAdmin;
    return z
      .object({
        bannerText: z
          .string()
          .trim()
          .max(CRISIS_BANNER_MAX, t.bannerInvalid)
          .refine((v) => v === '' || v.length >= CRISIS_BANNER_MIN, t.bannerInvalid),
        categoryIds: z
          .union([z.string(), z.array(z.string())])
          .optional()
          .transform((v) => [v ?? []].flat())
          .pipe(z.array(z.uuid(m.errors.notFound)).max(50)),
        preModeration: z.enum(['on', 'off']),
        announcementTitle: z.string().trim().max(120, t.announcementIncomplete).optional().default(''),
        announcementBody: z.string().trim().max(1000, t.announcementIncomplete).optional().default(''),
        announcementEmail: z.literal('on').optional(),
      })
      .superRefine((input, ctx) => {
        const title = input.announcementTitle;
        const body = input.announcementBody;
        if ((title || body) && (title.length < 3 || body.length < 3)) {
          ctx.addIssue({ code: 'custom', path: [title.length < 3 ? 'announcementTitle' : 'announcementBody'], message: t.announcementIncomplete });
        }
      });
  },
  run: async ({ tx, tenant, input }) =>
    saveCrisisPlan(tx, tenant.id, {
      bannerText: input.bannerText,
      categoryIds: input.categoryIds,
      preModeration: input.preModeration === 'on',
      announcementTitle: input.announcementTitle,
      announcementBody: input.announcementBody,
      announcementAudience: input.announcementEmail === 'on' ? 'all' : 'none',
    }),
  audit: ({ input }, r) => ({
    action: 'crisis.plan',
    targetType: 'crisis',
    details: { banner: input.bannerText, categories: r.categoryIds.length, preModeration: input.preModeration === 'on', announcement: input.announcementTitle || null, email: input.announcementEmail === 'on' },
  }),
});

/** A10: the plan prepared in advance. */
export async function saveCrisisPlanAction(_prev: FormState, form: FormData): Promise<FormState> {
  const state = await submitStaffForm(savePlan, form, () => `${PAGE}?ok=plan`);
  // The ticked categories are several values of one field: give them all back to the form.
  return { ...state, values: { ...state.values, categoryIdsAll: form.getAll('categoryIds').filter((v) => typeof v === 'string').join(',') } };
}

const confirmed = (message: string) => z.object({ confirm: z.literal('oui', message) });

const on = tenantAction({
  access: ACCESS,
  input: (m) => confirmed(m.crisisAdmin.confirmRequired),
  run: async ({ tx, tenant, user, m }) => activateCrisis(tx, tenant.id, user.id, await getRequestOrigin(), m),
  audit: (_ctx, r) => ({ action: 'crisis.on', targetType: 'crisis', details: { announcement: r.announcementId, emailed: r.emailed } }),
});

/** A10: crisis mode on, in one action, after the confirmation step. */
export async function activateCrisisAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submitStaffForm(on, form, () => `${PAGE}?ok=active`);
}

const off = tenantAction({
  access: ACCESS,
  input: (m) => confirmed(m.crisisAdmin.confirmRequired),
  run: async ({ tx, tenant, m }) => deactivateCrisis(tx, tenant.id, m),
  audit: (_ctx, r) => ({ action: 'crisis.off', targetType: 'crisis', details: { since: r.since.toISOString(), announcement: r.announcementId } }),
});

export async function deactivateCrisisAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submitStaffForm(off, form, () => `${PAGE}?ok=veille`);
}
