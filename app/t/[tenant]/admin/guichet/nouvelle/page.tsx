import type { Metadata } from 'next';
import { requireStaff } from '@/lib/auth/require-user';
import { listEnabledCategories } from '@/lib/categories/list-categories';
import { getRequestMessages } from '@/lib/i18n/locale';
import { listQuartiers } from '@/lib/location/list-quartiers';
import { todayInFrance } from '@/lib/posts/post-input';
import { rolesFor } from '@/lib/staff/console-sections';
import { canPublish } from '@/lib/tenant/directory';
import { getSiteOrNotFound } from '@/lib/tenant/site';
import { AssistedForm } from './assisted-form';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getRequestMessages();
  return { title: m.assisted.newTitle };
}

/** A5: record a need for someone who phoned or came to the front desk. */
export default async function NewAssistedRequestPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant } = await getSiteOrNotFound((await params).tenant);
  await requireStaff(tenant.id, '/admin/guichet/nouvelle', rolesFor('assisted'));
  const { m } = await getRequestMessages();
  const [categories, quartiers] = await Promise.all([listEnabledCategories(tenant.id), listQuartiers(tenant.id)]);
  return (
    <div className="flex max-w-3xl flex-col gap-5">
      <p>
        <a href="/admin/guichet" className="font-semibold underline">
          ← {m.assisted.title}
        </a>
      </p>
      <h1 className="text-3xl font-bold">{m.assisted.newTitle}</h1>
      <p className="text-lg">{m.assisted.newIntro}</p>
      {canPublish(tenant) ? (
        <AssistedForm
          categories={categories.map((c) => ({ key: c.key, label: c.label }))}
          quartiers={quartiers.map((q) => ({ id: q.id, name: q.name }))}
          today={todayInFrance()}
          labels={{ post: m.postForm, assisted: m.assisted, weekdays: m.post.weekdays }}
        />
      ) : (
        <p className="rounded-md border-2 border-zinc-700 bg-white p-3 text-lg font-semibold">{m.postForm.closedSite}</p>
      )}
    </div>
  );
}
