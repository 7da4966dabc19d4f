'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { toFormState, type FormState } from '@/lib/actions/form-state';
import { formToObject, tenantAction } from '@/lib/actions/tenant-action';
import { AppError } from '@/lib/errors';
import { log } from '@/lib/log/logger';
import { AUDIT_ACTIONS } from '@/lib/staff/audit-actions';
import { rolesFor } from '@/lib/staff/console-sections';
import { enterSandbox } from '@/lib/staff/training-sandbox';
import { getRequestOrigin, getRequestTenant } from '@/lib/tenant/request-tenant';
import { readSandboxTemplate, resetSandboxData, type SandboxTemplate } from '@/lib/tenant/sandbox';

const join = tenantAction({
  access: rolesFor('training'),
  input: () => z.object({}),
  run: async ({ tenant, user }) => {
    // From the council's console only: a sandbox has no sandbox of its own.
    if (tenant.sandboxOf) throw new AppError('not_found', 'already in a sandbox');
    return { email: user.email, name: user.name, role: user.role };
  },
  audit: () => ({ action: AUDIT_ACTIONS.sandboxJoin, targetType: 'sandbox' }),
});

/** A8: "Ouvrir l'espace de formation" — the person arrives signed in on the sandbox's host. */
export async function openTrainingSandboxAction() {
  const result = await join({});
  if (!result.ok) redirect(`/admin/formation?erreur=${result.error.code}`);
  let url: string;
  try {
    url = await enterSandbox(await getRequestTenant(), result.data, await getRequestOrigin());
  } catch (error) {
    log('error', 'could not open the training sandbox', { error });
    redirect('/admin/formation?erreur=sandbox');
  }
  redirect(url);
}

// The council's current branding, categories and quartiers are read before the transaction,
// in the council's own (the one cross-tenant read a sandbox needs); the reset itself then
// runs in the sandbox's own transaction. Keyed by the parsed input, the same object in both.
const templates = new WeakMap<object, SandboxTemplate>();

const reset = tenantAction({
  access: ['admin'],
  input: (m) => z.object({ confirm: z.literal('on', m.training.resetConfirmRequired) }),
  before: async ({ tenant, input }) => {
    if (!tenant.sandboxOf) throw new AppError('not_found', 'not a sandbox');
    templates.set(input, await readSandboxTemplate(tenant.id));
  },
  run: async ({ tx, tenant, input }) => {
    const template = templates.get(input);
    if (!template) throw new AppError('internal', 'no sandbox template');
    return resetSandboxData(tx, tenant.id, template);
  },
  audit: (_ctx, r) => ({ action: AUDIT_ACTIONS.sandboxReset, targetType: 'sandbox', details: { residents: r.residents, posts: r.posts, deleted: r.deleted } }),
});

/** A8: the sandbox's one-click reset, confirmed by a ticked box and written in its audit log. */
export async function resetTrainingSandboxAction(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await reset(formToObject(form));
  if (result.ok) redirect(`/admin/formation?${new URLSearchParams({ reinitialise: `${result.data.residents}-${result.data.posts}` })}`);
  return toFormState(result, form);
}
