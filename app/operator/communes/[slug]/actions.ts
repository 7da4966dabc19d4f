'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { toFormState, type FormState } from '@/lib/actions/form-state';
import { formToObject } from '@/lib/actions/tenant-action';
import { AppError } from '@/lib/errors';
import { format } from '@/lib/i18n/messages';
import { BILLING_OPERATIONS, runBillingOperation } from '@/lib/operator/billing-operations';
import { changeStatusByOperator, StatusChangeRefusedError } from '@/lib/operator/change-status';
import { findCouncilTenant } from '@/lib/operator/council-details';
import { checkCustomDomainDns, customDomainTarget, setCustomDomain } from '@/lib/operator/custom-domain';
import { deleteTenant, DeletionRefusedError } from '@/lib/operator/delete-tenant';
import { operatorAction, OperatorError } from '@/lib/operator/operator-action';
import { councilOriginFromConsole } from '@/lib/tenant/council-origin';
import { getRequestOrigin } from '@/lib/tenant/request-tenant';

export type ConsoleState = FormState & { notice?: string; link?: string };

/** The page shows what the action changed (status, history, billing state) on its next render. */
function refreshPage() {
  revalidatePath('/', 'layout');
}

const tenantId = z.string().uuid();

async function councilOrNotFound(id: string) {
  const tenant = await findCouncilTenant(id);
  if (!tenant) throw new AppError('not_found');
  return tenant;
}

const changeStatus = operatorAction({
  input: (m) =>
    z.object({
      tenantId,
      status: z.enum(['active', 'suspended', 'archived'], m.operator.council.statusNotAllowed),
      reason: z.string().trim().min(5, m.operator.council.reasonRequired).max(500, m.operator.council.reasonRequired),
    }),
  run: async ({ input, actor, m }) => {
    await councilOrNotFound(input.tenantId);
    try {
      await changeStatusByOperator(input.tenantId, input.status, input.reason, actor);
    } catch (error) {
      if (error instanceof StatusChangeRefusedError) throw new OperatorError(m.errors.validation, { status: m.operator.council.statusNotAllowed });
      throw error;
    }
    return m.operator.council.statusChanged;
  },
});

export async function changeStatusAction(_prev: ConsoleState, form: FormData): Promise<ConsoleState> {
  const result = await changeStatus(formToObject(form));
  if (result.ok) refreshPage();
  return result.ok ? { ok: true, notice: result.data } : toFormState(result, form);
}

const billing = operatorAction({
  input: () => z.object({ tenantId, op: z.enum(BILLING_OPERATIONS) }),
  run: async ({ input, actor, m }) => {
    const tenant = await councilOrNotFound(input.tenantId);
    const { link } = await runBillingOperation(tenant, input.op, actor, councilOriginFromConsole(tenant.slug, await getRequestOrigin()));
    return { notice: input.op === 'checkout' ? m.operator.billing.checkoutReady : m.operator.billing.done, link };
  },
});

export async function billingAction(_prev: ConsoleState, form: FormData): Promise<ConsoleState> {
  const result = await billing(formToObject(form));
  if (result.ok) refreshPage();
  return result.ok ? { ok: true, ...result.data } : toFormState(result, form);
}

const domain = operatorAction({
  input: () => z.object({ tenantId, domain: z.string().max(253).default('') }),
  run: async ({ input, actor, m }) => {
    await councilOrNotFound(input.tenantId);
    const result = await setCustomDomain(input.tenantId, input.domain, actor);
    if (!result.ok) {
      throw new OperatorError(m.errors.validation, { domain: m.operator.domain.errors[result.problem] });
    }
    return result.domain ? m.operator.domain.saved : m.operator.domain.removed;
  },
});

export async function setDomainAction(_prev: ConsoleState, form: FormData): Promise<ConsoleState> {
  const result = await domain(formToObject(form));
  if (result.ok) refreshPage();
  return result.ok ? { ok: true, notice: result.data } : toFormState(result, form);
}

const dnsCheck = operatorAction({
  input: () => z.object({ tenantId }),
  run: async ({ input, m }) => {
    const tenant = await councilOrNotFound(input.tenantId);
    if (!tenant.customDomain) return m.operator.domain.none;
    const target = customDomainTarget(tenant.slug);
    const check = await checkCustomDomainDns(tenant.customDomain, target);
    return format(m.operator.domain.checkResult[check.result], { domain: tenant.customDomain, target, found: 'found' in check ? check.found : '' });
  },
});

export async function checkDomainAction(_prev: ConsoleState, form: FormData): Promise<ConsoleState> {
  const result = await dnsCheck(formToObject(form));
  return result.ok ? { ok: true, notice: result.data } : toFormState(result, form);
}

const remove = operatorAction({
  input: () => z.object({ tenantId, confirmation: z.string().max(100).default('') }),
  run: async ({ input, actor, m }) => {
    await councilOrNotFound(input.tenantId);
    try {
      return (await deleteTenant(input.tenantId, input.confirmation, actor)).slug;
    } catch (error) {
      if (error instanceof DeletionRefusedError) {
        if (error.why === 'no_export') throw new OperatorError(m.operator.deletion.needsExport);
        throw new OperatorError(m.errors.validation, { confirmation: m.operator.deletion.confirmMismatch });
      }
      throw error;
    }
  },
});

export async function deleteCouncilAction(_prev: ConsoleState, form: FormData): Promise<ConsoleState> {
  const result = await remove(formToObject(form));
  if (result.ok) redirect(`/?supprimee=${encodeURIComponent(result.data)}`);
  return toFormState(result, form);
}
