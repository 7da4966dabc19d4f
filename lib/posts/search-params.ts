import { z } from 'zod';

export const RADIUS_OPTIONS_KM = [1, 2, 5, 10, 20, 50] as const;
export const MAX_PAGE = 50;
export const SEARCH_PAGE_SIZE = 20;

/** The search page's filters, in the URL so a search can be shared: French names, lenient parsing. */
export type SearchParams = {
  type: 'besoin' | 'offre' | null;
  categorie: string | null;
  rayon: number;
  q: string;
  page: number;
};

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);

export function defaultRadiusKm(councilRadiusKm: number) {
  return RADIUS_OPTIONS_KM.find((r) => r >= councilRadiusKm) ?? RADIUS_OPTIONS_KM.at(-1)!;
}

/** Anything malformed falls back to its default: a hand-edited URL still shows results. */
export function parseSearchParams(query: Record<string, string | string[] | undefined>, councilRadiusKm: number): SearchParams {
  const type = z.enum(['besoin', 'offre']).safeParse(first(query.type));
  const categorie = z.string().regex(/^[a-z0-9-]{1,60}$/).safeParse(first(query.categorie));
  const rayon = z.coerce.number().pipe(z.union(RADIUS_OPTIONS_KM.map((r) => z.literal(r)))).safeParse(first(query.rayon));
  const q = z.string().max(100).safeParse(first(query.q));
  const page = z.coerce.number().int().min(1).max(MAX_PAGE).safeParse(first(query.page));
  return {
    type: type.success ? type.data : null,
    categorie: categorie.success ? categorie.data : null,
    rayon: rayon.success ? rayon.data : defaultRadiusKm(councilRadiusKm),
    q: q.success ? q.data.trim() : '',
    page: page.success ? page.data : 1,
  };
}

/** The URL of the same search on another page (or on the map), keeping only what is set. */
export function searchUrl(path: string, params: SearchParams, overrides: Partial<SearchParams> = {}) {
  const p = { ...params, ...overrides };
  const url = new URLSearchParams();
  if (p.type) url.set('type', p.type);
  if (p.categorie) url.set('categorie', p.categorie);
  url.set('rayon', String(p.rayon));
  if (p.q) url.set('q', p.q);
  if (p.page > 1) url.set('page', String(p.page));
  return `${path}?${url.toString()}`;
}
