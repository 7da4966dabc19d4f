import { describe, expect, it } from 'vitest';
import { fr } from '@/lib/i18n/fr';
import { parseDashboardRange, weeksOf } from './dashboard-range';
import { formatDuration } from './format-duration';

const now = new Date('2026-03-15T10:00:00Z');

describe('parseDashboardRange (A7)', () => {
  it('defaults to the last twelve weeks, today included', () => {
    expect(parseDashboardRange({}, now)).toEqual({ range: { from: '2025-12-22', to: '2026-03-15' }, error: null });
  });

  it('takes a valid period', () => {
    expect(parseDashboardRange({ du: '2026-01-01', au: '2026-01-31' }, now)).toEqual({ range: { from: '2026-01-01', to: '2026-01-31' }, error: null });
  });

  it.each([
    [{ du: '2026-02-30', au: '2026-03-01' }, 'invalid'],
    [{ du: 'hier', au: '2026-03-01' }, 'invalid'],
    [{ du: '2026-03-02', au: '2026-03-01' }, 'order'],
    [{ du: '2020-01-01', au: '2026-03-01' }, 'too_long'],
  ] as const)('falls back and says why for %j', (params, error) => {
    const parsed = parseDashboardRange(params, now);
    expect(parsed.error).toBe(error);
    expect(parsed.range).toEqual({ from: '2025-12-22', to: '2026-03-15' });
  });
});

describe('weeksOf', () => {
  it('lists the Monday of every week the period touches', () => {
    expect(weeksOf({ from: '2026-03-04', to: '2026-03-16' })).toEqual(['2026-03-02', '2026-03-09', '2026-03-16']);
    expect(weeksOf({ from: '2026-03-02', to: '2026-03-02' })).toEqual(['2026-03-02']);
  });
});

describe('formatDuration', () => {
  it('speaks in minutes, hours or days', () => {
    expect(formatDuration(45, fr)).toBe('45 min');
    expect(formatDuration(185, fr)).toBe('3 h 05');
    expect(formatDuration(60 * 52, fr)).toBe('2 j 4 h');
  });
});
