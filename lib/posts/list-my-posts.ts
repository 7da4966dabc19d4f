import { and, desc, eq } from 'drizzle-orm';
import { categories } from '@/db/schema/categories';
import { posts } from '@/db/schema/posts';
import { withTenant } from '@/db/with-tenant';

/** "Mes annonces": every post of the signed-in author, newest first, whatever its status. */
export async function listMyPosts(tenantId: string, userId: string) {
  return withTenant(tenantId, (tx) =>
    tx
      .select({
        id: posts.id,
        kind: posts.kind,
        title: posts.title,
        status: posts.status,
        moderation: posts.moderation,
        urgency: posts.urgency,
        expiresAt: posts.expiresAt,
        createdAt: posts.createdAt,
        categoryLabel: categories.label,
        categoryIcon: categories.icon,
      })
      .from(posts)
      .innerJoin(categories, and(eq(categories.tenantId, posts.tenantId), eq(categories.id, posts.categoryId)))
      .where(and(eq(posts.tenantId, tenantId), eq(posts.authorId, userId)))
      .orderBy(desc(posts.createdAt))
      .limit(200),
  );
}
