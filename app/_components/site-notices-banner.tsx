import type { SiteNotices } from '@/lib/announcements/site-notices';
import type { Messages } from '@/lib/i18n/fr';

/**
 * Above every page of a council's site (A6, A10): the crisis banner while crisis mode is on,
 * then the council's active announcements. Regions with names, so screen-reader users can
 * find them; plain text, never HTML from the database.
 */
export function SiteNoticesBanner({ notices, m }: { notices: SiteNotices; m: Messages }) {
  if (!notices.crisisBanner && notices.announcements.length === 0) return null;
  return (
    <div className="flex flex-col">
      {notices.crisisBanner ? (
        <section aria-label={m.siteNotices.crisisLabel} className="bg-red-800 text-white" data-testid="crisis-banner">
          <p className="mx-auto flex max-w-5xl items-start gap-3 px-4 py-3 text-lg font-bold">
            <span aria-hidden="true">⚠</span>
            <span className="whitespace-pre-line break-words">{notices.crisisBanner}</span>
          </p>
        </section>
      ) : null}
      {notices.announcements.length ? (
        <section aria-label={m.siteNotices.announcementsLabel} className="border-b-4 border-accent bg-white text-zinc-900" data-testid="announcements-banner">
          <ul className="mx-auto flex max-w-5xl flex-col gap-3 px-4 py-3">
            {notices.announcements.map((a) => (
              <li key={a.id}>
                <p className="text-lg font-bold break-words">{a.title}</p>
                <p className="whitespace-pre-line break-words text-base">{a.body}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
