import { z } from 'zod';
import type { CouncilTheme } from '@/db/schema/councils';
import type { Messages } from '@/lib/i18n/fr';
import { format } from '@/lib/i18n/messages';
import type { BrandingValues } from './branding';
import { checkThemeContrast, formatRatio, isHexColour, type ThemeColourKey } from './contrast';

import { FONTS, FOOTER_LINKS_MAX, THEME_COLOUR_KEYS } from './branding-fields';

export { FONTS, FOOTER_LINKS_MAX, THEME_COLOUR_KEYS };

const LIMITS = {
  name: [2, 120],
  shortName: [2, 40],
  welcomeTitle: [2, 120],
  welcomeText: [2, 600],
  publisher: [2, 200],
  address: [2, 300],
  privacyContact: [2, 200],
  hostedBy: [2, 300],
} as const;

const footerField = (input: object, name: 'footerLabel' | 'footerUrl', i: number) => ((input as Record<string, unknown>)[`${name}-${i}`] as string | undefined) ?? '';

function text(key: keyof typeof LIMITS, m: Messages) {
  const [min, max] = LIMITS[key];
  const message = format(m.brandingAdmin.textLength, { min, max });
  return z.string().trim().min(min, message).max(max, message);
}

/**
 * The appearance form (A2) as zod reads it: every text with its limits, colours as #RRGGBB,
 * footer links as pairs (an empty pair is no link), and each colour pair at WCAG AA contrast
 * — or an error that gives the ratio and a nearby colour that passes. `published` is the theme
 * on the site now: the colour the admin changed is the one we suggest changing.
 */
export function brandingInputSchema(m: Messages, published?: Pick<CouncilTheme, ThemeColourKey>) {
  const colour = z
    .string()
    .trim()
    .refine(isHexColour, m.brandingAdmin.colourFormat)
    .transform((v) => v.toUpperCase());
  const footer = Object.fromEntries(
    Array.from({ length: FOOTER_LINKS_MAX }, (_, i) => [
      [`footerLabel-${i}`, z.string().trim().max(60, format(m.brandingAdmin.textLength, { min: 1, max: 60 })).optional().default('')],
      [`footerUrl-${i}`, z.string().trim().max(500, m.brandingAdmin.footerUrlInvalid).optional().default('')],
    ]).flat(),
  ) as Record<string, z.ZodDefault<z.ZodOptional<z.ZodString>>>;

  return z
    .object({
      name: text('name', m),
      shortName: text('shortName', m),
      welcomeTitle: text('welcomeTitle', m),
      welcomeText: text('welcomeText', m),
      ...Object.fromEntries(THEME_COLOUR_KEYS.map((k) => [k, colour])) as Record<ThemeColourKey, typeof colour>,
      font: z.enum(FONTS, m.staffTeam.roleInvalid),
      publisher: text('publisher', m),
      address: text('address', m),
      privacyContact: text('privacyContact', m),
      hostedBy: text('hostedBy', m),
      removeLogo: z.literal('on').optional(),
      ...footer,
    })
    .superRefine((input, ctx) => {
      for (let i = 0; i < FOOTER_LINKS_MAX; i++) {
        const label = footerField(input, 'footerLabel', i);
        const url = footerField(input, 'footerUrl', i);
        if (!label && !url) continue;
        if (!/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(url) || !URL.canParse(url)) ctx.addIssue({ code: 'custom', path: [`footerUrl-${i}`], message: m.brandingAdmin.footerUrlInvalid });
        if (!label) ctx.addIssue({ code: 'custom', path: [`footerLabel-${i}`], message: m.brandingAdmin.footerLabelMissing });
      }
      const theme = Object.fromEntries(THEME_COLOUR_KEYS.map((k) => [k, input[k]])) as Record<ThemeColourKey, string>;
      if (!THEME_COLOUR_KEYS.every((k) => isHexColour(theme[k]))) return;
      for (const failure of checkThemeContrast(theme, published)) {
        ctx.addIssue({
          code: 'custom',
          path: [failure.adjust],
          message: format(m.brandingAdmin.contrastError, {
            ratio: formatRatio(failure.ratio).replace('.', m.brandingAdmin.decimal),
            a: m.brandingAdmin.colourNames[failure.adjust],
            b: m.brandingAdmin.colourNames[failure.keep],
            suggestion: failure.suggestion,
          }),
        });
      }
    })
    .transform((input): BrandingValues & { removeLogo: boolean } => ({
      name: input.name,
      shortName: input.shortName,
      welcomeTitle: input.welcomeTitle,
      welcomeText: input.welcomeText,
      theme: {
        primary: input.primary,
        onPrimary: input.onPrimary,
        accent: input.accent,
        onAccent: input.onAccent,
        surface: input.surface,
        text: input.text,
        font: input.font,
      },
      legal: { publisher: input.publisher, address: input.address, privacyContact: input.privacyContact, hostedBy: input.hostedBy },
      footerLinks: Array.from({ length: FOOTER_LINKS_MAX }, (_, i) => ({ label: footerField(input, 'footerLabel', i), url: footerField(input, 'footerUrl', i) })).filter(
        (l) => l.label && l.url,
      ),
      removeLogo: input.removeLogo === 'on',
    }));
}
