import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { brandingDrafts, type BrandingValues } from '@/db/schema/branding-drafts';
import { councils } from '@/db/schema/councils';
import { afterCommit } from '@/db/with-tenant';
import { AppError } from '@/lib/errors';
import { invalidateCouncil, type CouncilProfile } from '@/lib/tenant/council';
import type { LogoMime } from './logo-file';

export type { BrandingValues };

export function brandingValuesOf(council: Pick<CouncilProfile, keyof BrandingValues>): BrandingValues {
  return {
    name: council.name,
    shortName: council.shortName,
    welcomeTitle: council.welcomeTitle,
    welcomeText: council.welcomeText,
    theme: { ...council.theme },
    legal: { ...council.legal },
    footerLinks: council.footerLinks.map((l) => ({ ...l })),
  };
}

export type BrandingDraftView = {
  values: BrandingValues;
  hasNewLogo: boolean;
  removeLogo: boolean;
  updatedAt: Date;
};

export async function getBrandingDraft(tx: Tx, tenantId: string): Promise<BrandingDraftView | null> {
  const [row] = await tx
    .select({ values: brandingDrafts.values, logoMime: brandingDrafts.logoMime, removeLogo: brandingDrafts.removeLogo, updatedAt: brandingDrafts.updatedAt })
    .from(brandingDrafts)
    .where(eq(brandingDrafts.tenantId, tenantId));
  return row ? { values: row.values, hasNewLogo: !!row.logoMime, removeLogo: row.removeLogo, updatedAt: row.updatedAt } : null;
}

export async function getDraftLogo(tx: Tx, tenantId: string): Promise<{ data: Buffer; mime: string } | null> {
  const [row] = await tx
    .select({ data: brandingDrafts.logoData, mime: brandingDrafts.logoMime })
    .from(brandingDrafts)
    .where(eq(brandingDrafts.tenantId, tenantId));
  return row?.data && row.mime ? { data: row.data, mime: row.mime } : null;
}

export type DraftLogo = { kind: 'keep' } | { kind: 'remove' } | { kind: 'new'; data: Buffer; mime: LogoMime };

/**
 * Saves what the admin is preparing (already validated: lengths, URLs, contrast, logo bytes).
 * Keeping the logo keeps whatever the draft had, so a second "save" does not lose an upload.
 */
export async function saveBrandingDraft(tx: Tx, tenantId: string, userId: string, values: BrandingValues, logo: DraftLogo) {
  const logoColumns =
    logo.kind === 'new'
      ? { logoData: logo.data, logoMime: logo.mime, removeLogo: false }
      : logo.kind === 'remove'
        ? { logoData: null, logoMime: null, removeLogo: true }
        : {};
  await tx
    .insert(brandingDrafts)
    .values({ tenantId, values, updatedBy: userId, ...logoColumns })
    .onConflictDoUpdate({ target: brandingDrafts.tenantId, set: { values, updatedBy: userId, updatedAt: new Date(), ...logoColumns } });
}

export async function discardBrandingDraft(tx: Tx, tenantId: string) {
  const deleted = await tx.delete(brandingDrafts).where(eq(brandingDrafts.tenantId, tenantId)).returning({ tenantId: brandingDrafts.tenantId });
  if (!deleted.length) throw new AppError('not_found', 'no branding draft');
}

/**
 * Publishes the draft: the council's row takes its values (and its logo), the draft is gone,
 * and this server's cache of the council is dropped so the public site shows it at once; other
 * servers follow within the cache's few seconds.
 */
export async function publishBrandingDraft(tx: Tx, tenantId: string): Promise<{ changed: string[] }> {
  const [draft] = await tx.select().from(brandingDrafts).where(eq(brandingDrafts.tenantId, tenantId)).for('update');
  if (!draft) throw new AppError('not_found', 'no branding draft');
  const [current] = await tx.select().from(councils).where(eq(councils.tenantId, tenantId)).for('update');
  if (!current) throw new AppError('not_found', 'no council');
  const before = brandingValuesOf(current);
  const changed: string[] = (Object.keys(draft.values) as (keyof BrandingValues)[]).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(draft.values[k]));
  const logoColumns = draft.logoMime ? { logoData: draft.logoData, logoMime: draft.logoMime } : draft.removeLogo ? { logoData: null, logoMime: null } : {};
  if (draft.logoMime || (draft.removeLogo && current.logoMime)) changed.push('logo');
  await tx
    .update(councils)
    .set({ ...draft.values, ...logoColumns, updatedAt: new Date() })
    .where(eq(councils.tenantId, tenantId));
  await tx.delete(brandingDrafts).where(eq(brandingDrafts.tenantId, tenantId));
  afterCommit(tx, () => invalidateCouncil(tenantId));
  return { changed };
}
