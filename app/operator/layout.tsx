import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { LanguageSwitch } from '@/app/_components/language-switch';
import { isDevMailboxEnabled } from '@/lib/env';
import { getRequestMessages } from '@/lib/i18n/locale';
import { format } from '@/lib/i18n/messages';
import { getCurrentOperator } from '@/lib/operator/operator-session';
import { isOperatorHost } from '@/lib/operator/operator-host';
import { signOutOperatorAction } from './connexion/actions';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getRequestMessages();
  return { title: { default: m.operator.consoleName, template: `%s — ${m.operator.consoleName}` }, robots: { index: false } };
}

/** The operator console's frame, on admin.<root> only (middleware rewrites that host here). */
export default async function OperatorLayout({ children }: { children: ReactNode }) {
  if (!(await isOperatorHost())) notFound();
  const { locale, m } = await getRequestMessages();
  const operator = await getCurrentOperator();
  const link = 'inline-flex min-h-12 items-center rounded-md px-3 font-semibold underline decoration-2 hover:no-underline';
  return (
    <div className="flex min-h-screen flex-col bg-zinc-50 text-zinc-900">
      <a href="#contenu" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-3 focus:text-black">
        {m.common.skipToContent}
      </a>
      <header className="bg-[#1E3A5F] text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <a href="/" className="flex min-h-12 items-center text-xl font-bold no-underline">
            {m.operator.consoleName}
          </a>
          <div className="flex flex-wrap items-center gap-2">
            {operator ? (
              <>
                <span className="px-2">{format(m.operator.signedInAs, { email: operator.email })}</span>
                <form action={signOutOperatorAction}>
                  <button type="submit" className="min-h-12 rounded-md px-3 font-semibold underline decoration-2 hover:no-underline">
                    {m.common.signOut}
                  </button>
                </form>
              </>
            ) : null}
            <LanguageSwitch locale={locale} m={m} back="/" />
          </div>
        </div>
        {operator || isDevMailboxEnabled() ? (
          <nav aria-label={m.operator.nav.label} className="border-t border-white/30">
            <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-2 px-2">
              {operator ? (
                <>
                  <li>
                    <a className={link} href="/">
                      {m.operator.nav.fleet}
                    </a>
                  </li>
                  <li>
                    <a className={link} href="/communes/nouvelle">
                      {m.operator.nav.newCouncil}
                    </a>
                  </li>
                  <li>
                    <a className={link} href="/journal">
                      {m.operator.nav.audit}
                    </a>
                  </li>
                </>
              ) : null}
              {isDevMailboxEnabled() ? (
                <li>
                  <a className={link} href="/dev/boite-mail">
                    {m.operator.nav.mailbox}
                  </a>
                </li>
              ) : null}
            </ul>
          </nav>
        ) : null}
      </header>
      <main id="contenu" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
        {children}
      </main>
    </div>
  );
}
