import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { findPlan, formatEuros, planForPopulation } from '@/lib/billing/plans';
import { isBillingConfigured } from '@/lib/billing/stripe-client';
import { getRequestMessages } from '@/lib/i18n/locale';
import { format } from '@/lib/i18n/messages';
import { getCouncilDetails } from '@/lib/operator/council-details';
import { customDomainTarget } from '@/lib/operator/custom-domain';
import { requireOperator } from '@/lib/operator/operator-session';
import { OPERATOR_TRANSITIONS } from '@/lib/operator/tenant-status';
import { councilOriginFromConsole } from '@/lib/tenant/council-origin';
import { getRequestOrigin } from '@/lib/tenant/request-tenant';
import { StatusBadge } from '../../_components/status-badge';
import { BillingButtons, DeleteForm, DomainCheck, DomainForm, StatusForm } from './council-forms';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ nouvelle?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const details = await getCouncilDetails((await params).slug);
  return { title: details?.council?.name ?? details?.tenant.slug };
}

const LIVE = new Set(['active', 'trialing', 'past_due', 'unpaid', 'incomplete']);

/** One council: lifecycle (O5), billing (O4), custom domain (O3), export and deletion (O5). */
export default async function CouncilPage({ params, searchParams }: Props) {
  await requireOperator();
  const details = await getCouncilDetails((await params).slug);
  if (!details) notFound();
  const { tenant, council, account, sandbox, history, lastExport, recentExport } = details;
  const { locale, m } = await getRequestMessages();
  const c = m.operator.council;
  const b = m.operator.billing;
  const d = m.operator.domain;
  const intl = locale === 'fr' ? 'fr-FR' : 'en-GB';
  const dateTime = new Intl.DateTimeFormat(intl, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Paris' });
  const operatorOrigin = await getRequestOrigin();
  const site = councilOriginFromConsole(tenant.slug, operatorOrigin);
  const sandboxSite = sandbox ? councilOriginFromConsole(sandbox.slug, operatorOrigin) : null;
  const name = council?.name ?? tenant.slug;
  const plan = findPlan(account?.planKey) ?? planForPopulation(Math.max(1, council?.population ?? 1));
  const justCreated = (await searchParams).nouvelle === '1';
  const billingOn = isBillingConfigured();
  const subscribed = !!account?.stripeSubscriptionId && LIVE.has(account.subscriptionStatus ?? '');
  const statusOptions = OPERATOR_TRANSITIONS[tenant.status].map((s) => ({ value: s, label: c.actions[s as keyof typeof c.actions] ?? m.operator.statuses[s] }));
  const section = 'flex flex-col gap-4 rounded-xl bg-white p-5 ring-1 ring-zinc-300';

  const billingOps = [
    ...(!account?.stripeCustomerId ? [{ op: 'customer', label: b.createCustomer }] : []),
    ...(!subscribed && !account?.manualInvoicing ? [{ op: 'invoice', label: b.startInvoice }, { op: 'checkout', label: b.checkout }] : []),
    ...(account?.stripeCustomerId ? [{ op: 'portal', label: b.portal }] : []),
    account?.manualInvoicing ? { op: 'manual_off', label: b.manualOff } : { op: 'manual_on', label: b.manualOn },
  ];

  return (
    <div className="flex flex-col gap-6">
      <p>
        <a href="/" className="font-semibold underline">
          ← {c.backToFleet}
        </a>
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-3xl font-bold">{name}</h1>
        <StatusBadge status={tenant.status} readOnly={!!tenant.readOnlySince} m={m} />
      </div>
      {justCreated ? (
        <div role="status" className="rounded-md border-2 border-green-800 bg-green-50 p-3 text-lg text-green-950">
          <p className="font-semibold">{c.created}</p>
        </div>
      ) : null}
      <ul className="flex flex-wrap gap-x-6 gap-y-2 text-lg">
        <li>
          <a href={`${site}/`} className="font-semibold underline" data-testid="council-site">
            {format(m.operator.labelled, { label: c.site, value: new URL(site).host })}
          </a>
        </li>
        {sandboxSite ? (
          <li>
            <a href={`${sandboxSite}/`} className="font-semibold underline">
              {format(m.operator.labelled, { label: c.sandbox, value: new URL(sandboxSite).host })}
            </a>
          </li>
        ) : null}
      </ul>

      <section aria-labelledby="identite" className={section}>
        <h2 id="identite" className="text-2xl font-bold">
          {c.identity}
        </h2>
        <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
          {council ? (
            <>
              <dt className="font-semibold">{c.kind}</dt>
              <dd>{m.kinds[council.kind]}</dd>
              <dt className="font-semibold">{c.inseeCode}</dt>
              <dd>{council.inseeCode}</dd>
              <dt className="font-semibold">{c.population}</dt>
              <dd>{new Intl.NumberFormat(intl).format(council.population)}</dd>
            </>
          ) : null}
          <dt className="font-semibold">{c.createdAt}</dt>
          <dd>{dateTime.format(tenant.createdAt)}</dd>
        </dl>
      </section>

      <section aria-labelledby="etat" className={section}>
        <h2 id="etat" className="text-2xl font-bold">
          {c.statusTitle}
        </h2>
        <p className="text-lg">{format(c.currentStatus, { status: m.operator.statuses[tenant.status] })}</p>
        {tenant.readOnlySince ? <p className="text-lg">{format(c.readOnlySince, { date: dateTime.format(tenant.readOnlySince) })}</p> : null}
        <h3 className="text-xl font-bold">{c.changeStatus}</h3>
        <StatusForm tenantId={tenant.id} options={statusOptions} labels={c} />
        <h3 className="text-xl font-bold">{c.history}</h3>
        {history.length ? (
          <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={c.history}>
            <table className="w-full border-collapse text-left text-base">
              <thead className="bg-zinc-100">
                <tr>
                  <th scope="col" className="px-3 py-2">{c.historyColumns.at}</th>
                  <th scope="col" className="px-3 py-2">{c.historyColumns.change}</th>
                  <th scope="col" className="px-3 py-2">{c.historyColumns.actor}</th>
                  <th scope="col" className="px-3 py-2">{c.historyColumns.reason}</th>
                </tr>
              </thead>
              <tbody>
                {history.map((h) => (
                  <tr key={h.id} className="border-t border-zinc-200 align-top">
                    <td className="px-3 py-2 whitespace-nowrap">{dateTime.format(h.at)}</td>
                    <td className="px-3 py-2">
                      {m.operator.statuses[h.fromStatus]} → {m.operator.statuses[h.toStatus]}
                      {h.readOnly === null ? '' : ` (${h.readOnly ? c.readOnlyOn : c.readOnlyOff})`}
                    </td>
                    <td className="px-3 py-2">{h.actor}</td>
                    <td className="px-3 py-2">{h.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p>{c.historyEmpty}</p>
        )}
      </section>

      <section aria-labelledby="facturation" className={section}>
        <h2 id="facturation" className="text-2xl font-bold">
          {b.title}
        </h2>
        <p className="text-lg">
          {format(m.operator.labelled, {
            label: b.plan,
            value: format(Number.isFinite(plan.upTo) ? m.operator.planLine : m.operator.planLineTop, {
              plan: m.operator.plans[plan.key],
              upTo: new Intl.NumberFormat(intl).format(plan.upTo),
              price: formatEuros(plan.yearlyCents, intl),
            }),
          })}
        </p>
        {account?.manualInvoicing ? <p className="text-lg font-semibold">{b.manualIsOn}</p> : null}
        {!billingOn ? (
          <p className="rounded-md border-2 border-zinc-500 bg-zinc-50 p-3 text-lg">{b.notConfigured}</p>
        ) : (
          <>
            <p className="text-lg">
              {format(m.operator.labelled, { label: b.customer, value: account?.stripeCustomerId ?? b.noCustomer })}
            </p>
            <p className="text-lg" data-testid="subscription">
              {format(m.operator.labelled, {
                label: b.subscription,
                value: account?.stripeSubscriptionId
                  ? format(b.subscriptionLine, {
                      id: account.stripeSubscriptionId,
                      status: m.operator.reasons.stripeStatuses[account.subscriptionStatus as keyof typeof m.operator.reasons.stripeStatuses] ?? account.subscriptionStatus ?? '',
                      method: b.methods[account.collectionMethod as keyof typeof b.methods] ?? account.collectionMethod ?? '',
                    })
                  : b.noSubscription,
              })}
            </p>
            {account?.checkoutUrl ? (
              <p className="break-all text-lg">
                {b.checkoutReady}{' '}
                <a href={account.checkoutUrl} className="underline">
                  {account.checkoutUrl}
                </a>
              </p>
            ) : null}
          </>
        )}
        <p className="text-base text-zinc-700">{b.manualHint}</p>
        <BillingButtons tenantId={tenant.id} ops={billingOn ? billingOps : billingOps.filter((o) => o.op.startsWith('manual'))} />
      </section>

      <section aria-labelledby="domaine" className={section}>
        <h2 id="domaine" className="text-2xl font-bold">
          {d.title}
        </h2>
        <p className="text-lg">{format(d.intro, { subdomain: new URL(site).hostname })}</p>
        <p className="text-lg">{tenant.customDomain ? format(d.current, { domain: tenant.customDomain }) : d.none}</p>
        {tenant.customDomain ? (
          <div className="rounded-md border-2 border-zinc-400 bg-zinc-50 p-3">
            <h3 className="text-lg font-bold">{d.instructionsTitle}</h3>
            <p className="text-lg">{format(d.instructions, { domain: tenant.customDomain, target: customDomainTarget(tenant.slug) })}</p>
            <pre className="mt-2 whitespace-pre-wrap break-all rounded bg-white p-2 text-base">{`${tenant.customDomain}.  CNAME  ${customDomainTarget(tenant.slug)}.`}</pre>
          </div>
        ) : null}
        <DomainForm tenantId={tenant.id} current={tenant.customDomain} labels={d} />
        {tenant.customDomain ? <DomainCheck tenantId={tenant.id} label={d.check} /> : null}
      </section>

      <section aria-labelledby="export" className={section}>
        <h2 id="export" className="text-2xl font-bold">
          {m.operator.exportData.title}
        </h2>
        <p className="text-lg">{m.operator.exportData.intro}</p>
        <p className="text-lg">
          {lastExport ? format(m.operator.exportData.last, { date: dateTime.format(lastExport.at), actor: lastExport.actor }) : m.operator.exportData.none}
        </p>
        <form method="post" action={`/communes/${tenant.slug}/export`}>
          <button type="submit" className="min-h-12 rounded-lg bg-[#1E3A5F] px-5 py-2 text-lg font-bold text-white">
            {m.operator.exportData.download}
          </button>
        </form>
      </section>

      <section aria-labelledby="suppression" className={`${section} ring-2 ring-red-800`}>
        <h2 id="suppression" className="text-2xl font-bold text-red-900">
          {m.operator.deletion.title}
        </h2>
        <p className="text-lg">{m.operator.deletion.intro}</p>
        {!recentExport ? <p className="text-lg font-semibold">{m.operator.deletion.needsExport}</p> : null}
        <DeleteForm tenantId={tenant.id} confirmLabel={format(m.operator.deletion.confirmLabel, { slug: tenant.slug })} submit={m.operator.deletion.submit} />
      </section>
    </div>
  );
}
