import type { CouncilProfile } from '@/lib/tenant/council';
import { format, getMessages, type Locale } from '@/lib/i18n/messages';
import type { EmailBranding } from './templates/email-layout';

/** The council's colours, logo and name for an email sent from `origin` (its own host). */
export function emailBranding(council: CouncilProfile, origin: string, locale: Locale): EmailBranding {
  const m = getMessages(locale);
  return {
    councilName: council.name,
    primary: council.theme.primary,
    onPrimary: council.theme.onPrimary,
    logoUrl: council.hasLogo ? `${origin}/logo?v=${council.logoVersion}` : null,
    footer: format(m.email.footer, { council: council.name }),
    locale,
  };
}
