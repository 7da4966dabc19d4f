import { createElement } from 'react';
import type { Tx } from '@/db/client';
import { emailBranding } from '@/lib/email/branding';
import { queueEmail } from '@/lib/email/queue-email';
import { SignInEmail } from '@/lib/email/templates/sign-in-email';
import { format, getMessages, type Locale } from '@/lib/i18n/messages';
import type { CouncilProfile } from '@/lib/tenant/council';

export async function queueSignInEmail(
  tx: Tx,
  council: CouncilProfile,
  params: { to: string; url: string; locale: Locale },
) {
  const m = getMessages(params.locale).email;
  const origin = new URL(params.url).origin;
  const vars = { council: council.name };
  return queueEmail(tx, council.tenantId, {
    kind: 'sign-in',
    to: params.to,
    fromName: council.name,
    subject: format(m.signInSubject, vars),
    body: createElement(SignInEmail, {
      branding: emailBranding(council, origin, params.locale),
      url: params.url,
      text: {
        preview: format(m.signInPreview, vars),
        hello: m.signInHello,
        body: format(m.signInBody, vars),
        button: m.signInButton,
        expiry: m.signInExpiry,
        ignore: m.signInIgnore,
      },
    }),
  });
}
