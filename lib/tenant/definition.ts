import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

export const CATEGORY_ICONS = [
  'basket', 'laptop', 'file-text', 'pill', 'sprout', 'dog', 'phone', 'package', 'book', 'utensils',
  'car', 'heart', 'hand', 'home', 'users', 'wrench', 'leaf', 'bell',
] as const;

const hexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'une couleur au format #RRGGBB');
const slug = z
  .string()
  .min(2)
  .max(40)
  .regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, 'lettres minuscules, chiffres et tirets');

export const catalogueEntrySchema = z.object({
  key: z.string().regex(/^[a-z0-9-]+$/),
  label: z.string().min(2).max(60),
  icon: z.enum(CATEGORY_ICONS),
  description: z.string().max(200),
});

export const themeSchema = z.object({
  primary: hexColour,
  onPrimary: hexColour,
  accent: hexColour,
  onAccent: hexColour,
  surface: hexColour,
  text: hexColour,
  font: z.enum(['sans', 'serif', 'rounded']),
});

const lngLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const polygonSchema = z.object({ type: z.literal('Polygon'), coordinates: z.array(z.array(lngLat).min(4)).min(1) });

export const quartiersSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      properties: z.object({ name: z.string().min(1).max(80), centre: lngLat }),
      geometry: polygonSchema,
    }),
  ),
});

export const boundarySchema = z.object({
  type: z.literal('Feature'),
  properties: z.record(z.string(), z.unknown()).default({}),
  geometry: polygonSchema,
});

/** `tenants/<slug>/council.json`: a council declared as data. */
export const councilDefinitionSchema = z.object({
  slug,
  name: z.string().min(2).max(120),
  shortName: z.string().min(2).max(40),
  kind: z.enum(['commune', 'intercommunalite', 'departement']),
  inseeCode: z.string().regex(/^(\d[\dAB]\d{3}|\d{2,3})$/, 'code INSEE de commune (5 caractères) ou de département'),
  population: z.number().int().positive(),
  residentsLabel: z.string().min(2).max(60),
  centre: z.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) }),
  defaultRadiusKm: z.number().positive().max(100),
  postExpiryDays: z.number().int().min(1).max(365).default(30),
  theme: themeSchema,
  logo: z.string().optional(),
  welcomeTitle: z.string().min(2).max(120),
  welcomeText: z.string().min(2).max(600),
  charter: z.array(z.string().min(2).max(300)).min(1).max(15),
  legal: z.object({
    publisher: z.string(),
    address: z.string(),
    privacyContact: z.string(),
    hostedBy: z.string(),
  }),
  footerLinks: z.array(z.object({ label: z.string().min(1).max(60), url: z.url() })).max(8).default([]),
  categories: z.array(z.string()).default([]),
  ownCategories: z.array(catalogueEntrySchema).default([]),
  boundary: z.string().optional(),
  quartiers: z.string().optional(),
});

export type CouncilDefinition = z.infer<typeof councilDefinitionSchema>;
export type CatalogueEntry = z.infer<typeof catalogueEntrySchema>;

export type TenantFolder = {
  definition: CouncilDefinition;
  logo: { data: Buffer; mime: string } | null;
  boundary: z.infer<typeof boundarySchema> | null;
  quartiers: z.infer<typeof quartiersSchema>['features'];
};

export const TENANTS_DIR = path.join(process.cwd(), 'tenants');

const LOGO_TYPES: Record<string, string> = { '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.webp': 'image/webp' };

async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`);
  }
}

function parseOrExplain<T>(schema: z.ZodType<T>, value: unknown, file: string): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    const details = result.error.issues.map((i) => `  - ${i.path.join('.') || '(racine)'} : ${i.message}`).join('\n');
    throw new Error(`${file} n'est pas valide :\n${details}`);
  }
  return result.data;
}

export async function loadCatalogue(dir = TENANTS_DIR): Promise<CatalogueEntry[]> {
  const file = path.join(dir, 'catalogue.json');
  return parseOrExplain(z.array(catalogueEntrySchema), await readJson(file), file);
}

/** Reads and validates a council folder; every problem is reported with its file and field. */
export async function loadTenantFolder(folder: string): Promise<TenantFolder> {
  const file = path.join(folder, 'council.json');
  const definition = parseOrExplain(councilDefinitionSchema, await readJson(file), file);
  const catalogue = await loadCatalogue(path.dirname(folder));
  const unknown = definition.categories.filter((key) => !catalogue.some((c) => c.key === key));
  if (unknown.length) throw new Error(`${file}: catégories absentes du catalogue : ${unknown.join(', ')}`);

  let logo: TenantFolder['logo'] = null;
  if (definition.logo) {
    const mime = LOGO_TYPES[path.extname(definition.logo).toLowerCase()];
    if (!mime) throw new Error(`${file}: logo ${definition.logo} : format non pris en charge`);
    logo = { data: await readFile(path.join(folder, definition.logo)), mime };
  }
  const boundary = definition.boundary
    ? parseOrExplain(boundarySchema, await readJson(path.join(folder, definition.boundary)), definition.boundary)
    : null;
  const quartiers = definition.quartiers
    ? parseOrExplain(quartiersSchema, await readJson(path.join(folder, definition.quartiers)), definition.quartiers).features
    : [];
  return { definition, logo, boundary, quartiers };
}
