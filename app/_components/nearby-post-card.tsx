import type { Messages } from '@/lib/i18n/fr';
import { capitalise } from '@/lib/i18n/capitalise';
import { format, type Locale } from '@/lib/i18n/messages';
import { relativeTime } from '@/lib/i18n/relative-time';
import { describeWhen } from '@/lib/posts/describe-when';
import type { NearbyPost } from '@/lib/posts/list-nearby-posts';
import { PostBadges } from './post-badges';

/**
 * A post in a list (home page, search): only what anyone may see — a distance band, never a
 * position. The whole card is one link to the post page, named by its title.
 */
export function NearbyPostCard({ post, from, m, locale }: { post: NearbyPost; from: 'home' | 'centre'; m: Messages; locale: Locale }) {
  const band = m.post.bands[post.distanceBand];
  return (
    <article className="relative flex h-full flex-col gap-2 rounded-xl border-2 border-zinc-300 bg-white p-4 focus-within:border-zinc-900 hover:border-zinc-500">
      <PostBadges post={post} m={m} />
      <h3 className="text-xl font-bold">
        <a href={`/annonces/${post.id}`} className="underline decoration-2 after:absolute after:inset-0 after:content-['']">
          {post.title}
        </a>
      </h3>
      <p className="line-clamp-3 whitespace-pre-line text-zinc-800">{post.description}</p>
      <p className="text-base font-semibold text-zinc-900">
        {capitalise(format(from === 'home' ? m.post.fromHome : m.post.fromCentre, { band }))} · {describeWhen(post, m, locale)}
      </p>
      <p className="mt-auto text-base text-zinc-700">
        {post.authorName} · {format(m.post.postedAgo, { ago: relativeTime(post.createdAt, m) })}
      </p>
    </article>
  );
}
