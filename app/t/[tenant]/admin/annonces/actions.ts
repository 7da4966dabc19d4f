'use server';

import { z } from 'zod';
import type { FormState } from '@/lib/actions/form-state';
import { tenantAction } from '@/lib/actions/tenant-action';
import { endAnnouncement, publishAnnouncement } from '@/lib/announcements/announcements';
import { AppError } from '@/lib/errors';
import { isWithinCouncilArea } from '@/lib/geo/council-area';
import { toMetric } from '@/lib/geo/lambert93';
import { format } from '@/lib/i18n/messages';
import { todayInFrance } from '@/lib/posts/post-input';
import { rolesFor } from '@/lib/staff/console-sections';
import { submitStaffForm } from '@/lib/staff/submit-form';
import { getCouncilOrThrow } from '@/lib/tenant/council';
import { getRequestOrigin } from '@/lib/tenant/request-tenant';

const ACCESS = rolesFor('announcements');
const PAGE = '/admin/annonces';
const MAX_DAYS_AHEAD = 366;

function daysFromToday(isoDate: string) {
  return Math.round((Date.parse(`${isoDate}T12:00:00Z`) - Date.parse(`${todayInFrance()}T12:00:00Z`)) / 86_400_000);
}

const publish = tenantAction({
  access: ACCESS,
  input: (m) => {
    const t = m.announcementsAdmin;
    return z
      .object({
        title: z.string().trim().min(3, t.titleInvalid).max(120, t.titleInvalid),
        body: z.string().trim().min(3, t.bodyInvalid).max(1000, t.bodyInvalid),
        lastDay: z
          .string()
          .trim()
          .optional()
          .default('')
          .refine((v) => v === '' || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T12:00:00Z`)) && daysFromToday(v) >= 0 && daysFromToday(v) <= MAX_DAYS_AHEAD), t.endsAtInvalid),
        audience: z.enum(['none', 'all', 'radius'], m.errors.validation),
        centre: z.enum(['council', 'map']).optional().default('council'),
        radiusKm: z.string().optional().default(''),
        lat: z.string().optional().default(''),
        lng: z.string().optional().default(''),
      })
      .transform((input, ctx) => {
        if (input.audience !== 'radius') return { ...input, radius: null };
        const km = Number(input.radiusKm.replace(',', '.'));
        if (!input.radiusKm || !Number.isFinite(km) || km < 0.1 || km > 50) ctx.addIssue({ code: 'custom', path: ['radiusKm'], message: t.radiusInvalid });
        let point: { lat: number; lng: number } | null = null;
        if (input.centre === 'map') {
          const lat = Number(input.lat);
          const lng = Number(input.lng);
          if (!input.lat || !input.lng || !Number.isFinite(lat) || !Number.isFinite(lng) || Math.abs(lat) > 90 || Math.abs(lng) > 180) {
            ctx.addIssue({ code: 'custom', path: ['centre'], message: t.pointMissing });
          } else point = { lat, lng };
        }
        return { ...input, radius: { km, point } };
      });
  },
  run: async ({ tx, tenant, user, input, m }) => {
    let centre: { lat: number; lng: number } | undefined;
    if (input.radius) {
      const council = await getCouncilOrThrow(tenant.id);
      centre = input.radius.point ?? { lat: council.centreLat, lng: council.centreLng };
      if (!isWithinCouncilArea(toMetric(centre), council)) {
        throw new AppError('validation', 'point outside', { centre: format(m.announcementsAdmin.pointOutside, { council: council.name }) });
      }
    }
    return publishAnnouncement(
      tx,
      tenant.id,
      user.id,
      { title: input.title, body: input.body, lastDay: input.lastDay || null, audience: input.audience, centre, radiusKm: input.radius?.km },
      { origin: await getRequestOrigin() },
    );
  },
  audit: ({ input }, a) => ({
    action: 'announcements.publish',
    targetType: 'announcement',
    targetId: a.id,
    details: { title: a.title, audience: a.audience, ...(input.lastDay ? { lastDay: input.lastDay } : {}), ...(a.radiusM ? { radiusM: a.radiusM } : {}) },
  }),
});

/** A6: a banner on every page of the site, optionally emailed (a job, in batches). */
export async function publishAnnouncementAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submitStaffForm(publish, form, (a) => `${PAGE}?ok=${a.audience === 'none' ? 'publiee' : 'envoi'}`);
}

const end = tenantAction({
  access: ACCESS,
  input: (m) => z.object({ announcementId: z.uuid(m.errors.notFound) }),
  run: async ({ tx, tenant, input, m }) => {
    try {
      return await endAnnouncement(tx, tenant.id, input.announcementId);
    } catch (error) {
      if (error instanceof AppError && error.code === 'validation') throw new AppError('validation', error.message, { _: m.announcementsAdmin.alreadyEnded });
      throw error;
    }
  },
  audit: (_ctx, a) => ({ action: 'announcements.end', targetType: 'announcement', targetId: a.id, details: { title: a.title } }),
});

export async function endAnnouncementAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submitStaffForm(end, form, () => `${PAGE}?ok=retiree`);
}
