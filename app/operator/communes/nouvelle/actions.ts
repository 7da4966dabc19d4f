'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { toFormState, type FormState } from '@/lib/actions/form-state';
import { formToObject } from '@/lib/actions/tenant-action';
import { AppError } from '@/lib/errors';
import { councilInputSchema, folderFromInput, LOGO_MAX_BYTES, loadPresets, sniffLogo } from '@/lib/operator/council-input';
import { onboardCouncil, SubdomainTakenError } from '@/lib/operator/onboard-council';
import { operatorAction, OperatorError } from '@/lib/operator/operator-action';
import { WIZARD_STEPS, type WizardStepKey } from '@/lib/operator/wizard-steps';
import { findTenantBySlug } from '@/lib/tenant/directory';
import { getRequestOrigin } from '@/lib/tenant/request-tenant';

async function readLogo(value: unknown, message: string, validation: string): Promise<{ data: Buffer; mime: string } | null> {
  if (!(value instanceof File) || value.size === 0) return null;
  if (value.size > LOGO_MAX_BYTES) throw new OperatorError(validation, { logo: message });
  const data = Buffer.from(await value.arrayBuffer());
  const mime = sniffLogo(data);
  if (!mime) throw new OperatorError(validation, { logo: message });
  return { data, mime };
}

/** One step of the wizard, checked on the server before moving on (same rules as the final check). */
const checkStep = operatorAction({
  input: () => z.looseObject({ step: z.enum(WIZARD_STEPS.map((s) => s.key) as [WizardStepKey, ...WizardStepKey[]]) }),
  run: async ({ input, m }) => {
    const presets = await loadPresets();
    const step = WIZARD_STEPS.find((s) => s.key === input.step)!;
    const fields = step.fields.filter((f) => f !== 'logo');
    const shape = councilInputSchema(m, Object.keys(presets.categoryPresets)).pick(Object.fromEntries(fields.map((f) => [f, true])) as never);
    const parsed = shape.safeParse(input);
    const fieldErrors: Record<string, string> = {};
    if (!parsed.success) for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
    if (step.key === 'address' && !fieldErrors.slug) {
      const slug = String(input.slug ?? '').trim().toLowerCase();
      if (await findTenantBySlug(slug)) fieldErrors.slug = m.operator.wizard.errors.slug.taken;
    }
    if (step.key === 'branding') {
      await readLogo((input as Record<string, unknown>).logo, m.operator.wizard.errors.logo, m.errors.validation).catch((error: unknown) => {
        if (!(error instanceof OperatorError)) throw error;
        fieldErrors.logo = m.operator.wizard.errors.logo;
      });
    }
    if (Object.keys(fieldErrors).length) throw new OperatorError(m.operator.wizard.errors.step, fieldErrors);
    return null;
  },
});

export async function checkWizardStepAction(step: WizardStepKey, form: FormData): Promise<FormState> {
  const result = await checkStep({ ...formToObject(form), step });
  return result.ok ? { ok: true } : toFormState(result, form);
}

const createCouncil = operatorAction({
  input: () => z.record(z.string(), z.unknown()),
  run: async ({ input: raw, m, actor, locale }) => {
    const presets = await loadPresets();
    const parsed = councilInputSchema(m, Object.keys(presets.categoryPresets)).safeParse(raw);
    if (!parsed.success) {
      const fieldErrors: Record<string, string> = {};
      for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
      throw new AppError('validation', undefined, fieldErrors);
    }
    const logo = await readLogo(raw.logo, m.operator.wizard.errors.logo, m.errors.validation);
    try {
      const result = await onboardCouncil(folderFromInput(parsed.data, presets, logo), {
        mode: 'new',
        adminEmail: parsed.data.adminEmail,
        actor,
        operatorOrigin: await getRequestOrigin(),
        locale,
      });
      return result.slug;
    } catch (error) {
      if (error instanceof SubdomainTakenError) {
        throw new OperatorError(m.errors.validation, { slug: m.operator.wizard.errors.slug.taken });
      }
      throw error;
    }
  },
});

/** The wizard's last step: the council is created (or nothing is, with every error shown). */
export async function createCouncilAction(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await createCouncil(formToObject(form));
  if (result.ok) redirect(`/communes/${result.data}?nouvelle=1`);
  return toFormState(result, form);
}
