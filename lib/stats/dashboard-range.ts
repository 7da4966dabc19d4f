import { todayInFrance } from '@/lib/posts/post-input';

/** A period of whole French days, both ends included, as the dashboard's form sends it. */
export type DashboardRange = { from: string; to: string };

export const DEFAULT_RANGE_DAYS = 84;
export const MAX_RANGE_DAYS = 731;

const DAY_MS = 86_400_000;

function isRealDate(value: string) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T12:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export function addDays(isoDate: string, days: number) {
  const d = new Date(`${isoDate}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string) {
  return Math.round((new Date(`${to}T12:00:00Z`).getTime() - new Date(`${from}T12:00:00Z`).getTime()) / DAY_MS);
}

export type RangeError = 'invalid' | 'order' | 'too_long';

/**
 * The period asked for in the URL (`?du=2026-01-01&au=2026-03-31`), or the last twelve weeks.
 * A broken date, an end before the start or more than two years give the default period and
 * the reason, which the page explains.
 */
export function parseDashboardRange(params: { du?: string; au?: string }, now = new Date()): { range: DashboardRange; error: RangeError | null } {
  const today = todayInFrance(now);
  const fallback = { from: addDays(today, -(DEFAULT_RANGE_DAYS - 1)), to: today };
  if (!params.du && !params.au) return { range: fallback, error: null };
  const from = params.du ?? fallback.from;
  const to = params.au ?? today;
  if (!isRealDate(from) || !isRealDate(to)) return { range: fallback, error: 'invalid' };
  if (from > to) return { range: fallback, error: 'order' };
  if (daysBetween(from, to) > MAX_RANGE_DAYS) return { range: fallback, error: 'too_long' };
  return { range: { from, to }, error: null };
}

/** The Mondays of the weeks the period touches (the week chart has a bar for each, even empty). */
export function weeksOf(range: DashboardRange): string[] {
  const start = new Date(`${range.from}T12:00:00Z`);
  const monday = addDays(range.from, -((start.getUTCDay() + 6) % 7));
  const weeks: string[] = [];
  for (let w = monday; w <= range.to; w = addDays(w, 7)) weeks.push(w);
  return weeks;
}
