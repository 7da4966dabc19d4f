import type { Messages } from '@/lib/i18n/fr';
import { format } from '@/lib/i18n/messages';
import { relativeTime } from '@/lib/i18n/relative-time';
import type { PublicPostSummary } from '@/lib/posts/list-latest-posts';
import { CategoryIcon } from './category-icon';

export function PostCard({ post, m }: { post: PublicPostSummary; m: Messages }) {
  return (
    <article className="flex h-full flex-col gap-2 rounded-xl border-2 border-zinc-300 bg-white p-4">
      <p className="flex flex-wrap items-center gap-2 text-base">
        <span
          className={
            post.kind === 'need'
              ? 'rounded-full bg-primary px-3 py-0.5 font-semibold text-on-primary'
              : 'rounded-full bg-accent px-3 py-0.5 font-semibold text-on-accent'
          }
        >
          {post.kind === 'need' ? m.home.need : m.home.offer}
        </span>
        {post.urgency === 'urgent' ? (
          <span className="rounded-full border-2 border-red-800 px-3 py-0.5 font-semibold text-red-800">{m.home.urgent}</span>
        ) : null}
        <span className="inline-flex items-center gap-1 text-zinc-800">
          <CategoryIcon name={post.categoryIcon} className="size-5" />
          {post.categoryLabel}
        </span>
      </p>
      <h3 className="text-xl font-bold">{post.title}</h3>
      <p className="line-clamp-3 text-zinc-800">{post.description}</p>
      <p className="mt-auto text-base text-zinc-700">
        {post.authorName} · {format(m.home.postedAgo, { ago: relativeTime(post.createdAt, m) })}
      </p>
    </article>
  );
}
