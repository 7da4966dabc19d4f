import { and, asc, desc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { categories } from '@/db/schema/categories';
import { conversations, messages } from '@/db/schema/conversations';
import { moderationDecisions } from '@/db/schema/moderation';
import { posts } from '@/db/schema/posts';
import { reports } from '@/db/schema/safety';
import { users } from '@/db/schema/users';

export const QUEUE_PAGE = 50;

export type QueueReport = { id: string; reason: string; createdAt: Date; reporterName: string };
export type PersonContext = {
  id: string;
  name: string;
  role: string;
  status: string;
  memberSince: Date;
  posts: number;
  hiddenPosts: number;
  reportsAbout: number;
  decisions: { action: string; reason: string; createdAt: Date }[];
};

export type QueuePost = {
  kind: 'post';
  id: string;
  title: string;
  description: string;
  postKind: 'need' | 'offer';
  category: string;
  status: string;
  moderation: 'approved' | 'pending' | 'hidden';
  createdAt: Date;
  waitingSince: Date;
  author: PersonContext;
  reports: QueueReport[];
};

export type QueueMessage = {
  kind: 'message';
  id: string;
  body: string;
  createdAt: Date;
  postId: string;
  postTitle: string;
  waitingSince: Date;
  sender: PersonContext;
  reports: QueueReport[];
};

export type QueuePerson = { kind: 'user'; id: string; waitingSince: Date; person: PersonContext; reports: QueueReport[] };

export type ModerationQueue = { posts: QueuePost[]; messages: QueueMessage[]; people: QueuePerson[]; hidden: QueuePost[]; suspended: PersonContext[] };

async function openReportsFor(tx: Tx, tenantId: string, targetType: 'post' | 'message' | 'user', ids: string[]) {
  if (!ids.length) return new Map<string, QueueReport[]>();
  const rows = await tx
    .select({ id: reports.id, targetId: reports.targetId, reason: reports.reason, createdAt: reports.createdAt, reporterName: users.name })
    .from(reports)
    .innerJoin(users, and(eq(users.tenantId, reports.tenantId), eq(users.id, reports.reporterId)))
    .where(and(eq(reports.tenantId, tenantId), eq(reports.targetType, targetType), eq(reports.status, 'open'), inArray(reports.targetId, ids)))
    .orderBy(asc(reports.createdAt));
  const out = new Map<string, QueueReport[]>();
  for (const r of rows) {
    const list = out.get(r.targetId) ?? [];
    list.push({ id: r.id, reason: r.reason, createdAt: r.createdAt, reporterName: r.reporterName ?? '' });
    out.set(r.targetId, list);
  }
  return out;
}

/**
 * What a moderator needs to judge someone: how long they have been here, what they posted,
 * how often they were reported, and the decisions already taken about them. Never their
 * contact details.
 */
export async function personContexts(tx: Tx, tenantId: string, ids: string[]): Promise<Map<string, PersonContext>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const people = await tx
    .select({ id: users.id, name: users.name, role: users.role, status: users.status, createdAt: users.createdAt })
    .from(users)
    .where(and(eq(users.tenantId, tenantId), inArray(users.id, unique)));
  const postCounts = await tx
    .select({
      authorId: posts.authorId,
      total: sql<number>`count(*)::int`,
      hidden: sql<number>`count(*) filter (where ${posts.moderation} = 'hidden')::int`,
    })
    .from(posts)
    .where(and(eq(posts.tenantId, tenantId), inArray(posts.authorId, unique)))
    .groupBy(posts.authorId);
  // Every report ever made about the person, their posts or their messages.
  const reportCounts = await tx.execute(sql`
    select subject_id, count(*)::int as n from (
      select r.target_id as subject_id from reports r
        where r.tenant_id = ${tenantId} and r.target_type = 'user' and r.target_id in ${unique}
      union all
      select p.author_id from reports r join posts p on p.tenant_id = r.tenant_id and p.id = r.target_id
        where r.tenant_id = ${tenantId} and r.target_type = 'post' and p.author_id in ${unique}
      union all
      select m.sender_id from reports r join messages m on m.tenant_id = r.tenant_id and m.id = r.target_id
        where r.tenant_id = ${tenantId} and r.target_type = 'message' and m.sender_id in ${unique}
    ) x group by subject_id`);
  const decisions = await tx
    .select({ subjectId: moderationDecisions.subjectId, action: moderationDecisions.action, reason: moderationDecisions.reason, createdAt: moderationDecisions.createdAt })
    .from(moderationDecisions)
    .where(and(eq(moderationDecisions.tenantId, tenantId), inArray(moderationDecisions.subjectId, unique)))
    .orderBy(desc(moderationDecisions.createdAt));

  const counts = new Map(postCounts.map((c) => [c.authorId, c]));
  const reported = new Map(
    ((reportCounts as unknown as { rows?: { subject_id: string; n: number }[] }).rows ?? (reportCounts as unknown as { subject_id: string; n: number }[])).map(
      (r) => [r.subject_id, Number(r.n)],
    ),
  );
  const out = new Map<string, PersonContext>();
  for (const p of people) {
    out.set(p.id, {
      id: p.id,
      name: p.name ?? '',
      role: p.role,
      status: p.status,
      memberSince: p.createdAt,
      posts: counts.get(p.id)?.total ?? 0,
      hiddenPosts: counts.get(p.id)?.hidden ?? 0,
      reportsAbout: reported.get(p.id) ?? 0,
      decisions: decisions.filter((d) => d.subjectId === p.id).slice(0, 5),
    });
  }
  return out;
}

