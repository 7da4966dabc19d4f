import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { posts } from '@/db/schema/posts';
import { reports } from '@/db/schema/safety';
import { createTestPost, createTestTenant, createTestUser } from '@/db/test-fixtures';
import { setupTestDatabase } from '@/db/test-database';
import { withTenant } from '@/db/with-tenant';
import type { AppError } from '@/lib/errors';
import { listNearbyPosts } from '@/lib/posts/list-nearby-posts';
import { reportContent } from './reports';

setupTestDatabase();

let t: string;
let other: string;
let author: string;
let reporters: string[];
let postId: string;
const code = (e: unknown) => (e as AppError).code;

beforeAll(async () => {
  t = (await createTestTenant('signal')).tenantId;
  other = (await createTestTenant('signal-ailleurs')).tenantId;
  author = (await createTestUser(t, 'auteur@example.org')).id;
  reporters = [];
  for (const n of [1, 2, 3]) reporters.push((await createTestUser(t, `r${n}@example.org`)).id);
  postId = (await createTestPost(t, author, { title: 'Annonce douteuse' })).id;
});

describe('reports (R9, A4)', () => {
  it('acknowledges a report, once per person, and hides a post reported by three different people', async () => {
    const first = await withTenant(t, (tx) => reportContent(tx, t, reporters[0]!, { targetType: 'post', targetId: postId, reason: 'Demande de l’argent' }));
    const again = await withTenant(t, (tx) => reportContent(tx, t, reporters[0]!, { targetType: 'post', targetId: postId, reason: 'Encore' }));
    expect(again.reportId).toBe(first.reportId);
    expect(again.autoHidden).toBe(false);
    await withTenant(t, (tx) => reportContent(tx, t, reporters[1]!, { targetType: 'post', targetId: postId, reason: 'Suspect' }));
    expect((await listNearbyPosts(t, null)).posts.map((p) => p.id)).toContain(postId);
    const third = await withTenant(t, (tx) => reportContent(tx, t, reporters[2]!, { targetType: 'post', targetId: postId, reason: 'Arnaque' }));
    expect(third.autoHidden).toBe(true);
    const [post] = await withTenant(t, (tx) => tx.select().from(posts).where(and(eq(posts.tenantId, t), eq(posts.id, postId))));
    expect(post!.moderation).toBe('hidden');
    expect((await listNearbyPosts(t, null)).posts.map((p) => p.id)).not.toContain(postId);
  });

  it('refuses bad input and targets out of reach, changing nothing', async () => {
    const count = async () => (await withTenant(t, (tx) => tx.select().from(reports).where(eq(reports.tenantId, t)))).length;
    const before = await count();
    await expect(withTenant(t, (tx) => reportContent(tx, t, reporters[0]!, { targetType: 'post', targetId: postId, reason: ' ' }))).rejects.toSatisfy(
      (e) => code(e) === 'validation',
    );
    await expect(withTenant(t, (tx) => reportContent(tx, t, author, { targetType: 'user', targetId: author, reason: 'moi' }))).rejects.toSatisfy(
      (e) => code(e) === 'forbidden',
    );
    // Another council's post, by its real id: not found from here, nothing written there.
    const stranger = await createTestUser(other, 'x@example.org');
    const foreign = (await createTestPost(other, stranger.id)).id;
    await expect(withTenant(t, (tx) => reportContent(tx, t, reporters[0]!, { targetType: 'post', targetId: foreign, reason: 'Inter-communes' }))).rejects.toSatisfy(
      (e) => code(e) === 'not_found',
    );
    expect(await count()).toBe(before);
    expect(await withTenant(other, (tx) => tx.select().from(reports).where(eq(reports.tenantId, other)))).toEqual([]);
  });
});
