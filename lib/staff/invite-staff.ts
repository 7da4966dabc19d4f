import { createHash, randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { createElement } from 'react';
import type { Tx } from '@/db/client';
import { councils } from '@/db/schema/councils';
import { users, verificationTokens } from '@/db/schema/users';
import type { STAFF_ROLES } from '@/lib/actions/roles';
import { getAuthSecret } from '@/lib/auth/secret';
import { emailBranding } from '@/lib/email/branding';
import { queueEmail } from '@/lib/email/queue-email';
import { SignInEmail } from '@/lib/email/templates/sign-in-email';
import { format, getMessages, type Locale } from '@/lib/i18n/messages';
import type { CouncilProfile } from '@/lib/tenant/council';

export type StaffRole = (typeof STAFF_ROLES)[number];

/** An invitation is opened days later, not minutes: it stays valid a week, and works once. */
export const INVITE_LINK_MAX_AGE_S = 7 * 24 * 60 * 60;

export type InviteResult = { userId: string; emailId: string; created: boolean };

/**
 * Makes `email` a member of this council's staff with `role` (creating the account if needed)
 * and queues a branded invitation whose button signs them in on the council's own site.
 *
 * The link is an ordinary Auth.js magic link: the token is stored the way Auth.js stores its
 * own (sha256 of token + AUTH_SECRET, in this council's verification_tokens, under its RLS), so
 * the council's /api/auth/callback/email accepts it once, and only on this council's host.
 * Runs in the caller's transaction (withTenant for this council, or the operator's withAdmin).
 */
export async function inviteStaff(
  tx: Tx,
  tenantId: string,
  params: { email: string; role: StaffRole; origin: string; locale: Locale; invitedBy?: string; next?: string },
): Promise<InviteResult> {
  const email = params.email.trim().toLowerCase();
  const [existing] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.tenantId, tenantId), eq(users.email, email)));
  let userId: string;
  if (existing) {
    userId = existing.id;
    await tx
      .update(users)
      .set({ role: params.role })
      .where(and(eq(users.tenantId, tenantId), eq(users.id, userId)));
  } else {
    const [row] = await tx.insert(users).values({ tenantId, email, role: params.role }).returning({ id: users.id });
    userId = row!.id;
  }

  const token = randomBytes(32).toString('hex');
  await tx.insert(verificationTokens).values({
    tenantId,
    identifier: email,
    token: createHash('sha256').update(`${token}${getAuthSecret()}`).digest('hex'),
    expires: new Date(Date.now() + INVITE_LINK_MAX_AGE_S * 1000),
  });
  const origin = new URL(params.origin).origin;
  const url = `${origin}/api/auth/callback/email?${new URLSearchParams({
    callbackUrl: `${origin}${params.next ?? '/bienvenue'}`,
    token,
    email,
  })}`;

  const council = await councilProfile(tx, tenantId);
  const m = getMessages(params.locale);
  const vars = { council: council.name, role: m.staffInvite.roles[params.role], inviter: params.invitedBy ?? m.staffInvite.defaultInviter };
  const emailId = await queueEmail(tx, tenantId, {
    kind: 'staff-invite',
    to: email,
    fromName: council.name,
    subject: format(m.staffInvite.subject, vars),
    body: createElement(SignInEmail, {
      branding: emailBranding(council, origin, params.locale),
      url,
      text: {
        preview: format(m.staffInvite.preview, vars),
        hello: m.staffInvite.hello,
        body: format(m.staffInvite.body, vars),
        button: m.staffInvite.button,
        expiry: m.staffInvite.expiry,
        ignore: m.staffInvite.ignore,
      },
    }),
  });
  return { userId, emailId, created: !existing };
}

/** Read through the caller's transaction: getCouncil would open one of its own. */
async function councilProfile(tx: Tx, tenantId: string): Promise<CouncilProfile> {
  const [row] = await tx.select().from(councils).where(eq(councils.tenantId, tenantId));
  if (!row) throw new Error(`inviteStaff: no council profile for tenant ${tenantId}`);
  const { logoData, ...rest } = row;
  return { ...rest, hasLogo: !!logoData, logoVersion: String(row.updatedAt.getTime()) };
}
