import { and, desc, eq } from 'drizzle-orm';
import { categories } from '@/db/schema/categories';
import { posts } from '@/db/schema/posts';
import { users } from '@/db/schema/users';
import { withTenant } from '@/db/with-tenant';

/** What any visitor may see of a post: no position, no address, no contact. */
export type PublicPostSummary = {
  id: string;
  kind: 'need' | 'offer';
  title: string;
  description: string;
  urgency: 'normal' | 'urgent';
  categoryLabel: string;
  categoryIcon: string;
  authorName: string;
  createdAt: Date;
};

export async function listLatestOpenPosts(tenantId: string, limit = 6): Promise<PublicPostSummary[]> {
  return withTenant(tenantId, (tx) =>
    tx
      .select({
        id: posts.id,
        kind: posts.kind,
        title: posts.title,
        description: posts.description,
        urgency: posts.urgency,
        categoryLabel: categories.label,
        categoryIcon: categories.icon,
        authorName: users.name,
        createdAt: posts.createdAt,
      })
      .from(posts)
      .innerJoin(categories, and(eq(categories.tenantId, posts.tenantId), eq(categories.id, posts.categoryId)))
      .innerJoin(users, and(eq(users.tenantId, posts.tenantId), eq(users.id, posts.authorId)))
      .where(and(eq(posts.tenantId, tenantId), eq(posts.status, 'open'), eq(posts.moderation, 'approved')))
      .orderBy(desc(posts.createdAt))
      .limit(limit)
      .then((rows) => rows.map((r) => ({ ...r, authorName: r.authorName ?? '' }))),
  );
}
