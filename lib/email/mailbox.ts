import { and, desc, eq } from 'drizzle-orm';
import { emails } from '@/db/schema/emails';
import { withTenant } from '@/db/with-tenant';

/** The development mailbox: this council's captured emails, newest first. */
export async function listMailbox(tenantId: string, limit = 100) {
  return withTenant(tenantId, (tx) =>
    tx
      .select({ id: emails.id, to: emails.toAddress, subject: emails.subject, status: emails.status, createdAt: emails.createdAt, kind: emails.kind })
      .from(emails)
      .where(eq(emails.tenantId, tenantId))
      .orderBy(desc(emails.createdAt))
      .limit(limit),
  );
}

export async function getMailboxEmail(tenantId: string, id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [row] = await withTenant(tenantId, (tx) =>
    tx
      .select()
      .from(emails)
      .where(and(eq(emails.tenantId, tenantId), eq(emails.id, id))),
  );
  return row ?? null;
}

/** Links found in an email's HTML, so the mailbox can offer them as ordinary links. */
export function extractLinks(html: string): { href: string; text: string }[] {
  const links: { href: string; text: string }[] = [];
  const re = /<a\b[^>]*\bhref="([^"]+)"[^>]*>([\s\S]*?)<\/a>/gi;
  for (const match of html.matchAll(re)) {
    const href = match[1]!.replace(/&amp;/g, '&');
    const text = match[2]!.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').trim() || href;
    if (!links.some((l) => l.href === href)) links.push({ href, text });
  }
  return links;
}
