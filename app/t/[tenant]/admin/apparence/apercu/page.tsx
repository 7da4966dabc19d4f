import type { Metadata } from 'next';
import { withTenant } from '@/db/with-tenant';
import { requireStaff } from '@/lib/auth/require-user';
import { getRequestMessages } from '@/lib/i18n/locale';
import { getBrandingDraft } from '@/lib/staff/branding';
import { rolesFor } from '@/lib/staff/console-sections';
import { getSiteOrNotFound } from '@/lib/tenant/site';
import { ButtonForm } from '../../_components/button-form';
import { Flash } from '../../_components/flash';
import { discardBrandingDraftAction, publishBrandingAction } from '../actions';
import { HomePreview } from '../home-preview';
import { previewLabels } from '../preview-labels';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getRequestMessages();
  return { title: m.brandingAdmin.previewTitle };
}

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<{ ok?: string }> };

/** A2: the home page in the draft's branding, before anyone else sees it; then publish. */
export default async function BrandingPreviewPage({ params, searchParams }: Props) {
  const { tenant, council } = await getSiteOrNotFound((await params).tenant);
  await requireStaff(tenant.id, '/admin/apparence/apercu', rolesFor('branding'));
  const { m } = await getRequestMessages();
  const { ok } = await searchParams;
  const t = m.brandingAdmin;
  const draft = await withTenant(tenant.id, (tx) => getBrandingDraft(tx, tenant.id));

  if (!draft) {
    return (
      <div className="flex flex-col gap-4">
        <h1 className="text-3xl font-bold">{t.previewTitle}</h1>
        <p className="text-lg">{t.noDraft}</p>
        <p>
          <a href="/admin/apparence" className="inline-flex min-h-12 items-center text-lg font-semibold underline">
            {t.title}
          </a>
        </p>
      </div>
    );
  }
  const logoUrl = draft.hasNewLogo
    ? `/admin/apparence/logo-brouillon?v=${draft.updatedAt.getTime()}`
    : draft.removeLogo || !council.hasLogo
      ? null
      : `/logo?v=${council.logoVersion}`;

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-3">
        <h1 className="text-3xl font-bold">{t.previewTitle}</h1>
        <p className="text-lg">{t.previewIntro}</p>
      </header>
      <Flash text={ok === 'brouillon' ? t.savedFlash : null} />
      <div className="flex flex-wrap items-start gap-3">
        <ButtonForm action={publishBrandingAction} hidden={{}} label={t.publish} variant="primary" />
        <a href="/admin/apparence" className="inline-flex min-h-12 items-center rounded-lg border-2 border-zinc-700 bg-white px-5 text-lg font-semibold text-zinc-900 no-underline hover:bg-zinc-100">
          {t.keepEditing}
        </a>
        <ButtonForm action={discardBrandingDraftAction} hidden={{}} label={t.discard} variant="danger" />
      </div>
      <HomePreview values={draft.values} logoUrl={logoUrl} labels={previewLabels(m)} />
    </div>
  );
}
