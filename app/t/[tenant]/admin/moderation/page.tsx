import type { Metadata } from 'next';
import { withTenant } from '@/db/with-tenant';
import { requireStaff } from '@/lib/auth/require-user';
import type { Messages } from '@/lib/i18n/fr';
import { formatLongDate } from '@/lib/i18n/format-date';
import { getRequestMessages } from '@/lib/i18n/locale';
import { format, type Locale } from '@/lib/i18n/messages';
import { relativeTime } from '@/lib/i18n/relative-time';
import { getModerationQueue, type PersonContext, type QueuePost, type QueueReport } from '@/lib/moderation/moderation-queue';
import { getModerationPolicy } from '@/lib/moderation/moderation-policy';
import { rolesFor } from '@/lib/staff/console-sections';
import { getSiteOrNotFound } from '@/lib/tenant/site';
import { Flash } from '../_components/flash';
import { ModerationSettingsForm, PostDecisionForm, ReinstateForm, ReportsDecisionForm, SuspendForm } from './moderation-forms';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getRequestMessages();
  return { title: m.moderationAdmin.title };
}

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<{ ok?: string }> };

function Person({ person, title, m, locale }: { person: PersonContext; title: string; m: Messages; locale: Locale }) {
  const t = m.moderationAdmin;
  return (
    <div className="flex flex-col gap-1 rounded-lg bg-zinc-50 p-3 text-base ring-1 ring-zinc-300">
      <p className="text-lg font-semibold">{title}</p>
      <p>{format(t.memberSince, { ago: relativeTime(person.memberSince, m) })}</p>
      <p>{format(t.postsCount, { posts: person.posts, hidden: person.hiddenPosts })}</p>
      <p>{format(t.reportsCount, { n: person.reportsAbout })}</p>
      {person.role !== 'resident' ? <p className="font-semibold">{format(t.staffRole, { role: m.admin.roles[person.role as 'admin'] })}</p> : null}
      {person.status === 'suspended' ? <p className="font-semibold text-red-800">{t.statusSuspended}</p> : null}
      {person.decisions.length ? (
        <>
          <p className="font-semibold">{t.history}</p>
          <ul className="ml-5 list-disc">
            {person.decisions.map((d) => (
              <li key={d.createdAt.toISOString()}>
                {format(t.historyLine, { date: formatLongDate(d.createdAt, locale), action: t.actions[d.action as keyof typeof t.actions] })}
                {d.reason ? ` — « ${d.reason} »` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

function Reports({ reports, m }: { reports: QueueReport[]; m: Messages }) {
  if (!reports.length) return null;
  return (
    <div className="flex flex-col gap-1">
      <p className="text-lg font-semibold">{format(m.moderationAdmin.reportsTitle, { n: reports.length })}</p>
      <ul className="flex flex-col gap-2">
        {reports.map((r) => (
          <li key={r.id} className="rounded-lg border-l-4 border-amber-700 bg-amber-50 px-3 py-2 text-zinc-900">
            <span className="font-semibold">{format(m.moderationAdmin.reportLine, { name: r.reporterName, ago: relativeTime(r.createdAt, m) })}</span>{' '}
            <span className="whitespace-pre-line break-words">{r.reason}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function PostCard({ post, m, locale, hiddenList }: { post: QueuePost; m: Messages; locale: Locale; hiddenList?: boolean }) {
  const t = m.moderationAdmin;
  const badge = post.moderation === 'pending' ? t.badges.pending : post.moderation === 'hidden' ? (post.reports.length ? t.badges.hidden : m.post.moderation.hidden) : t.badges.approved;
  const decisions = [
    ...(post.moderation === 'pending' ? [{ value: 'approve' as const, label: t.approve }] : []),
    ...(post.moderation === 'hidden' ? [{ value: 'restore' as const, label: t.restore }] : []),
    ...(post.moderation !== 'hidden' ? [{ value: 'hide' as const, label: t.hide }] : []),
    ...(post.reports.length && !hiddenList ? [{ value: 'dismiss' as const, label: t.dismiss }] : []),
  ];
  return (
    <li className="flex flex-col gap-4 rounded-xl bg-white p-4 ring-1 ring-zinc-300" data-testid="queue-post">
      <div className="flex flex-col gap-2">
        <p className="flex flex-wrap items-center gap-2">
          <span className="rounded-full border-2 border-zinc-800 px-3 font-semibold">{badge}</span>
          <span className="text-base text-zinc-700">{format(t.waiting, { ago: relativeTime(post.waitingSince, m) })}</span>
        </p>
        <h3 className="text-xl font-bold break-words">{post.title}</h3>
        <p className="text-base text-zinc-700">
          {format(t.postMeta, { kind: post.postKind === 'need' ? m.post.need : m.post.offer, category: post.category, ago: relativeTime(post.createdAt, m) })}
        </p>
        <p className="whitespace-pre-line break-words text-lg">{post.description}</p>
      </div>
      <Person person={post.author} title={format(t.authorTitle, { name: post.author.name })} m={m} locale={locale} />
      <Reports reports={post.reports} m={m} />
      <PostDecisionForm postId={post.id} decisions={decisions} labels={{ reason: t.reasonLabel, reasonHint: t.reasonHint }} />
    </li>
  );
}

/** A4: the moderation rules and the queue, with what a moderator needs to decide. */
export default async function ModerationPage({ params, searchParams }: Props) {
  const { tenant } = await getSiteOrNotFound((await params).tenant);
  await requireStaff(tenant.id, '/admin/moderation', rolesFor('moderation'));
  const { m, locale } = await getRequestMessages();
  const { ok } = await searchParams;
  const t = m.moderationAdmin;
  const [policy, queue] = await withTenant(tenant.id, async (tx) => [await getModerationPolicy(tx, tenant.id), await getModerationQueue(tx, tenant.id)] as const);
  const waiting = queue.posts.length + queue.messages.length + queue.people.length;
  const flash = ok === 'reglages' ? t.settingsFlash : ok && ok in t.flash ? t.flash[ok as keyof typeof t.flash] : null;

  return (
    <div className="flex flex-col gap-8">
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <Flash text={flash} />

      <section aria-labelledby="a-verifier" className="flex flex-col gap-4">
        <h2 id="a-verifier" className="text-2xl font-bold">
          {format(t.queueTitle, { n: waiting })}
        </h2>
        {waiting === 0 ? <p className="text-lg">{t.queueEmpty}</p> : null}
        {queue.posts.length ? (
          <ul className="flex flex-col gap-4" aria-label={t.postsTitle}>
            {queue.posts.map((p) => (
              <PostCard key={p.id} post={p} m={m} locale={locale} />
            ))}
          </ul>
        ) : null}
        {queue.messages.length ? (
          <>
            <h3 className="text-xl font-bold">{t.messagesTitle}</h3>
            <ul className="flex flex-col gap-4">
              {queue.messages.map((msg) => (
                <li key={msg.id} className="flex flex-col gap-4 rounded-xl bg-white p-4 ring-1 ring-zinc-300" data-testid="queue-message">
                  <p className="text-base text-zinc-700">{format(t.messageIn, { title: msg.postTitle, ago: relativeTime(msg.createdAt, m) })}</p>
                  <blockquote className="whitespace-pre-line break-words border-l-4 border-zinc-400 pl-3 text-lg">{msg.body}</blockquote>
                  <Person person={msg.sender} title={format(t.senderTitle, { name: msg.sender.name })} m={m} locale={locale} />
                  <Reports reports={msg.reports} m={m} />
                  <ReportsDecisionForm targetType="message" targetId={msg.id} labels={{ note: t.notesLabel, dismiss: t.dismissMessage, resolve: t.resolve }} />
                  {msg.sender.role === 'resident' && msg.sender.status === 'active' ? (
                    <SuspendForm userId={msg.sender.id} labels={{ open: format(t.suspend, { name: msg.sender.name }), reason: t.suspendReasonLabel, submit: format(t.suspendSubmit, { name: msg.sender.name }) }} />
                  ) : null}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {queue.people.length ? (
          <>
            <h3 className="text-xl font-bold">{t.peopleTitle}</h3>
            <ul className="flex flex-col gap-4">
              {queue.people.map((p) => (
                <li key={p.id} className="flex flex-col gap-4 rounded-xl bg-white p-4 ring-1 ring-zinc-300" data-testid="queue-person">
                  <Person person={p.person} title={format(t.personTitle, { name: p.person.name })} m={m} locale={locale} />
                  <Reports reports={p.reports} m={m} />
                  <ReportsDecisionForm targetType="user" targetId={p.id} labels={{ note: t.notesLabel, dismiss: t.dismissMessage, resolve: t.resolve }} />
                  {p.person.role === 'resident' && p.person.status === 'active' ? (
                    <SuspendForm userId={p.id} labels={{ open: format(t.suspend, { name: p.person.name }), reason: t.suspendReasonLabel, submit: format(t.suspendSubmit, { name: p.person.name }) }} />
                  ) : null}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      <section aria-labelledby="masquees" className="flex flex-col gap-4">
        <h2 id="masquees" className="text-2xl font-bold">
          {t.hiddenTitle}
        </h2>
        {queue.hidden.length ? (
          <ul className="flex flex-col gap-4">
            {queue.hidden.map((p) => (
              <PostCard key={p.id} post={p} m={m} locale={locale} hiddenList />
            ))}
          </ul>
        ) : (
          <p className="text-lg">{t.hiddenEmpty}</p>
        )}
      </section>

      <section aria-labelledby="suspendues" className="flex flex-col gap-4">
        <h2 id="suspendues" className="text-2xl font-bold">
          {t.suspendedTitle}
        </h2>
        {queue.suspended.length ? (
          <ul className="flex flex-col gap-4">
            {queue.suspended.map((p) => (
              <li key={p.id} className="flex flex-col gap-3 rounded-xl bg-white p-4 ring-1 ring-zinc-300" data-testid="suspended-person">
                <Person person={p} title={p.name} m={m} locale={locale} />
                <ReinstateForm userId={p.id} labels={{ reason: t.reinstateReasonLabel, submit: t.reinstate }} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-lg">{t.suspendedEmpty}</p>
        )}
      </section>

      <section aria-labelledby="regles" className="flex flex-col gap-4 rounded-xl border-2 border-primary bg-white p-4">
        <h2 id="regles" className="text-2xl font-bold">
          {t.settingsTitle}
        </h2>
        {policy.crisisActive ? <p className="rounded-md bg-amber-50 p-3 font-semibold text-zinc-900 ring-1 ring-amber-700">{format(t.crisisOverride, { mode: t.modes[policy.mode] })}</p> : null}
        <ModerationSettingsForm
          initial={{ mode: policy.configuredMode, threshold: policy.autoHideThreshold, bannedWords: policy.bannedWords.join('\n') }}
          labels={{ modeLegend: t.modeLegend, modes: t.modes, threshold: t.threshold, thresholdHint: t.thresholdHint, bannedWords: t.bannedWords, bannedWordsHint: t.bannedWordsHint, save: t.saveSettings }}
        />
      </section>
    </div>
  );
}
