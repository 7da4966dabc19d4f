import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { assistedRequests } from '@/db/schema/assisted-requests';
import { conversations } from '@/db/schema/conversations';
import { users } from '@/db/schema/users';
import { rolesFor } from '@/lib/staff/console-sections';
import { isCouncilAccount } from './council-account';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const CONVERSATION_PATH = new RegExp(`^/messages/(${UUID})$`, 'i');
const POST_PATH = new RegExp(`^/annonces/(${UUID})$`, 'i');

/**
 * What the council's account would be told goes to the staff following the request (A5): the
 * agent who recorded it, or — if they are no longer on the team — the council's admins; the
 * link points into the guichet. Null when the recipient is a person, not the council.
 */
export async function staffRecipientsFor(tx: Tx, tenantId: string, recipientId: string, path: string): Promise<{ recipients: string[]; path: string } | null> {
  if (!(await isCouncilAccount(tx, tenantId, recipientId))) return null;
  let postId: string | null = null;
  let conversationId: string | null = null;
  const conversationMatch = CONVERSATION_PATH.exec(path);
  if (conversationMatch) {
    conversationId = conversationMatch[1]!;
    const [c] = await tx
      .select({ postId: conversations.postId })
      .from(conversations)
      .where(and(eq(conversations.tenantId, tenantId), eq(conversations.id, conversationId)));
    postId = c?.postId ?? null;
  } else {
    postId = POST_PATH.exec(path)?.[1] ?? null;
  }
  if (!postId) return { recipients: [], path };
  const [request] = await tx
    .select({ id: assistedRequests.id, recordedBy: assistedRequests.recordedBy })
    .from(assistedRequests)
    .where(and(eq(assistedRequests.tenantId, tenantId), eq(assistedRequests.postId, postId)));
  if (!request) return { recipients: [], path };

  const roles = [...rolesFor('assisted')];
  const [recordedBy] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.tenantId, tenantId), eq(users.id, request.recordedBy), eq(users.status, 'active'), inArray(users.role, roles)));
  const recipients = recordedBy
    ? [recordedBy.id]
    : (
        await tx
          .select({ id: users.id })
          .from(users)
          .where(and(eq(users.tenantId, tenantId), eq(users.role, 'admin'), eq(users.status, 'active')))
      ).map((u) => u.id);
  const target = conversationId ? `/admin/guichet/${request.id}/echanges/${conversationId}` : `/admin/guichet/${request.id}`;
  return { recipients, path: target };
}
