import { describe, expect, it } from 'vitest';
import { percentile, toPostgis } from './sql';

describe('the PostGIS twin of the nearby query', () => {
  it('swaps only the spatial parts', () => {
    const q =
      'select "posts"."id", "posts"."location" <-> point($1, $2) from "posts" where ("posts"."tenant_id" = $3 and ("posts"."location" <-> point($4, $5)) <= $6) order by "posts"."location" <-> point($7, $8) limit $9';
    expect(toPostgis(q)).toBe(
      'select "posts"."id", "posts"."geom" <-> ST_SetSRID(ST_MakePoint($1, $2), 2154) from "posts" where ("posts"."tenant_id" = $3 and ST_DWithin("posts"."geom", ST_SetSRID(ST_MakePoint($4, $5), 2154), $6)) order by "posts"."geom" <-> ST_SetSRID(ST_MakePoint($7, $8), 2154) limit $9',
    );
  });

  it('refuses a query it does not recognise', () => {
    expect(() => toPostgis('select 1')).toThrow(/unexpected query shape/);
  });

  it('computes nearest-rank percentiles', () => {
    const xs = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(xs, 50)).toBe(50);
    expect(percentile(xs, 95)).toBe(95);
    expect(percentile([3], 95)).toBe(3);
  });
});
