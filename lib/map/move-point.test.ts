import { describe, expect, it } from 'vitest';
import { distanceMetres, toMetric } from '@/lib/geo/lambert93';
import { directionForKey, movePoint } from './move-point';

const herblay = { lat: 48.9896, lng: 2.1661 };

describe('moving the picked point with the keyboard', () => {
  it('moves by the asked distance in each direction, within a metre', () => {
    for (const direction of ['north', 'south', 'east', 'west'] as const) {
      const moved = movePoint(herblay, direction, 100);
      expect(distanceMetres(toMetric(herblay), toMetric(moved))).toBeGreaterThan(99);
      expect(distanceMetres(toMetric(herblay), toMetric(moved))).toBeLessThan(101.5);
    }
    expect(movePoint(herblay, 'north', 1000).lat).toBeGreaterThan(herblay.lat);
    expect(movePoint(herblay, 'west', 1000).lng).toBeLessThan(herblay.lng);
  });

  it('maps arrow keys and ignores others', () => {
    expect(directionForKey('ArrowUp')).toBe('north');
    expect(directionForKey('ArrowLeft')).toBe('west');
    expect(directionForKey('Enter')).toBeNull();
  });
});
