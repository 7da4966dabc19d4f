import type { Metadata } from 'next';
import { requireStaff } from '@/lib/auth/require-user';
import { getRequestMessages } from '@/lib/i18n/locale';
import { rolesFor } from '@/lib/staff/console-sections';
import { TRAINING_GUIDES } from '@/lib/staff/training-guides';
import { getSiteOrNotFound } from '@/lib/tenant/site';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getRequestMessages();
  return { title: m.training.guide.indexTitle };
}

/** A8: the staff guide's table of contents. */
export default async function GuideIndexPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant } = await getSiteOrNotFound((await params).tenant);
  await requireStaff(tenant.id, '/admin/formation/guide', rolesFor('training'));
  const { m } = await getRequestMessages();
  const g = m.training.guide;
  return (
    <div className="flex max-w-3xl flex-col gap-5">
      <p>
        <a href="/admin/formation" className="font-semibold underline">
          ← {m.training.title}
        </a>
      </p>
      <h1 className="text-3xl font-bold">{g.indexTitle}</h1>
      <p className="text-lg">{g.indexIntro}</p>
      <ol className="flex flex-col gap-3">
        {Object.entries(TRAINING_GUIDES).map(([slug, key]) => (
          <li key={slug} className="rounded-xl bg-white p-4 ring-1 ring-zinc-300">
            <a href={`/admin/formation/guide/${slug}`} className="text-xl font-bold underline">
              {g[key].title}
            </a>
            <p className="text-lg">{g[key].summary}</p>
          </li>
        ))}
      </ol>
    </div>
  );
}
