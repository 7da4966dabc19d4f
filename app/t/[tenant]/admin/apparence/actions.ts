'use server';

import { z } from 'zod';
import type { FormState } from '@/lib/actions/form-state';
import { tenantAction } from '@/lib/actions/tenant-action';
import { AppError } from '@/lib/errors';
import { discardBrandingDraft, publishBrandingDraft, saveBrandingDraft, type DraftLogo } from '@/lib/staff/branding';
import { brandingInputSchema, THEME_COLOUR_KEYS } from '@/lib/staff/branding-input';
import { rolesFor } from '@/lib/staff/console-sections';
import { isHexColour } from '@/lib/staff/contrast';
import { checkLogoFile } from '@/lib/staff/logo-decode';
import { submitStaffForm } from '@/lib/staff/submit-form';

const ACCESS = rolesFor('branding');

/**
 * The published colours come back as hidden fields (`was-primary`…): they only tell which
 * colour of a failing pair the admin changed, so the suggestion is for that one. A tampered
 * value changes nothing but the suggestion.
 */
function publishedTheme(raw: Record<string, unknown>) {
  const theme = Object.fromEntries(THEME_COLOUR_KEYS.map((k) => [k, String(raw[`was-${k}`] ?? '')]));
  return THEME_COLOUR_KEYS.every((k) => isHexColour(theme[k]!)) ? (theme as Record<(typeof THEME_COLOUR_KEYS)[number], string>) : undefined;
}

function isFile(value: unknown): value is File {
  return typeof File !== 'undefined' && value instanceof File;
}

const saveDraft = tenantAction({
  access: ACCESS,
  input: (m) =>
    z
      .custom<Record<string, unknown>>((v) => typeof v === 'object' && v !== null)
      .transform((raw, ctx) => {
        const parsed = brandingInputSchema(m, publishedTheme(raw)).safeParse(raw);
        if (!parsed.success) {
          for (const issue of parsed.error.issues) ctx.addIssue({ ...issue, code: 'custom' } as never);
          return z.NEVER;
        }
        // A file input left empty still sends an empty file: that means "keep the logo".
        const logo = raw.logo;
        return { ...parsed.data, logo: isFile(logo) && logo.size > 0 ? logo : null };
      }),
  run: async ({ tx, tenant, user, input, m }) => {
    let logo: DraftLogo = input.removeLogo ? { kind: 'remove' } : { kind: 'keep' };
    if (input.logo) {
      // Checked by its bytes (and decoded), never by its name or the type the browser sent.
      const bytes = new Uint8Array(await input.logo.arrayBuffer());
      const check = await checkLogoFile(bytes);
      if (!check.ok) throw new AppError('validation', `logo ${check.reason}`, { logo: m.brandingAdmin.logoErrors[check.reason] });
      logo = { kind: 'new', data: Buffer.from(bytes), mime: check.mime };
    }
    const { logo: _file, removeLogo: _remove, ...values } = input;
    await saveBrandingDraft(tx, tenant.id, user.id, values, logo);
    return { logo: logo.kind };
  },
  audit: (_ctx, r) => ({ action: 'branding.draft', targetType: 'council', details: { logo: r.logo } }),
});

/** A2: saves the draft (checked: texts, links, contrast, logo) and shows its preview. */
export async function saveBrandingDraftAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submitStaffForm(saveDraft, form, () => '/admin/apparence/apercu?ok=brouillon');
}

const publish = tenantAction({
  access: ACCESS,
  input: () => z.object({}),
  run: async ({ tx, tenant }) => publishBrandingDraft(tx, tenant.id),
  audit: (_ctx, r) => ({ action: 'branding.publish', targetType: 'council', details: { changed: r.changed } }),
});

export async function publishBrandingAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submitStaffForm(publish, form, () => '/admin/apparence?ok=publie');
}

const discard = tenantAction({
  access: ACCESS,
  input: () => z.object({}),
  run: async ({ tx, tenant }) => discardBrandingDraft(tx, tenant.id),
  audit: () => ({ action: 'branding.discard', targetType: 'council' }),
});

export async function discardBrandingDraftAction(_prev: FormState, form: FormData): Promise<FormState> {
  return submitStaffForm(discard, form, () => '/admin/apparence?ok=abandonne');
}
