import type { Metadata } from 'next';
import { withTenant } from '@/db/with-tenant';
import { requireStaff } from '@/lib/auth/require-user';
import { EMBED_PATH } from '@/lib/embed/embed-hosts';
import { readEmbedHosts } from '@/lib/embed/embed-settings';
import { getRequestMessages } from '@/lib/i18n/locale';
import { format } from '@/lib/i18n/messages';
import { rolesFor } from '@/lib/staff/console-sections';
import { getRequestOrigin } from '@/lib/tenant/request-tenant';
import { getSiteOrNotFound } from '@/lib/tenant/site';
import { EmbedHostsForm } from './embed-hosts-form';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getRequestMessages();
  return { title: m.embed.title };
}

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<{ ok?: string }> };

/** A11: the snippet to paste into the town's own site, and who may frame it. */
export default async function EmbedSettingsPage({ params, searchParams }: Props) {
  const { tenant, council } = await getSiteOrNotFound((await params).tenant);
  await requireStaff(tenant.id, '/admin/integration', rolesFor('embed'));
  const { m } = await getRequestMessages();
  const { ok } = await searchParams;
  const hosts = await withTenant(tenant.id, (tx) => readEmbedHosts(tx, tenant.id));
  const url = `${await getRequestOrigin()}${EMBED_PATH}`;
  const iframeTitle = format(m.embed.iframeTitle, { council: council.name });
  const snippet = `<iframe src="${url}" title="${iframeTitle.replace(/"/g, '&quot;')}" width="100%" height="640" style="border:0;max-width:560px" loading="lazy"></iframe>`;

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">{m.embed.title}</h1>
      {ok ? (
        <p role="status" className="rounded-md border-2 border-green-800 bg-green-50 p-3 text-lg font-semibold text-green-900">
          {m.embed.saved}
        </p>
      ) : null}
      <p className="max-w-3xl text-lg">{m.embed.lead}</p>
      <div className="flex flex-col gap-1">
        <label htmlFor="snippet" className="text-lg font-semibold">
          {m.embed.snippetLabel}
        </label>
        <p id="snippet-hint" className="text-base text-zinc-700">
          {m.embed.snippetHint}
        </p>
        <textarea
          id="snippet"
          readOnly
          rows={4}
          value={snippet}
          aria-describedby="snippet-hint"
          className="rounded-md border-2 border-zinc-500 bg-white px-3 py-2 font-mono text-base text-zinc-900"
        />
      </div>

      <section aria-labelledby="sites" className="flex flex-col gap-3 rounded-xl bg-white p-4 ring-1 ring-zinc-300">
        <h2 id="sites" className="text-2xl font-bold">
          {m.embed.hostsTitle}
        </h2>
        {hosts.length ? (
          <div>
            <p className="text-lg">{m.embed.hostsCurrent}</p>
            <ul className="mt-1 list-disc pl-6 font-mono text-lg" data-testid="embed-hosts">
              {hosts.map((h) => (
                <li key={h}>{h}</li>
              ))}
            </ul>
          </div>
        ) : (
          <p className="text-lg">{m.embed.hostsNone}</p>
        )}
        <EmbedHostsForm initial={hosts.join('\n')} labels={{ label: m.embed.hostsLabel, hint: m.embed.hostsHint, save: m.embed.save }} />
      </section>

      <section aria-labelledby="apercu" className="flex flex-col gap-3">
        <h2 id="apercu" className="text-2xl font-bold">
          {m.embed.previewTitle}
        </h2>
        <p>
          <a href={EMBED_PATH} className="text-lg font-semibold underline">
            {m.embed.previewLink}
          </a>
        </p>
        <iframe src={EMBED_PATH} title={iframeTitle} className="h-[640px] w-full max-w-xl rounded-xl border-0 ring-1 ring-zinc-300" loading="lazy" />
      </section>
    </div>
  );
}
