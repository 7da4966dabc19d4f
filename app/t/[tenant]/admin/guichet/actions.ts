'use server';

import { randomUUID } from 'node:crypto';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { toFormState, type FormState } from '@/lib/actions/form-state';
import { formToObject, tenantAction } from '@/lib/actions/tenant-action';
import { assistedInputSchema } from '@/lib/assisted/assisted-input';
import { createAssistedRequest } from '@/lib/assisted/create-assisted-request';
import {
  chooseAssistedHelper,
  closeAssistedRequest,
  completeAssistedRequest,
  renewAssistedRequest,
  sendAssistedMessage,
  shareAssistedAddress,
} from '@/lib/assisted/follow-up';
import type { GeocodedAddress } from '@/lib/geo/geocoder';
import { MESSAGE_MAX_LENGTH } from '@/lib/messages/conversations';
import { requirePublishing } from '@/lib/posts/require-publishing';
import { consumeRateLimit } from '@/lib/rate-limit/limiters';
import { AUDIT_ACTIONS } from '@/lib/staff/audit-actions';
import { rolesFor } from '@/lib/staff/console-sections';
import { getCouncilOrThrow } from '@/lib/tenant/council';
import { getRequestOrigin } from '@/lib/tenant/request-tenant';
import { geocodeForForm } from '../../mon-adresse/geocode-for-form';

/** Agents and admins (A1): the guichet's people see the residents' private details. */
const access = rolesFor('assisted');
const uuid = z.uuid();

export type AssistedFormState = FormState & { addressResults?: GeocodedAddress[]; geocoderError?: string; attempt?: string };

const create = tenantAction({
  access,
  input: (m) => assistedInputSchema(m),
  run: async ({ tx, tenant, user, input, m }) => {
    requirePublishing(tenant);
    return createAssistedRequest(tx, { tenantId: tenant.id, staffId: user.id, input, m, origin: await getRequestOrigin() });
  },
  // The log says what was done and on which post, never who the person is (A9).
  audit: (_ctx, created) => ({ action: AUDIT_ACTIONS.assistedCreate, targetType: 'assisted_request', targetId: created.id, details: { postId: created.postId } }),
});

function keptValues(form: FormData) {
  const values = toFormState({ ok: false, error: { code: 'validation', message: '' } }, form).values ?? {};
  values.weekdays = form.getAll('weekdays').filter((d) => typeof d === 'string').join(',');
  delete values.intent;
  return values;
}

/**
 * The guichet's form (A5). "Chercher cette adresse" only asks the geocoder and gives the form
 * back with the addresses to choose from; offline, it says so and the agent picks a quartier.
 */
export async function saveAssistedRequestAction(_prev: AssistedFormState, form: FormData): Promise<AssistedFormState> {
  const raw = formToObject(form);
  const values = keptValues(form);
  const attempt = randomUUID();
  if (raw.intent === 'search') {
    const found = await geocodeForForm(raw.address);
    return 'results' in found ? { values, addressResults: found.results, attempt } : { ok: false, values, fieldErrors: { address: found.error }, geocoderError: found.error, attempt };
  }
  const result = await create(raw);
  if (result.ok) redirect(`/admin/guichet/${result.data.id}?ok=publiee`);
  const state: AssistedFormState = { ...toFormState(result, form), values, attempt };
  const typed = typeof raw.address === 'string' ? raw.address.trim() : '';
  if (raw.placeMode === 'address' && !raw.addressChoice && typed.length >= 3) {
    const found = await geocodeForForm(typed);
    if ('results' in found) state.addressResults = found.results;
    else state.geocoderError = found.error;
  }
  return state;
}

async function notifyContext(tenantId: string) {
  return { council: await getCouncilOrThrow(tenantId), origin: await getRequestOrigin() };
}

const send = tenantAction({
  access,
  input: (m) =>
    z.object({
      requestId: uuid,
      conversationId: uuid,
      body: z.string(m.conversations.messageInvalid).trim().min(1, m.conversations.messageInvalid).max(MESSAGE_MAX_LENGTH, m.conversations.messageInvalid),
    }),
  before: async ({ tenant, user }) => consumeRateLimit('message', `${tenant.id}:${user.id}`),
  run: async ({ tx, tenant, input }) => sendAssistedMessage(tx, await notifyContext(tenant.id), input.requestId, input.conversationId, input.body),
  audit: ({ input }) => ({ action: AUDIT_ACTIONS.assistedMessage, targetType: 'assisted_request', targetId: input.requestId, details: { conversationId: input.conversationId } }),
});

