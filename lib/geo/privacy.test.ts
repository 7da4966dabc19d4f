import { describe, expect, it } from 'vitest';
import { distanceMetres, toMetric } from './lambert93';
import { distanceBand, GRID_METRES, snapToGrid } from './privacy';

describe('location privacy (R3)', () => {
  it('gives distance bands, never distances', () => {
    expect([0, 499, 500, 999, 1000, 1999, 2000, 4999, 5000, 90_000].map(distanceBand)).toEqual([
      'lt500m', 'lt500m', 'lt1km', 'lt1km', 'lt2km', 'lt2km', 'lt5km', 'lt5km', 'gt5km', 'gt5km',
    ]);
  });

  it('gives every point of a cell the same public position', () => {
    const home = toMetric({ lat: 48.99123, lng: 2.16789 });
    const cellOrigin = { x: Math.floor(home.x / GRID_METRES) * GRID_METRES, y: Math.floor(home.y / GRID_METRES) * GRID_METRES };
    const corners = [
      { x: cellOrigin.x + 1, y: cellOrigin.y + 1 },
      { x: cellOrigin.x + GRID_METRES - 1, y: cellOrigin.y + GRID_METRES - 1 },
      home,
    ];
    const shown = corners.map(snapToGrid);
    expect(new Set(shown.map((p) => `${p.lat},${p.lng}`)).size).toBe(1);
  });

  it('moves the public position by at most half a cell diagonal, and never keeps the exact point', () => {
    for (let i = 0; i < 200; i++) {
      const exact = { x: 600_000 + Math.random() * 50_000, y: 6_850_000 + Math.random() * 50_000 };
      const shown = toMetric(snapToGrid(exact));
      expect(distanceMetres(exact, shown)).toBeLessThanOrEqual((GRID_METRES * Math.SQRT2) / 2 + 2);
    }
  });
});
