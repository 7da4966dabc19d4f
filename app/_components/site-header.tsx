import type { CurrentUser } from '@/lib/auth/session';
import type { Messages } from '@/lib/i18n/fr';
import { format, type Locale } from '@/lib/i18n/messages';
import type { CouncilProfile } from '@/lib/tenant/council';
import { signOutAction } from '@/app/t/[tenant]/connexion/actions';
import { LanguageSwitch } from './language-switch';
import { UnreadBadge } from './unread-badge';

type Props = { council: CouncilProfile; user: CurrentUser | null; unread: number; m: Messages; locale: Locale };

const linkClass = 'inline-flex min-h-12 items-center rounded-md px-3 font-semibold underline decoration-2 hover:no-underline';

export function SiteHeader({ council, user, unread, m, locale }: Props) {
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
        <nav aria-label={m.common.mainNav} className="flex flex-wrap items-center gap-1">
          <a href="/annonces" className={linkClass}>
            {m.search.navSearch}
          </a>
          {user ? (
            <>
              <a href="/messages" className={linkClass}>
                {m.common.messages}
                <UnreadBadge initial={unread} label={m.conversations.unreadBadge} />
              </a>
              <details className="relative">
                <summary className={`${linkClass} cursor-pointer list-none`}>{m.common.myAccount} ▾</summary>
                <div className="absolute right-0 z-20 mt-1 flex w-64 flex-col rounded-lg bg-white p-2 text-zinc-900 shadow-lg ring-1 ring-zinc-300">
                  <p className="px-3 py-2 text-base text-zinc-700">{format(m.common.signedInAs, { name: user.name ?? user.email })}</p>
                  <a className="min-h-12 rounded px-3 py-3 underline hover:bg-zinc-100" href="/mes-annonces">{m.account.myPosts}</a>
                  <a className="min-h-12 rounded px-3 py-3 underline hover:bg-zinc-100" href="/je-peux-aider">{m.account.myOffer}</a>
                  <a className="min-h-12 rounded px-3 py-3 underline hover:bg-zinc-100" href="/preferences">{m.account.myPreferences}</a>
                  <a className="min-h-12 rounded px-3 py-3 underline hover:bg-zinc-100" href="/mes-donnees">{m.account.title}</a>
                  <form action={signOutAction}>
                    <button type="submit" className="min-h-12 w-full rounded px-3 py-3 text-left font-semibold underline hover:bg-zinc-100">
                      {m.common.signOut}
                    </button>
                  </form>
                </div>
              </details>
            </>
          ) : (
            <a href="/connexion" className={linkClass}>
              {m.common.signIn}
            </a>
          )}
          <LanguageSwitch locale={locale} m={m} back="/" />
        </nav>
      </div>
    </header>
  );
}
