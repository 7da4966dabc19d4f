import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { PostBadges } from '@/app/_components/post-badges';
import { getCurrentUser } from '@/lib/auth/session';
import { capitalise } from '@/lib/i18n/capitalise';
import { formatLongDate } from '@/lib/i18n/format-date';
import { getRequestMessages } from '@/lib/i18n/locale';
import { format } from '@/lib/i18n/messages';
import { relativeTime } from '@/lib/i18n/relative-time';
import { describeWhen } from '@/lib/posts/describe-when';
import { getPostForViewer } from '@/lib/posts/get-post';
import { getSiteOrNotFound } from '@/lib/tenant/site';
import { SubmitButton } from '@/app/_components/submit-button';
import { getPostConversationContext } from '@/lib/messages/post-conversation-context';
import { startConversationAction } from '../../messages/actions';
import { withTenant } from '@/db/with-tenant';
import { getLatestPostDecision } from '@/lib/moderation/moderate';
import { PostOwnerActions } from './post-owner-actions';

type Props = { params: Promise<{ tenant: string; id: string }>; searchParams: Promise<{ ok?: string; erreur?: string }> };

async function load(params: Props['params']) {
  const { tenant: slug, id } = await params;
  return loadPost(slug, id);
}

// Once per request for the metadata and the page.
const loadPost = cache(async (slug: string, id: string) => {
  const { tenant, council } = await getSiteOrNotFound(slug);
  const user = await getCurrentUser(tenant.id);
  const found = await getPostForViewer(tenant.id, user?.id ?? null, id);
  if (!found) notFound();
  return { tenant, council, user, ...found };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { post } = await load(params);
  return { title: post.title };
}

/** A post as others see it (R3: a distance band and a sector), plus the author's own tools. */
export default async function PostPage({ params, searchParams }: Props) {
  const { tenant, council, user, post, own } = await load(params);
  const { m, locale } = await getRequestMessages();
  const { ok, erreur } = await searchParams;
  const conversation = user ? await getPostConversationContext(tenant.id, user.id, post.id, !!own) : null;
  // A4: the author sees the moderators' last decision on their post, with the reason given.
  const decision = own ? await withTenant(tenant.id, (tx) => getLatestPostDecision(tx, tenant.id, post.id)) : null;
  const pending = own?.moderation === 'pending';
  const flash =
    own && ok === 'publiee'
      ? pending
        ? m.moderationNotice.pendingCreated
        : m.post.created
      : own && ok === 'modifiee'
        ? pending
          ? m.moderationNotice.pendingUpdated
          : m.post.updated
        : own && ok === 'resolue'
          ? m.post.resolved
          : own && ok === 'prolongee'
            ? format(m.post.renewed, { date: formatLongDate(own.expiresAt, locale) })
            : null;
  const band = m.post.bands[post.distanceBand];

  return (
    <article className="mx-auto flex max-w-3xl flex-col gap-5">
      {flash ? (
        <p role="status" className="rounded-md border-2 border-green-800 bg-green-50 p-3 text-lg font-semibold text-green-900">
          {flash}
        </p>
      ) : null}
      {erreur ? (
        <p role="alert" className="rounded-md border-2 border-red-800 bg-red-50 p-3 text-lg font-semibold text-red-900">
          {m.conversations.startError}
        </p>
      ) : null}
      <PostBadges post={post} m={m} />
      <h1 className="text-3xl font-bold break-words">{post.title}</h1>
      {post.status === 'resolved' ? (
        <p className="rounded-md border-2 border-zinc-700 bg-zinc-50 p-3 text-lg font-semibold">{m.post.resolvedNotice}</p>
      ) : post.status === 'expired' ? (
        <p className="rounded-md border-2 border-zinc-700 bg-zinc-50 p-3 text-lg font-semibold">{m.post.expiredNotice}</p>
      ) : null}
      <p className="whitespace-pre-line break-words text-lg">{post.description}</p>
      <ul className="flex flex-col gap-2 rounded-xl bg-white p-4 text-lg ring-1 ring-zinc-300">
        <li className="font-semibold">{capitalise(format(post.distanceFrom === 'home' ? m.post.fromHome : m.post.fromCentre, { band }))}</li>
        <li>
          {post.area ? format(post.area.inside ? m.post.area : m.post.areaNear, { name: post.area.name }) : format(m.post.area, { name: council.name })}
        </li>
        <li>{format(m.post.when, { when: describeWhen(post, m, locale) })}</li>
        <li className="text-zinc-700">
          {post.viaCouncil ? `${m.assisted.via} — ${council.name}` : format(m.post.by, { name: post.authorName })} ·{' '}
          {format(m.post.postedAgo, { ago: relativeTime(post.createdAt, m) })}
        </li>
      </ul>

      {!own ? (
        <div className="flex flex-col gap-3">
          {!user ? (
            <a href={`/connexion?suite=${encodeURIComponent(`/annonces/${post.id}`)}`} className="inline-flex min-h-12 items-center self-start rounded-lg bg-primary px-6 py-3 text-lg font-bold text-on-primary no-underline">
              {m.conversations.signInToAnswer}
            </a>
          ) : conversation?.conversationId ? (
            <a href={`/messages/${conversation.conversationId}`} className="inline-flex min-h-12 items-center self-start rounded-lg bg-primary px-6 py-3 text-lg font-bold text-on-primary no-underline">
              {m.conversations.alreadyTalking}
            </a>
          ) : post.status === 'open' ? (
            <form action={startConversationAction}>
              <input type="hidden" name="postId" value={post.id} />
              <SubmitButton>{post.kind === 'need' ? m.conversations.canHelp : m.conversations.interested}</SubmitButton>
            </form>
          ) : (
            <p className="text-lg">{m.conversations.postClosed}</p>
          )}
          {user ? (
            <a href={`/signaler?cible=post&id=${post.id}`} className="self-start text-base underline">
              {m.safety.reportPost}
            </a>
          ) : null}
        </div>
      ) : null}
      {own && conversation ? (
        <div className="flex flex-col gap-2 rounded-xl bg-white p-4 text-lg ring-1 ring-zinc-300">
          {post.kind === 'need' && post.status === 'open' && conversation.helpers ? (
            <p className="font-semibold">
              {conversation.helpers.count === 0
                ? m.matching.noHelpersYet
                : format(conversation.helpers.more ? m.matching.helpersNearbyMany : conversation.helpers.count === 1 ? m.matching.helperNearby : m.matching.helpersNearby, {
                    count: conversation.helpers.count,
                    band: m.notify.bands[conversation.helpers.band!],
                  })}
            </p>
          ) : null}
          {conversation.answers > 0 ? (
            <p>
              {format(m.conversations.answers, { n: conversation.answers })}{' '}
              <a href="/messages" className="font-semibold underline">
                {m.conversations.seeMessages}
              </a>
            </p>
          ) : null}
        </div>
      ) : null}
      {own ? (
        <section aria-labelledby="mon-annonce" className="flex flex-col gap-4 rounded-xl border-2 border-primary bg-white p-4">
          <h2 id="mon-annonce" className="text-2xl font-bold">
            {m.post.yoursTitle}
          </h2>
          <ul className="flex flex-col gap-1 text-lg">
            <li>{m.post.statuses[post.status]}{own.moderation !== 'approved' ? ` · ${m.post.moderation[own.moderation]}` : ''}</li>
            <li>{own.placeKind === 'address' && own.placeLabel ? format(m.post.yoursPlaceAddress, { address: own.placeLabel }) : m.post.yoursPlaceHome}</li>
            {post.status === 'open' || post.status === 'expired' ? <li>{format(m.post.expiresOn, { date: formatLongDate(own.expiresAt, locale) })}</li> : null}
          </ul>
          {decision ? (
            <div className="flex flex-col gap-1 rounded-lg border-l-4 border-primary bg-zinc-50 p-3 text-lg" data-testid="moderation-decision">
              <p className="font-semibold">{m.moderationNotice.decisionTitle}</p>
              <p>{format(m.moderationNotice.decisionOn, { date: formatLongDate(decision.createdAt, locale), action: m.moderationNotice.actions[decision.action as 'approve'] })}</p>
              {decision.reason ? <p className="whitespace-pre-line break-words">{format(m.moderationNotice.decisionReason, { reason: decision.reason })}</p> : null}
            </div>
          ) : null}
          <PostOwnerActions
            postId={post.id}
            canEdit={own.canEdit}
            canRenew={own.canRenew}
            labels={{
              edit: m.post.edit,
              resolve: m.post.resolve,
              resolveHint: m.post.resolveHint,
              renew: format(m.post.renew, { days: council.postExpiryDays }),
              delete: m.post.delete,
              deleteConfirm: m.post.deleteConfirm,
              deleteSubmit: m.post.deleteSubmit,
            }}
          />
        </section>
      ) : null}
      <p>
        <a href="/annonces" className="inline-flex min-h-12 items-center text-lg underline">
          {m.search.seeAll}
        </a>
      </p>
    </article>
  );
}
