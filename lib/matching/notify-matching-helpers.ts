import { and, eq } from 'drizzle-orm';
import { categories } from '@/db/schema/categories';
import { posts, type Post } from '@/db/schema/posts';
import type { Tx } from '@/db/client';
import { withTenant } from '@/db/with-tenant';
import { distanceBand } from '@/lib/geo/privacy';
import { format } from '@/lib/i18n/messages';
import { sendJob } from '@/lib/jobs/boss';
import { notify } from '@/lib/notifications/notify';
import { getCouncilOrThrow } from '@/lib/tenant/council';
import { findMatchingHelpers, MATCH_LIMIT, type NeedForMatching } from './find-matching-helpers';

export type MatchingJob = { tenantId: string; postId: string; origin: string };

/** Called when a need becomes visible (published, or approved by a moderator). */
export async function scheduleMatching(job: MatchingJob) {
  await sendJob('matching.notify', job, { singletonKey: `${job.tenantId}:${job.postId}` });
}

async function loadOpenNeed(tx: Tx, tenantId: string, postId: string) {
  const [row] = await tx
    .select({ post: posts, categoryLabel: categories.label })
    .from(posts)
    .innerJoin(categories, and(eq(categories.tenantId, posts.tenantId), eq(categories.id, posts.categoryId)))
    .where(and(eq(posts.tenantId, tenantId), eq(posts.id, postId)));
  if (!row || row.post.kind !== 'need' || row.post.status !== 'open' || row.post.moderation !== 'approved') return null;
  return row;
}

function asNeed(post: Post): NeedForMatching {
  const { id: postId, authorId, categoryId, location, whenKind, whenDate, whenWeekdays } = post;
  return { postId, authorId, categoryId, location, whenKind, whenDate, whenWeekdays };
}

/** The matching job: every matching helper hears of the need as they chose (R6, R8). */
export async function notifyMatchingHelpers({ tenantId, postId, origin }: MatchingJob): Promise<number> {
  const council = await getCouncilOrThrow(tenantId);
  return withTenant(tenantId, async (tx) => {
    const need = await loadOpenNeed(tx, tenantId, postId);
    if (!need) return 0;
    const helpers = await findMatchingHelpers(tx, tenantId, asNeed(need.post));
    for (const helper of helpers) {
      await notify(tx, { council, origin }, {
        kind: 'match',
        recipientId: helper.userId,
        path: `/annonces/${postId}`,
        dedupeKey: `match:${postId}`,
        content: (m) => {
          const vars = { title: need.post.title, category: need.categoryLabel, distance: m.notify.bands[distanceBand(helper.distanceM)] };
          return {
            subject: format(m.notify.matchSubject, vars),
            paragraphs: [format(m.notify.matchBody, vars)],
            actionLabel: m.notify.matchAction,
            digestTitle: format(m.notify.matchDigest, vars),
          };
        },
      });
    }
    return helpers.length;
  });
}

/**
 * What the requester sees (R6): how many neighbours could help, and the distance band that
 * covers them all — never who they are.
 */
export async function countMatchingHelpers(tx: Tx, tenantId: string, postId: string) {
  const need = await loadOpenNeed(tx, tenantId, postId);
  if (!need) return null;
  const helpers = await findMatchingHelpers(tx, tenantId, asNeed(need.post));
  if (helpers.length === 0) return { count: 0, band: null, more: false };
  return {
    count: helpers.length,
    band: distanceBand(Math.max(...helpers.map((h) => h.distanceM))),
    // The query stops at the nearest MATCH_LIMIT: there may be more.
    more: helpers.length >= MATCH_LIMIT,
  };
}
