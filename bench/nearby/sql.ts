/**
 * The PostGIS twin of the application's nearby query: the same text, with the `point` position
 * replaced by the `geom` column (same Lambert-93 metres) and the two spatial operations by
 * their PostGIS forms — everything else (joins, filters, RLS, limit) is untouched.
 */
export function toPostgis(query: string): string {
  const within = /\("posts"\."location" <-> point\((\$\d+), (\$\d+)\)\) <= (\$\d+)/g;
  const nearest = /"posts"\."location" <-> point\((\$\d+), (\$\d+)\)/g;
  if (!within.test(query) || !nearest.test(query)) throw new Error(`unexpected query shape:\n${query}`);
  return query
    .replace(within, 'ST_DWithin("posts"."geom", ST_SetSRID(ST_MakePoint($1, $2), 2154), $3)')
    .replace(nearest, '"posts"."geom" <-> ST_SetSRID(ST_MakePoint($1, $2), 2154)');
}

/** Nearest-rank percentile. */
export function percentile(values: number[], p: number): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
