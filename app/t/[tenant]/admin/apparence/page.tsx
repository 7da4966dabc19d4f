import type { Metadata } from 'next';
import { withTenant } from '@/db/with-tenant';
import { requireStaff } from '@/lib/auth/require-user';
import { getRequestMessages } from '@/lib/i18n/locale';
import { format } from '@/lib/i18n/messages';
import { brandingValuesOf, getBrandingDraft } from '@/lib/staff/branding';
import { rolesFor } from '@/lib/staff/console-sections';
import { getSiteOrNotFound } from '@/lib/tenant/site';
import { ButtonForm } from '../_components/button-form';
import { Flash } from '../_components/flash';
import { discardBrandingDraftAction } from './actions';
import { BrandingForm } from './branding-form';
import { previewLabels } from './preview-labels';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getRequestMessages();
  return { title: m.brandingAdmin.title };
}

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<{ ok?: string }> };

/** A2: the council's branding, edited as a draft, previewed, then published. Admins only. */
export default async function BrandingPage({ params, searchParams }: Props) {
  const { tenant, council } = await getSiteOrNotFound((await params).tenant);
  await requireStaff(tenant.id, '/admin/apparence', rolesFor('branding'));
  const { m, locale } = await getRequestMessages();
  const { ok } = await searchParams;
  const t = m.brandingAdmin;
  const draft = await withTenant(tenant.id, (tx) => getBrandingDraft(tx, tenant.id));
  const dateTime = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' });
  const flash = ok === 'publie' ? t.publishedFlash : ok === 'abandonne' ? t.discardedFlash : null;

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-3">
        <h1 className="text-3xl font-bold">{t.title}</h1>
        <p className="text-lg">{t.intro}</p>
      </header>
      <Flash text={flash} />
      {draft ? (
        <div className="flex flex-col gap-3 rounded-xl border-2 border-amber-700 bg-amber-50 p-4 text-zinc-900">
          <p className="text-lg font-semibold">{format(t.draftNotice, { date: dateTime.format(draft.updatedAt) })}</p>
          <div className="flex flex-wrap items-center gap-3">
            <a href="/admin/apparence/apercu" className="inline-flex min-h-12 items-center rounded-lg bg-primary px-5 text-lg font-bold text-on-primary no-underline">
              {t.seePreview}
            </a>
            <ButtonForm action={discardBrandingDraftAction} hidden={{}} label={t.discard} variant="danger" />
          </div>
        </div>
      ) : null}
      <BrandingForm
        initial={draft?.values ?? brandingValuesOf(council)}
        published={council.theme}
        logo={{
          current: council.hasLogo ? `/logo?v=${council.logoVersion}` : null,
          draft: draft?.hasNewLogo ? `/admin/apparence/logo-brouillon?v=${draft.updatedAt.getTime()}` : null,
          removed: draft?.removeLogo ?? false,
        }}
        t={t}
        previewLabels={previewLabels(m)}
      />
    </div>
  );
}
