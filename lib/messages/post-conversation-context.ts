import { and, eq } from 'drizzle-orm';
import { conversations } from '@/db/schema/conversations';
import { withTenant } from '@/db/with-tenant';
import { countMatchingHelpers } from '@/lib/matching/notify-matching-helpers';

/**
 * What a post page needs to offer the conversation (R7): the viewer's existing conversation
 * about it, and for its author, how many helpers are near (R6) — never who they are.
 */
export async function getPostConversationContext(tenantId: string, viewerId: string, postId: string, isMine: boolean) {
  return withTenant(tenantId, async (tx) => {
    if (isMine) {
      const nearby = await countMatchingHelpers(tx, tenantId, postId);
      const answers = await tx
        .select({ id: conversations.id })
        .from(conversations)
        .where(and(eq(conversations.tenantId, tenantId), eq(conversations.postId, postId)));
      return { conversationId: null, helpers: nearby, answers: answers.length };
    }
    const [mine] = await tx
      .select({ id: conversations.id })
      .from(conversations)
      .where(and(eq(conversations.tenantId, tenantId), eq(conversations.postId, postId), eq(conversations.responderId, viewerId)));
    return { conversationId: mine?.id ?? null, helpers: null, answers: 0 };
  });
}
