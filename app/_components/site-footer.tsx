import type { Messages } from '@/lib/i18n/fr';
import { format } from '@/lib/i18n/messages';
import type { CouncilProfile } from '@/lib/tenant/council';

export function SiteFooter({ council, m }: { council: CouncilProfile; m: Messages }) {
  return (
    <footer className="mt-12 border-t-4 border-primary bg-white">
      <div className="mx-auto flex max-w-5xl flex-col gap-4 px-4 py-6 sm:flex-row sm:justify-between">
        <nav aria-label={m.common.footerLinks}>
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            <li>
              <a className="inline-flex min-h-12 items-center underline" href="/charte">{m.common.charter}</a>
            </li>
            <li>
              <a className="inline-flex min-h-12 items-center underline" href="/mentions-legales">{m.common.legal}</a>
            </li>
            <li>
              <a className="inline-flex min-h-12 items-center underline" href="/confidentialite">{m.common.privacy}</a>
            </li>
            {council.footerLinks.map((link) => (
              <li key={link.url}>
                <a className="inline-flex min-h-12 items-center underline" href={link.url} rel="noopener">
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <p className="text-base text-zinc-700">{format(m.common.poweredBy, { kind: m.kinds[council.kind] })}</p>
      </div>
    </footer>
  );
}
