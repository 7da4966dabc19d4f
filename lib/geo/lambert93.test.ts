import { describe, expect, it } from 'vitest';
import { distanceMetres, toLatLng, toMetric } from './lambert93';

describe('Lambert-93', () => {
  it('projects Paris to its published Lambert-93 coordinates', () => {
    // IGN reference: Paris (Notre-Dame parvis) ≈ 652 400 E, 6 862 000 N.
    const p = toMetric({ lat: 48.8534, lng: 2.3488 });
    expect(p.x).toBeGreaterThan(651_500);
    expect(p.x).toBeLessThan(653_000);
    expect(p.y).toBeGreaterThan(6_861_500);
    expect(p.y).toBeLessThan(6_862_500);
  });

  it('round-trips to within a centimetre', () => {
    const back = toLatLng(toMetric({ lat: 48.4326, lng: 0.0913 }));
    expect(back.lat).toBeCloseTo(48.4326, 7);
    expect(back.lng).toBeCloseTo(0.0913, 7);
  });

  it('gives true ground distances (Herblay to Alençon ≈ 170 km)', () => {
    const d = distanceMetres(toMetric({ lat: 48.9896, lng: 2.1661 }), toMetric({ lat: 48.4326, lng: 0.0913 }));
    expect(d / 1000).toBeGreaterThan(160);
    expect(d / 1000).toBeLessThan(170);
  });
});
