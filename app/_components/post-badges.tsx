import type { Messages } from '@/lib/i18n/fr';
import { CategoryIcon } from './category-icon';

type Props = {
  post: { kind: 'need' | 'offer'; urgency: 'normal' | 'urgent'; category: { label: string; icon: string } };
  m: Messages;
};

/** Need or offer, urgent or not, and the category: the first line of every post. */
export function PostBadges({ post, m }: Props) {
  return (
    <p className="flex flex-wrap items-center gap-2 text-base">
      <span
        className={
          post.kind === 'need'
            ? 'rounded-full bg-primary px-3 py-0.5 font-semibold text-on-primary'
            : 'rounded-full bg-accent px-3 py-0.5 font-semibold text-on-accent'
        }
      >
        {post.kind === 'need' ? m.post.need : m.post.offer}
      </span>
      {post.urgency === 'urgent' ? (
        <span className="rounded-full border-2 border-red-800 px-3 py-0.5 font-semibold text-red-800">{m.post.urgent}</span>
      ) : null}
      <span className="inline-flex items-center gap-1 text-zinc-800">
        <CategoryIcon name={post.category.icon} className="size-5" />
        {post.category.label}
      </span>
    </p>
  );
}
