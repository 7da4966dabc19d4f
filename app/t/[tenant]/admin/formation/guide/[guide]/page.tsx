import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireStaff } from '@/lib/auth/require-user';
import { getRequestMessages } from '@/lib/i18n/locale';
import { rolesFor } from '@/lib/staff/console-sections';
import { isGuideSlug, TRAINING_GUIDES } from '@/lib/staff/training-guides';
import { getSiteOrNotFound } from '@/lib/tenant/site';
import { GuideIllustration } from '../illustrations';

type Props = { params: Promise<{ tenant: string; guide: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { guide } = await params;
  const { m } = await getRequestMessages();
  return { title: isGuideSlug(guide) ? m.training.guide[TRAINING_GUIDES[guide]].title : m.training.guide.indexTitle };
}

/** A8: one task of the staff guide — a sketch of the screen, numbered steps, a tip. */
export default async function GuidePage({ params }: Props) {
  const { tenant: slug, guide } = await params;
  const { tenant } = await getSiteOrNotFound(slug);
  await requireStaff(tenant.id, `/admin/formation/guide/${guide}`, rolesFor('training'));
  if (!isGuideSlug(guide)) notFound();
  const { m } = await getRequestMessages();
  const key = TRAINING_GUIDES[guide];
  const g = m.training.guide[key];
  return (
    <article className="flex max-w-3xl flex-col gap-5">
      <p>
        <a href="/admin/formation/guide" className="font-semibold underline">
          ← {m.training.guide.back}
        </a>
      </p>
      <h1 className="text-3xl font-bold">{g.title}</h1>
      <p className="text-xl">{g.summary}</p>
      <figure>
        <GuideIllustration guide={key} m={m} />
      </figure>
      <section aria-labelledby="etapes">
        <h2 id="etapes" className="text-2xl font-bold">
          {m.training.guide.stepsTitle}
        </h2>
        <ol className="mt-3 flex flex-col gap-3">
          {g.steps.map((step, i) => (
            <li key={i} className="flex gap-3 text-lg">
              <span aria-hidden="true" className="flex size-9 shrink-0 items-center justify-center rounded-full bg-[#9a3412] font-bold text-white">
                {i + 1}
              </span>
              <span className="pt-1">{step}</span>
            </li>
          ))}
        </ol>
      </section>
      <aside aria-labelledby="astuce" className="rounded-xl border-2 border-primary bg-white p-4">
        <h2 id="astuce" className="text-xl font-bold">
          {m.training.guide.tipTitle}
        </h2>
        <p className="mt-1 text-lg">{g.tip}</p>
      </aside>
      <p>
        <a href="/admin/formation" className="inline-flex min-h-12 items-center rounded-lg bg-primary px-6 py-3 text-lg font-bold text-on-primary no-underline">
          {m.training.guide.practise}
        </a>
      </p>
    </article>
  );
}
