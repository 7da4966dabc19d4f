import type { CSSProperties } from 'react';
import type { BrandingValues } from '@/db/schema/branding-drafts';
import { themeStyle } from '@/lib/tenant/theme';

export type HomePreviewLabels = {
  frame: string;
  needHelp: string;
  needHelpHint: string;
  offerHelp: string;
  offerHelpHint: string;
  sampleNeed: string;
  sampleOffer: string;
  need: string;
  offer: string;
  charter: string;
  legal: string;
  privacy: string;
};

/**
 * The council's home page as it will look with `values` (A2): header, welcome, the two entry
 * points, two sample posts and the footer, drawn with the same theme variables as the real
 * site. Nothing in it is a link or a heading: it is a picture of the page, inside this one.
 */
export function HomePreview({ values, logoUrl, labels }: { values: BrandingValues; logoUrl: string | null; labels: HomePreviewLabels }) {
  const style: CSSProperties = themeStyle(values.theme);
  return (
    <figure aria-label={labels.frame} className="overflow-hidden rounded-xl ring-2 ring-zinc-400" data-testid="home-preview">
      <div style={style} className="bg-surface text-ink">
        <div className="flex items-center gap-3 bg-primary px-4 py-3 text-on-primary">
          {logoUrl ? (
            // eslint-disable-next-line @next/next/no-img-element -- the council's logo or the draft's, served by this site
            <img src={logoUrl} alt="" width={40} height={40} className="size-10 rounded bg-white/90 p-1" />
          ) : null}
          <span className="text-lg font-bold">{values.name}</span>
        </div>
        <div className="flex flex-col gap-4 px-4 py-5">
          <p className="text-2xl font-bold">{values.welcomeTitle}</p>
          <p className="text-base">{values.welcomeText}</p>
          <div className="grid gap-3 sm:grid-cols-2">
            <span className="flex flex-col rounded-2xl bg-primary px-4 py-3 text-on-primary">
              <span className="text-xl font-bold">{labels.needHelp}</span>
              <span>{labels.needHelpHint}</span>
            </span>
            <span className="flex flex-col rounded-2xl bg-accent px-4 py-3 text-on-accent">
              <span className="text-xl font-bold">{labels.offerHelp}</span>
              <span>{labels.offerHelpHint}</span>
            </span>
          </div>
          <div className="grid gap-3 sm:grid-cols-2">
            {[
              { kind: labels.need, title: labels.sampleNeed, className: 'bg-primary text-on-primary' },
              { kind: labels.offer, title: labels.sampleOffer, className: 'bg-accent text-on-accent' },
            ].map((p) => (
              <span key={p.title} className="flex flex-col gap-2 rounded-xl bg-white p-3 text-zinc-900 ring-1 ring-zinc-300">
                <span className={`self-start rounded-full px-3 text-sm font-semibold ${p.className}`}>{p.kind}</span>
                <span className="font-semibold">{p.title}</span>
              </span>
            ))}
          </div>
        </div>
        <div className="flex flex-wrap gap-x-4 gap-y-1 border-t-4 border-primary bg-white px-4 py-3 text-sm text-zinc-900">
          {[labels.charter, labels.legal, labels.privacy, ...values.footerLinks.map((l) => l.label)].map((label, i) => (
            <span key={`${i}-${label}`} className="underline">
              {label}
            </span>
          ))}
        </div>
      </div>
    </figure>
  );
}
