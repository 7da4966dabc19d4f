type Row = { key: string; label: string; needs: number; offers: number };

type Props = {
  id: string;
  title: string;
  description: string;
  rows: Row[];
  labels: { needs: string; offers: string; column: string };
};

const WIDTH = 420;
const LABEL_H = 20;
const BAR_H = 14;
const BAR_GAP = 3;
const ROW_GAP = 12;
const VALUE_W = 44;
const ROW_H = LABEL_H + BAR_H * 2 + BAR_GAP + ROW_GAP;

/**
 * A horizontal bar chart drawn on the server (A7): no script, no library. For each row the
 * needs (solid) and offers (hatched, so colour is not the only difference), each with its
 * value written at the end. The SVG has a title and a description, and the same figures
 * follow as a table, which is what screen readers and small screens should use.
 */
export function BarChart({ id, title, description, rows, labels }: Props) {
  const max = Math.max(1, ...rows.flatMap((r) => [r.needs, r.offers]));
  const scale = (n: number) => (n / max) * (WIDTH - VALUE_W);
  const height = Math.max(ROW_H, rows.length * ROW_H);
  return (
    <figure className="flex flex-col gap-3 rounded-xl bg-white p-4 ring-1 ring-zinc-300" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="text-xl font-bold">
        {title}
      </h3>
      <ul className="flex flex-wrap gap-4 text-base" aria-hidden="true">
        <li className="flex items-center gap-2">
          <span className="inline-block size-4 rounded-sm bg-primary" />
          {labels.needs}
        </li>
        <li className="flex items-center gap-2">
          <svg width="16" height="16" viewBox="0 0 16 16" className="rounded-sm">
            <rect width="16" height="16" fill={`url(#${id}-hatch)`} />
          </svg>
          {labels.offers}
        </li>
      </ul>
      <svg role="img" aria-labelledby={`${id}-svg-title ${id}-svg-desc`} viewBox={`0 0 ${WIDTH} ${height}`} className="h-auto w-full max-w-2xl text-zinc-900" data-testid={`${id}-chart`}>
        <title id={`${id}-svg-title`}>{title}</title>
        <desc id={`${id}-svg-desc`}>{description}</desc>
        <defs>
          <pattern id={`${id}-hatch`} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
            <rect width="6" height="6" fill="var(--color-accent)" />
            <line x1="0" y1="0" x2="0" y2="6" stroke="#ffffff" strokeWidth="2" />
          </pattern>
        </defs>
        {rows.map((r, i) => {
          const y = i * ROW_H;
          const needsW = scale(r.needs);
          const offersW = scale(r.offers);
          return (
            <g key={r.key}>
              <text x="0" y={y + LABEL_H - 6} fontSize="14" fill="currentColor">
                {r.label}
              </text>
              <rect x="0" y={y + LABEL_H} width={needsW} height={BAR_H} fill="var(--color-primary)" />
              <text x={needsW + 4} y={y + LABEL_H + BAR_H - 2} fontSize="13" fill="currentColor">
                {r.needs}
              </text>
              <rect x="0" y={y + LABEL_H + BAR_H + BAR_GAP} width={offersW} height={BAR_H} fill={`url(#${id}-hatch)`} stroke="var(--color-accent)" strokeWidth={offersW ? 1 : 0} />
              <text x={offersW + 4} y={y + LABEL_H + BAR_H * 2 + BAR_GAP - 2} fontSize="13" fill="currentColor">
                {r.offers}
              </text>
            </g>
          );
        })}
      </svg>
      <div className="overflow-x-auto" role="region" aria-label={title} tabIndex={0}>
        <table className="w-full border-collapse text-left text-lg" data-testid={`${id}-table`}>
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr className="border-b-2 border-zinc-400">
              <th scope="col" className="py-2 pr-3">
                {labels.column}
              </th>
              <th scope="col" className="py-2 pr-3 text-right">
                {labels.needs}
              </th>
              <th scope="col" className="py-2 text-right">
                {labels.offers}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} className="border-b border-zinc-200">
                <th scope="row" className="py-1 pr-3 font-normal">
                  {r.label}
                </th>
                <td className="py-1 pr-3 text-right">{r.needs}</td>
                <td className="py-1 text-right">{r.offers}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
