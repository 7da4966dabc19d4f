import type { CurrentUser } from '@/lib/auth/session';
import type { Messages } from '@/lib/i18n/fr';
import { format, type Locale } from '@/lib/i18n/messages';
import type { CouncilProfile } from '@/lib/tenant/council';
import { signOutAction } from '@/app/t/[tenant]/connexion/actions';
import { LanguageSwitch } from './language-switch';

export function SiteHeader({ council, user, m, locale }: { council: CouncilProfile; user: CurrentUser | null; m: Messages; locale: Locale }) {
  return (
    <header className="bg-primary text-on-primary">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <a href="/" className="flex min-h-12 items-center gap-3 no-underline">
          {council.hasLogo ? (
            // eslint-disable-next-line @next/next/no-img-element -- served by the council's own /logo route
            <img src={`/logo?v=${council.logoVersion}`} alt="" width={48} height={48} className="size-12 rounded bg-white/90 p-1" />
          ) : null}
          <span className="text-xl font-bold leading-tight">{council.name}</span>
        </a>
        <nav aria-label={m.common.mainNav} className="flex flex-wrap items-center gap-2">
          <a href="/annonces" className="inline-flex min-h-12 items-center rounded-md px-3 font-semibold underline decoration-2 hover:no-underline">
            {m.search.navSearch}
          </a>
          {user ? (
            <>
              <a href="/mes-annonces" className="inline-flex min-h-12 items-center rounded-md px-3 font-semibold underline decoration-2 hover:no-underline">
                {m.search.navMine}
              </a>
              <span className="px-2">{format(m.common.signedInAs, { name: user.name ?? user.email })}</span>
              <form action={signOutAction}>
                <button type="submit" className="min-h-12 rounded-md px-3 font-semibold underline decoration-2 hover:no-underline">
                  {m.common.signOut}
                </button>
              </form>
            </>
          ) : (
            <a href="/connexion" className="inline-flex min-h-12 items-center rounded-md px-3 font-semibold underline decoration-2 hover:no-underline">
              {m.common.signIn}
            </a>
          )}
          <LanguageSwitch locale={locale} m={m} back="/" />
        </nav>
      </div>
    </header>
  );
}