export async function sendAssistedMessageAction(_prev: FormState, form: FormData): Promise<FormState> {
  const raw = formToObject(form);
  const result = await send(raw);
  if (result.ok) redirect(`/admin/guichet/${raw.requestId}/echanges/${raw.conversationId}?ok=envoye#dernier`);
  return toFormState(result, form);
}

const conversationInput = () => z.object({ requestId: uuid, conversationId: uuid });

const choose = tenantAction({
  access,
  input: conversationInput,
  run: async ({ tx, tenant, input }) => chooseAssistedHelper(tx, tenant.id, input.requestId, input.conversationId),
  audit: ({ input }) => ({ action: AUDIT_ACTIONS.assistedChooseHelper, targetType: 'assisted_request', targetId: input.requestId, details: { conversationId: input.conversationId } }),
});

const share = tenantAction({
  access,
  input: conversationInput,
  run: async ({ tx, tenant, input }) => shareAssistedAddress(tx, tenant.id, input.requestId, input.conversationId),
  audit: ({ input }) => ({ action: AUDIT_ACTIONS.assistedShareAddress, targetType: 'assisted_request', targetId: input.requestId, details: { conversationId: input.conversationId } }),
});

const complete = tenantAction({
  access,
  input: (m) => z.object({ requestId: uuid, conversationId: uuid, thanks: z.string().trim().max(500, m.conversations.messageInvalid).optional() }),
  run: async ({ tx, tenant, user, input }) => completeAssistedRequest(tx, tenant.id, user.id, input.requestId, input.conversationId, input.thanks),
  audit: ({ input }) => ({ action: AUDIT_ACTIONS.assistedClose, targetType: 'assisted_request', targetId: input.requestId, details: { outcome: 'done', conversationId: input.conversationId } }),
});

const requestInput = () => z.object({ requestId: uuid });

const close = tenantAction({
  access,
  input: requestInput,
  run: async ({ tx, tenant, user, input }) => closeAssistedRequest(tx, tenant.id, user.id, input.requestId),
  audit: ({ input }) => ({ action: AUDIT_ACTIONS.assistedClose, targetType: 'assisted_request', targetId: input.requestId, details: { outcome: 'closed' } }),
});

const renew = tenantAction({
  access,
  input: requestInput,
  run: async ({ tx, tenant, input, m }) => {
    requirePublishing(tenant);
    await renewAssistedRequest(tx, tenant.id, input.requestId, m);
  },
  audit: ({ input }) => ({ action: AUDIT_ACTIONS.assistedRenew, targetType: 'assisted_request', targetId: input.requestId }),
});

function conversationPage(raw: Record<string, unknown>) {
  const ok = uuid.safeParse(raw.requestId).success && uuid.safeParse(raw.conversationId).success;
  return ok ? `/admin/guichet/${raw.requestId}/echanges/${raw.conversationId}` : '/admin/guichet';
}

function requestPage(raw: Record<string, unknown>) {
  return uuid.safeParse(raw.requestId).success ? `/admin/guichet/${raw.requestId}` : '/admin/guichet';
}

export async function chooseAssistedHelperAction(form: FormData) {
  const raw = formToObject(form);
  const result = await choose(raw);
  redirect(`${conversationPage(raw)}?${result.ok ? 'ok=choisi' : `erreur=${result.error.code}`}`);
}

export async function shareAssistedAddressAction(form: FormData) {
  const raw = formToObject(form);
  const result = await share(raw);
  redirect(`${conversationPage(raw)}?${result.ok ? 'ok=adresse' : `erreur=${result.error.code}`}`);
}

export async function completeAssistedRequestAction(form: FormData) {
  const raw = formToObject(form);
  const result = await complete(raw);
  redirect(result.ok ? `${requestPage(raw)}?ok=terminee` : `${conversationPage(raw)}?erreur=${result.error.code}`);
}

export async function closeAssistedRequestAction(form: FormData) {
  const raw = formToObject(form);
  const result = await close(raw);
  redirect(`${requestPage(raw)}?${result.ok ? 'ok=close' : `erreur=${result.error.code}`}`);
}

export async function renewAssistedRequestAction(form: FormData) {
  const raw = formToObject(form);
  const result = await renew(raw);
  redirect(`${requestPage(raw)}?${result.ok ? 'ok=prolongee' : `erreur=${result.error.code}`}`);
}
