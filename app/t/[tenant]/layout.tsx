import type { Metadata, Viewport } from 'next';
import { headers } from 'next/headers';
import type { ReactNode } from 'react';
import { BillingNoticeBanner } from '@/app/_components/billing-notice-banner';
import { SiteFooter } from '@/app/_components/site-footer';
import { SiteNoticesBanner } from '@/app/_components/site-notices-banner';
import { getSiteNotices } from '@/lib/announcements/site-notices';
import { ServiceWorkerRegistration } from '@/app/_components/service-worker-registration';
import { SiteHeader } from '@/app/_components/site-header';
import { SandboxBanner } from '@/app/_components/sandbox-banner';
import { withTenant } from '@/db/with-tenant';
import { getCurrentUser } from '@/lib/auth/session';
import { countUnreadMessages } from '@/lib/messages/conversations';
import { getEnv } from '@/lib/env';
import { getBillingNotice } from '@/lib/billing/notice';
import { getRequestMessages } from '@/lib/i18n/locale';
import { format } from '@/lib/i18n/messages';
import { isTenantClosed } from '@/lib/tenant/directory';
import { EMBED_HEADER } from '@/lib/tenant/request-tenant-headers';
import { getSiteOrNotFound } from '@/lib/tenant/site';
import { themeStyle } from '@/lib/tenant/theme';

type Props = { children: ReactNode; params: Promise<{ tenant: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { council } = await getSiteOrNotFound((await params).tenant);
  return {
    title: { default: council.name, template: `%s — ${council.name}` },
    description: council.welcomeText,
    icons: {
      ...(council.hasLogo ? { icon: `/logo?v=${council.logoVersion}` } : {}),
      apple: `/icone/192.png?v=${encodeURIComponent(council.logoVersion)}`,
    },
    // Installable as the council's own app (R11).
    manifest: '/manifest.webmanifest',
  };
}

export async function generateViewport({ params }: Props): Promise<Viewport> {
  const { council } = await getSiteOrNotFound((await params).tenant);
  return { themeColor: council.theme.primary };
}

export default async function CouncilSiteLayout({ children, params }: Props) {
  const { tenant, council } = await getSiteOrNotFound((await params).tenant);
  const { locale, m } = await getRequestMessages();

  if (isTenantClosed(tenant)) {
    return (
      <div style={themeStyle(council.theme)} className="min-h-screen bg-surface text-ink">
        <main className="mx-auto max-w-xl px-6 py-16">
          <p className="text-lg font-semibold">{council.name}</p>
          <h1 className="mt-2 text-3xl font-bold">{m.suspended.title}</h1>
          <p className="mt-4 text-lg">{format(m.suspended.text, { council: council.name })}</p>
        </main>
      </div>
    );
  }

  // A11: the embeddable page (marked by middleware, which strips the header from clients) is
  // shown inside other sites' frames: the council's colours, none of the site's chrome.
  if ((await headers()).get(EMBED_HEADER) === '1') {
    return (
      <div style={themeStyle(council.theme)} className="min-h-screen bg-surface text-ink">
        {tenant.sandboxOf ? <SandboxBanner m={m} /> : null}
        <main className="mx-auto w-full max-w-3xl px-3 py-4">{children}</main>
      </div>
    );
  }

  const [user, billingNotice, notices] = await Promise.all([getCurrentUser(tenant.id), getBillingNotice(tenant.id), getSiteNotices(tenant.id)]);
  const unread = user ? await withTenant(tenant.id, (tx) => countUnreadMessages(tx, tenant.id, user.id)) : 0;
  return (
    <div style={themeStyle(council.theme)} className="flex min-h-screen flex-col bg-surface text-ink">
      <a href="#contenu" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-3 focus:text-black">
        {m.common.skipToContent}
      </a>
      {tenant.sandboxOf ? <SandboxBanner m={m} /> : null}
      <SiteHeader council={council} user={user} unread={unread} m={m} locale={locale} />
      {billingNotice ? (
        <BillingNoticeBanner notice={billingNotice} isAdmin={user?.role === 'admin'} m={m} dateLocale={locale === 'fr' ? 'fr-FR' : 'en-GB'} />
      ) : null}
      <SiteNoticesBanner notices={notices} m={m} />
      <main id="contenu" className="mx-auto w-full max-w-5xl flex-1 px-4 py-6">
        {children}
      </main>
      <SiteFooter council={council} m={m} />
      <ServiceWorkerRegistration enabled={getEnv().NODE_ENV === 'production'} />
    </div>
  );
}
