import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getRequestMessages } from '@/lib/i18n/locale';
import { format } from '@/lib/i18n/messages';
import { isPostId } from '@/lib/posts/get-post';
import { peekRenewLink } from '@/lib/posts/renew-with-token';
import { getSiteOrNotFound } from '@/lib/tenant/site';
import { RenewForm } from './renew-form';

export const metadata: Metadata = { robots: { index: false } };

type Props = { params: Promise<{ tenant: string; id: string }>; searchParams: Promise<{ jeton?: string; ok?: string }> };

/**
 * The page behind the reminder email's renew link. Opening the link changes nothing (mail
 * scanners open links on their own): it shows the post's title and one button, which works
 * signed out. The token must be this council's, for this post and its current expiry date.
 */
export default async function RenewFromEmailPage({ params, searchParams }: Props) {
  const { tenant: slug, id } = await params;
  if (!isPostId(id)) notFound();
  const { tenant, council } = await getSiteOrNotFound(slug);
  const { m } = await getRequestMessages();
  const { jeton, ok } = await searchParams;
  const post = ok ? null : await peekRenewLink(tenant.id, jeton);
  // Not this council's link, not this post, used or expired: a 404 (see not-found.tsx).
  if (!ok && (!post || post.id !== id)) notFound();
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-3xl font-bold">{m.renew.title}</h1>
      {ok || !post ? (
        <>
          <p role="status" className="mt-4 rounded-md border-2 border-green-800 bg-green-50 p-3 text-lg font-semibold text-green-900">
            {format(m.renew.done, { days: council.postExpiryDays })}
          </p>
          <p className="mt-4">
            <a href={`/annonces/${id}`} className="inline-flex min-h-12 items-center text-lg font-semibold underline">
              {m.renew.seePost}
            </a>
          </p>
        </>
      ) : (
        <>
          <p className="mt-4 text-lg">{format(m.renew.intro, { title: post.title, days: council.postExpiryDays })}</p>
          <div className="mt-6">
            <RenewForm token={jeton ?? ''} label={m.renew.submit} />
          </div>
        </>
      )}
    </div>
  );
}
