import { describe, expect, it } from 'vitest';
import { isLatLngWithinCouncilArea } from './council-area';
import { quartierAt } from './quartier-at';

const square = {
  type: 'Feature' as const,
  properties: {},
  geometry: { type: 'Polygon' as const, coordinates: [[[2.1085, 48.975], [2.1935, 48.975], [2.1935, 49.0145], [2.1085, 49.0145], [2.1085, 48.975]]] },
};
const herblay = { centreLat: 48.9896, centreLng: 2.1661, defaultRadiusKm: 3, boundary: square };

describe('the council’s area (R3, R4)', () => {
  it('accepts points inside the boundary and just outside it (simplified outlines), refuses other towns', () => {
    expect(isLatLngWithinCouncilArea({ lat: 48.99, lng: 2.16 }, herblay)).toBe(true);
    expect(isLatLngWithinCouncilArea({ lat: 48.9745, lng: 2.15 }, herblay)).toBe(true); // ~55 m south of the edge
    expect(isLatLngWithinCouncilArea({ lat: 48.95, lng: 2.15 }, herblay)).toBe(false); // ~2.8 km south
    expect(isLatLngWithinCouncilArea({ lat: 48.8566, lng: 2.3522 }, herblay)).toBe(false); // Paris
    expect(isLatLngWithinCouncilArea({ lat: 45.767, lng: 4.834 }, herblay)).toBe(false); // Lyon
  });

  it('without a boundary, accepts a sane distance of the centre only', () => {
    const noBoundary = { ...herblay, boundary: null };
    expect(isLatLngWithinCouncilArea({ lat: 49.03, lng: 2.2 }, noBoundary)).toBe(true); // ~5 km
    expect(isLatLngWithinCouncilArea({ lat: 48.8566, lng: 2.3522 }, noBoundary)).toBe(false); // ~20 km
  });

  it('names the quartier a public position falls in, or the nearest one', () => {
    const quartiers = [
      { name: 'Centre', centreLat: 48.99, centreLng: 2.166, polygon: { type: 'Polygon' as const, coordinates: [[[2.16, 48.985], [2.17, 48.985], [2.17, 48.995], [2.16, 48.995], [2.16, 48.985]]] } },
      { name: 'Le Val', centreLat: 48.985, centreLng: 2.1835, polygon: { type: 'Polygon' as const, coordinates: [[[2.18, 48.98], [2.19, 48.98], [2.19, 48.99], [2.18, 48.99], [2.18, 48.98]]] } },
    ];
    expect(quartierAt({ lat: 48.99, lng: 2.165 }, quartiers)).toEqual({ name: 'Centre', inside: true });
    expect(quartierAt({ lat: 48.985, lng: 2.178 }, quartiers)).toEqual({ name: 'Le Val', inside: false });
    expect(quartierAt({ lat: 48.8566, lng: 2.3522 }, quartiers)).toBeNull();
  });
});