const postColumns = {
  id: posts.id,
  title: posts.title,
  description: posts.description,
  postKind: posts.kind,
  category: categories.label,
  status: posts.status,
  moderation: posts.moderation,
  createdAt: posts.createdAt,
  authorId: posts.authorId,
};

/**
 * The moderation queue (A4): posts waiting for approval or reported (an automatically hidden
 * post is among them, with its reports), reported messages and people; then, to undo a
 * decision, the posts hidden lately and the people suspended. Oldest first: whoever has waited
 * longest is seen first.
 */
export async function getModerationQueue(tx: Tx, tenantId: string): Promise<ModerationQueue> {
  const reportedPostIds = tx
    .selectDistinct({ id: reports.targetId })
    .from(reports)
    .where(and(eq(reports.tenantId, tenantId), eq(reports.targetType, 'post'), eq(reports.status, 'open')));
  // Written out in full: inside a subquery, an unqualified column would bind to the inner table.
  const firstReport = sql<Date>`(select min(r.created_at) from reports r where r.tenant_id = posts.tenant_id and r.target_type = 'post' and r.target_id = posts.id and r.status = 'open')`;
  const queuedPosts = await tx
    .select({ ...postColumns, firstReport })
    .from(posts)
    .innerJoin(categories, and(eq(categories.tenantId, posts.tenantId), eq(categories.id, posts.categoryId)))
    .where(and(eq(posts.tenantId, tenantId), or(eq(posts.moderation, 'pending'), inArray(posts.id, reportedPostIds))))
    .orderBy(sql`coalesce(${firstReport}, ${posts.createdAt})`)
    .limit(QUEUE_PAGE);
  const hiddenPosts = await tx
    .select(postColumns)
    .from(posts)
    .innerJoin(categories, and(eq(categories.tenantId, posts.tenantId), eq(categories.id, posts.categoryId)))
    .where(and(eq(posts.tenantId, tenantId), eq(posts.moderation, 'hidden'), sql`${posts.id} not in ${reportedPostIds}`, sql`${posts.title} <> 'ancien membre'`))
    .orderBy(desc(posts.updatedAt))
    .limit(20);

  const reportedMessages = await tx
    .select({
      id: messages.id,
      body: messages.body,
      createdAt: messages.createdAt,
      senderId: messages.senderId,
      postId: posts.id,
      postTitle: posts.title,
      firstReport: sql<Date>`min(${reports.createdAt})`,
    })
    .from(reports)
    .innerJoin(messages, and(eq(messages.tenantId, reports.tenantId), eq(messages.id, reports.targetId)))
    .innerJoin(conversations, and(eq(conversations.tenantId, messages.tenantId), eq(conversations.id, messages.conversationId)))
    .innerJoin(posts, and(eq(posts.tenantId, conversations.tenantId), eq(posts.id, conversations.postId)))
    .where(and(eq(reports.tenantId, tenantId), eq(reports.targetType, 'message'), eq(reports.status, 'open')))
    .groupBy(messages.id, messages.body, messages.createdAt, messages.senderId, posts.id, posts.title)
    .orderBy(sql`min(${reports.createdAt})`)
    .limit(QUEUE_PAGE);

  const reportedPeople = await tx
    .select({ id: reports.targetId, firstReport: sql<Date>`min(${reports.createdAt})` })
    .from(reports)
    .where(and(eq(reports.tenantId, tenantId), eq(reports.targetType, 'user'), eq(reports.status, 'open')))
    .groupBy(reports.targetId)
    .orderBy(sql`min(${reports.createdAt})`)
    .limit(QUEUE_PAGE);

  const suspended = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.tenantId, tenantId), eq(users.status, 'suspended')))
    .orderBy(desc(users.updatedAt))
    .limit(QUEUE_PAGE);

  const people = await personContexts(tx, tenantId, [
    ...queuedPosts.map((p) => p.authorId),
    ...hiddenPosts.map((p) => p.authorId),
    ...reportedMessages.map((m) => m.senderId),
    ...reportedPeople.map((p) => p.id),
    ...suspended.map((s) => s.id),
  ]);
  const postReports = await openReportsFor(tx, tenantId, 'post', queuedPosts.map((p) => p.id));
  const messageReports = await openReportsFor(tx, tenantId, 'message', reportedMessages.map((m) => m.id));
  const personReports = await openReportsFor(tx, tenantId, 'user', reportedPeople.map((p) => p.id));

  const toPost = (p: (typeof queuedPosts)[number] | (typeof hiddenPosts)[number], first: Date | null): QueuePost => ({
    kind: 'post',
    id: p.id,
    title: p.title,
    description: p.description,
    postKind: p.postKind,
    category: p.category,
    status: p.status,
    moderation: p.moderation,
    createdAt: p.createdAt,
    waitingSince: first ? new Date(first) : p.createdAt,
    author: people.get(p.authorId)!,
    reports: postReports.get(p.id) ?? [],
  });
  return {
    posts: queuedPosts.map((p) => toPost(p, p.firstReport)),
    hidden: hiddenPosts.map((p) => toPost(p, null)),
    messages: reportedMessages.map((msg) => ({
      kind: 'message' as const,
      id: msg.id,
      body: msg.body,
      createdAt: msg.createdAt,
      postId: msg.postId,
      postTitle: msg.postTitle,
      waitingSince: new Date(msg.firstReport),
      sender: people.get(msg.senderId)!,
      reports: messageReports.get(msg.id) ?? [],
    })),
    people: reportedPeople
      .filter((p) => people.has(p.id))
      .map((p) => ({ kind: 'user' as const, id: p.id, waitingSince: new Date(p.firstReport), person: people.get(p.id)!, reports: personReports.get(p.id) ?? [] })),
    suspended: suspended.map((s) => people.get(s.id)!).filter(Boolean),
  };
}
