import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { Messages } from '@/lib/i18n/fr';
import { format } from '@/lib/i18n/messages';
import { councilDefinitionSchema, TENANTS_DIR, type CouncilDefinition, type TenantFolder } from '@/lib/tenant/definition';
import { subdomainProblem } from '@/lib/tenant/subdomain';

const presetsSchema = z.object({
  residentsLabel: z.string(),
  welcomeTitle: z.string(),
  welcomeText: z.string(),
  charter: z.array(z.string()).min(1),
  publisher: z.object({ commune: z.string(), intercommunalite: z.string(), departement: z.string() }),
  hostedBy: z.string(),
  categoryPresets: z.record(z.string(), z.object({ label: z.string(), description: z.string(), categories: z.array(z.string()).min(1) })),
});
export type Presets = z.infer<typeof presetsSchema>;

export async function loadPresets(dir = TENANTS_DIR): Promise<Presets> {
  return presetsSchema.parse(JSON.parse(await readFile(path.join(dir, 'presets.json'), 'utf8')));
}

/** Metropolitan France: positions are stored in Lambert-93, which covers it (see README). */
export const FRANCE_BOUNDS = { minLat: 41.2, maxLat: 51.2, minLng: -5.3, maxLng: 9.7 };

const hex = /^#[0-9a-fA-F]{6}$/;
const number = (message: string) =>
  z.preprocess((v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : Number(v.trim().replace(',', '.'))) : v), z.number(message).refine(Number.isFinite, message));

/**
 * What the onboarding wizard and `npm run tenant -- create` ask for (O2), with the sentences
 * shown next to each field. One schema for both, so both refuse the same things.
 */
export function councilInputSchema(m: Messages, presetKeys: readonly string[]) {
  const w = m.operator.wizard.errors;
  return z.object({
    name: z.string().trim().min(2, w.name).max(120, w.name),
    kind: z.enum(['commune', 'intercommunalite', 'departement'], w.kind),
    inseeCode: z.string().trim().toUpperCase().regex(/^(\d[\dAB]\d{3}|\d{2,3})$/, w.inseeCode),
    population: number(w.population).pipe(z.number().int(w.population).min(1, w.population).max(15_000_000, w.population)),
    slug: z
      .string()
      .trim()
      .toLowerCase()
      .superRefine((value, ctx) => {
        const problem = subdomainProblem(value);
        if (problem) ctx.addIssue({ code: 'custom', message: w.slug[problem] });
      }),
    centreLat: number(w.centre).pipe(z.number().min(FRANCE_BOUNDS.minLat, w.centre).max(FRANCE_BOUNDS.maxLat, w.centre)),
    centreLng: number(w.centre).pipe(z.number().min(FRANCE_BOUNDS.minLng, w.centre).max(FRANCE_BOUNDS.maxLng, w.centre)),
    radiusKm: number(w.radius).pipe(z.number().min(0.5, w.radius).max(100, w.radius)),
    primary: z.string().trim().regex(hex, w.colour),
    accent: z.string().trim().regex(hex, w.colour),
    font: z.enum(['sans', 'serif', 'rounded'], w.font).default('sans'),
    preset: z.string().refine((v) => presetKeys.includes(v), w.preset),
    adminEmail: z.string().trim().toLowerCase().max(254, w.adminEmail).pipe(z.email(w.adminEmail)),
  });
}

/** The first admin is invited separately; a council defined from the command line may have none yet. */
export type CouncilInput = Omit<z.output<ReturnType<typeof councilInputSchema>>, 'adminEmail'> & { adminEmail?: string };

/** WCAG relative luminance of #RRGGBB. */
export function luminance(colour: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(colour.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** White or black, whichever reads better on `background` (always ≥ 4.5:1, WCAG AA). */
export function textColourOn(background: string): string {
  return contrastRatio(background, '#FFFFFF') >= contrastRatio(background, '#000000') ? '#FFFFFF' : '#000000';
}

/** The wizard's answers as a council definition, for the same importTenant as tenants/<slug>/. */
export function definitionFromInput(input: CouncilInput, presets: Presets): CouncilDefinition {
  const preset = presets.categoryPresets[input.preset];
  if (!preset) throw new Error(`Unknown category preset ${input.preset}`);
  const shortName = input.name.length <= 40 ? input.name : input.name.slice(0, 40).replace(/[\s-]+\S*$/, '');
  return councilDefinitionSchema.parse({
    slug: input.slug,
    name: input.name,
    shortName,
    kind: input.kind,
    inseeCode: input.inseeCode,
    population: input.population,
    residentsLabel: presets.residentsLabel,
    centre: { lat: input.centreLat, lng: input.centreLng },
    defaultRadiusKm: input.radiusKm,
    theme: {
      primary: input.primary.toUpperCase(),
      onPrimary: textColourOn(input.primary),
      accent: input.accent.toUpperCase(),
      onAccent: textColourOn(input.accent),
      surface: '#FFFFFF',
      text: '#000000',
      font: input.font,
    },
    welcomeTitle: format(presets.welcomeTitle, { name: input.name }).slice(0, 120),
    welcomeText: presets.welcomeText,
    charter: presets.charter,
    legal: {
      publisher: format(presets.publisher[input.kind], { name: input.name }),
      address: '',
      privacyContact: input.adminEmail ?? '',
      hostedBy: presets.hostedBy,
    },
    categories: preset.categories,
  });
}

export function folderFromInput(input: CouncilInput, presets: Presets, logo: TenantFolder['logo']): TenantFolder {
  return { definition: definitionFromInput(input, presets), logo, boundary: null, quartiers: [] };
}

/** PNG, JPEG or WebP, recognised by their first bytes (not by what the browser claims), ≤ 512 KB. */
export const LOGO_MAX_BYTES = 512 * 1024;
export function sniffLogo(data: Buffer): string | null {
  if (data.length >= 8 && data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'image/jpeg';
  if (data.length >= 12 && data.subarray(0, 4).toString('ascii') === 'RIFF' && data.subarray(8, 12).toString('ascii') === 'WEBP') return 'image/webp';
  return null;
}
