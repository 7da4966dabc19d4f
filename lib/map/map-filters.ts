import type { MapFilters } from './get-map-data';

/**
 * The map reads the same URL parameters as the search page (`type=besoin|offre`,
 * `categorie=<key>`), so a search can be opened on the map and back. Unknown values are
 * ignored rather than refused: a stale shared link still shows a map.
 */
export function parseMapFilters(params: Record<string, string | string[] | undefined>, categoryKeys: readonly string[]): MapFilters {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const type = one(params.type);
  const category = one(params.categorie);
  return {
    ...(type === 'besoin' ? { kind: 'need' as const } : type === 'offre' ? { kind: 'offer' as const } : {}),
    ...(category && categoryKeys.includes(category) ? { categoryKey: category } : {}),
  };
}

/** The query string for the same filters, for the link to the list and back. */
export function mapFiltersQuery(filters: MapFilters): string {
  const q = new URLSearchParams();
  if (filters.kind) q.set('type', filters.kind === 'need' ? 'besoin' : 'offre');
  if (filters.categoryKey) q.set('categorie', filters.categoryKey);
  const s = q.toString();
  return s ? `?${s}` : '';
}
