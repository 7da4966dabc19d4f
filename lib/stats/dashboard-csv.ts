import { csvCell } from '@/lib/csv';
import type { Messages } from '@/lib/i18n/fr';
import type { Dashboard } from './dashboard';
import { OUTSIDE_QUARTIERS_KEY } from './dashboard';

/**
 * The dashboard's aggregates as CSV (A7), for a spreadsheet in French (";" separator, UTF-8
 * with BOM): totals, then per category, per quartier and per week. Counts and council-defined
 * labels only — no name, email, position, post title or any other free text; the follow-up list
 * is given as a number.
 */
export function dashboardCsv(d: Dashboard, m: Messages): string {
  const c = m.dashboard.csv;
  const rows: (string | number | null)[][] = [[c.section, c.item, c.needs, c.offers, c.value]];
  rows.push([c.period, c.from, null, null, d.range.from], [c.period, c.to, null, null, d.range.to]);
  const t = d.totals;
  rows.push(
    [c.totals, m.dashboard.totals.residents, null, null, t.residents],
    [c.totals, m.dashboard.totals.newResidents, null, null, t.newResidents],
    [c.totals, m.dashboard.totals.helpers, null, null, t.helpers],
    [c.totals, m.dashboard.totals.needs, null, null, t.needs],
    [c.totals, m.dashboard.totals.offers, null, null, t.offers],
    [c.totals, m.dashboard.totals.matched, null, null, t.matched],
    [c.totals, m.dashboard.totals.resolved, null, null, t.resolved],
    [c.totals, c.medianMinutes, null, null, t.medianFirstResponseMinutes],
    [c.totals, c.unanswered, null, null, d.unanswered.length],
  );
  for (const r of d.byCategory) rows.push([c.category, r.label, r.needs, r.offers, null]);
  for (const r of d.byQuartier) rows.push([c.quartier, r.key === OUTSIDE_QUARTIERS_KEY ? m.dashboard.outsideQuartiers : r.label, r.needs, r.offers, null]);
  for (const r of d.byWeek) rows.push([c.week, r.label, r.needs, r.offers, null]);
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(';')).join('\r\n')}\r\n`;
}
