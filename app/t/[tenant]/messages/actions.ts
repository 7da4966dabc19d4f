'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { safeLocalPath, toFormState, type FormState } from '@/lib/actions/form-state';
import { formToObject, tenantAction } from '@/lib/actions/tenant-action';
import {
  chooseHelper,
  markDone,
  MESSAGE_MAX_LENGTH,
  sendMessage,
  shareAddress,
  startConversation,
  withdrawHelp,
} from '@/lib/messages/conversations';
import { consumeRateLimit } from '@/lib/rate-limit/limiters';
import { getCouncilOrThrow } from '@/lib/tenant/council';
import { getRequestOrigin } from '@/lib/tenant/request-tenant';

const uuid = z.uuid();

async function notifyContext(tenantId: string) {
  return { council: await getCouncilOrThrow(tenantId), origin: await getRequestOrigin() };
}

const start = tenantAction({
  access: 'onboarded',
  input: () => z.object({ postId: uuid }),
  before: async ({ tenant, user }) => consumeRateLimit('conversationStart', `${tenant.id}:${user.id}`),
  run: async ({ tx, tenant, user, input }) => startConversation(tx, await notifyContext(tenant.id), user.id, input.postId),
});

/** "Je peux aider" / "Ça m'intéresse" on a post page. */
export async function startConversationAction(form: FormData) {
  const postId = String(form.get('postId') ?? '');
  const result = await start({ postId });
  if (result.ok) redirect(`/messages/${result.data}`);
  if (result.error.code === 'unauthenticated') redirect(`/connexion?suite=${encodeURIComponent(`/annonces/${postId}`)}`);
  redirect(`/annonces/${postId}?erreur=${result.error.code}`);
}

const send = tenantAction({
  access: 'onboarded',
  input: (m) => z.object({ conversationId: uuid, body: z.string().trim().min(1, m.conversations.messageInvalid).max(MESSAGE_MAX_LENGTH, m.conversations.messageInvalid) }),
  before: async ({ tenant, user }) => consumeRateLimit('message', `${tenant.id}:${user.id}`),
  run: async ({ tx, tenant, user, input }) => sendMessage(tx, await notifyContext(tenant.id), user.id, input.conversationId, input.body),
});

export async function sendMessageAction(_prev: FormState, form: FormData): Promise<FormState> {
  return toFormState(await send(formToObject(form)), form);
}

const share = tenantAction({
  access: 'onboarded',
  input: (m) => z.object({ conversationId: uuid, address: z.string().trim().min(3, m.conversations.addressInvalid).max(300, m.conversations.addressInvalid) }),
  run: async ({ tx, tenant, user, input }) => shareAddress(tx, tenant.id, user.id, input.conversationId, input.address),
});

export async function shareAddressAction(_prev: FormState, form: FormData): Promise<FormState> {
  return toFormState(await share(formToObject(form)), form);
}

const choose = tenantAction({
  access: 'onboarded',
  input: () => z.object({ conversationId: uuid }),
  run: async ({ tx, tenant, user, input }) => chooseHelper(tx, tenant.id, user.id, input.conversationId),
});

const done = tenantAction({
  access: 'onboarded',
  input: (m) => z.object({ conversationId: uuid, thanks: z.string().trim().max(500, m.conversations.messageInvalid).optional() }),
  run: async ({ tx, tenant, user, input }) => markDone(tx, tenant.id, user.id, input.conversationId, input.thanks),
});

const withdraw = tenantAction({
  access: 'onboarded',
  input: () => z.object({ conversationId: uuid }),
  run: async ({ tx, tenant, user, input }) => withdrawHelp(tx, tenant.id, user.id, input.conversationId),
});

async function thenBack(form: FormData, action: (input: unknown) => Promise<{ ok: boolean; error?: { code: string } }>) {
  const input = formToObject(form);
  const result = await action(input);
  const back = safeLocalPath(`/messages/${String(input.conversationId ?? '')}`);
  redirect(result.ok ? back : `${back}?erreur=${result.error?.code ?? 'internal'}`);
}

export async function chooseHelperAction(form: FormData) {
  await thenBack(form, choose);
}

export async function markDoneAction(form: FormData) {
  await thenBack(form, done);
}

export async function withdrawHelpAction(form: FormData) {
  await thenBack(form, withdraw);
}
