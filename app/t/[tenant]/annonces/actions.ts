'use server';

import { randomUUID } from 'node:crypto';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { toFormState, type FormState } from '@/lib/actions/form-state';
import { formToObject, tenantAction } from '@/lib/actions/tenant-action';
import { afterCommit } from '@/db/with-tenant';
import { AppError } from '@/lib/errors';
import { scheduleMatching } from '@/lib/matching/notify-matching-helpers';
import { getRequestOrigin } from '@/lib/tenant/request-tenant';
import type { GeocodedAddress } from '@/lib/geo/geocoder';
import type { Messages } from '@/lib/i18n/fr';
import { consumeRateLimit } from '@/lib/rate-limit/limiters';
import { postInputSchema, type PostFields, type PostInput, type PostPlace } from '@/lib/posts/post-input';
import { deletePost, renewPost, resolvePost } from '@/lib/posts/post-lifecycle';
import { renewWithToken } from '@/lib/posts/renew-with-token';
import { requirePublishing } from '@/lib/posts/require-publishing';
import { createPost, getOwnPostForUpdate, updatePost } from '@/lib/posts/save-post';
import { geocodeForForm } from '../mon-adresse/geocode-for-form';

/** `attempt` changes with every answer: the form remounts with it, so every field shows what was sent back. */
export type PostFormState = FormState & { addressResults?: GeocodedAddress[]; attempt?: string };

function placeOf(input: PostInput, m: Messages): PostPlace {
  if (input.place === 'home') return { kind: 'home' };
  if (input.chosenAddress) return { kind: 'address', address: input.chosenAddress };
  throw new AppError('validation', 'no address chosen', { address: m.postForm.addressRequired });
}

function fieldsOf<P>(input: PostInput, place: P): PostFields<P> {
  return { kind: input.kind, categoryKey: input.categoryKey, title: input.title, description: input.description, when: input.when, urgent: input.urgent, place };
}

const publishPost = tenantAction({
  access: 'onboarded',
  input: (m) => postInputSchema(m),
  before: async ({ tenant, user }) => consumeRateLimit('postPerUser', `${tenant.id}:${user.id}`),
  run: async ({ tx, tenant, user, input, m }) => {
    requirePublishing(tenant);
    const created = await createPost(tx, { tenantId: tenant.id, userId: user.id }, fieldsOf(input, placeOf(input, m)), m);
    // R6: helpers with a matching standing offer hear of a new need (the job skips one still pending moderation).
    if (input.kind === 'need') {
      const origin = await getRequestOrigin();
      afterCommit(tx, () => scheduleMatching({ tenantId: tenant.id, postId: created.id, origin }));
    }
    return created;
  },
});

const editPost = tenantAction({
  access: 'onboarded',
  input: (m) => z.intersection(postInputSchema(m), z.object({ postId: z.uuid(m.errors.notFound) })),
  run: async ({ tx, tenant, user, input, m }) => {
    requirePublishing(tenant);
    const actor = { tenantId: tenant.id, userId: user.id };
    // Left as it was: the address is kept (its point never went to the browser to come back).
    if (input.place === 'address' && !input.chosenAddress) {
      const current = await getOwnPostForUpdate(tx, actor, input.postId);
      if (current.placeKind === 'address' && current.placeLabel === input.addressQuery.trim()) {
        return updatePost(tx, actor, input.postId, fieldsOf(input, { kind: 'keep-address' as const }), m);
      }
    }
    return updatePost(tx, actor, input.postId, fieldsOf(input, placeOf(input, m)), m);
  },
});

/** What was typed, to give back to the form; the weekdays are several values of one field. */
function keptValues(form: FormData) {
  const values = toFormState({ ok: false, error: { code: 'validation', message: '' } }, form).values ?? {};
  values.weekdays = form.getAll('weekdays').filter((d) => typeof d === 'string').join(',');
  delete values.intent;
  return values;
}

/**
 * The post form, to publish or to edit. "Chercher cette adresse" (intent=search) only asks the
 * geocoder and gives the form back with the addresses to choose from and everything typed.
 * Publishing with an address typed but not chosen does the same search, with the error.
 */
export async function savePostAction(_prev: PostFormState, form: FormData): Promise<PostFormState> {
  const raw = formToObject(form);
  const values = keptValues(form);
  const attempt = randomUUID();
  if (raw.intent === 'search') {
    const found = await geocodeForForm(raw.address);
    return 'results' in found ? { values, addressResults: found.results, attempt } : { ok: false, values, fieldErrors: { address: found.error }, attempt };
  }
  const editing = typeof raw.postId === 'string' && raw.postId !== '';
  const result = editing ? await editPost(raw) : await publishPost(raw);
  if (result.ok) redirect(`/annonces/${result.data.id}?ok=${editing ? 'modifiee' : 'publiee'}`);
  const state: PostFormState = { ...toFormState(result, form), values, attempt };
  const typed = typeof raw.address === 'string' ? raw.address.trim() : '';
  // An address typed but not chosen: offer the matches now, whatever else needs correcting
  // (when editing, an untouched address is kept, so only if it was the problem).
  if (raw.place === 'address' && !raw.addressChoice && typed.length >= 3 && (state.fieldErrors?.address || !editing)) {
    const found = await geocodeForForm(typed);
    if ('results' in found) state.addressResults = found.results;
  }
  return state;
}

const postIdInput = (m: Messages) => z.object({ postId: z.uuid(m.errors.notFound) });

const resolve = tenantAction({
  access: 'onboarded',
  input: postIdInput,
  run: async ({ tx, tenant, user, input }) => {
    requirePublishing(tenant);
    await resolvePost(tx, { tenantId: tenant.id, userId: user.id }, input.postId);
    return input.postId;
  },
});

const renew = tenantAction({
  access: 'onboarded',
  input: postIdInput,
  run: async ({ tx, tenant, user, input, m }) => {
    requirePublishing(tenant);
    await renewPost(tx, { tenantId: tenant.id, userId: user.id }, input.postId, m);
    return input.postId;
  },
});

const remove = tenantAction({
  access: 'onboarded',
  input: postIdInput,
  run: async ({ tx, tenant, user, input }) => {
    requirePublishing(tenant);
    await deletePost(tx, { tenantId: tenant.id, userId: user.id }, input.postId);
  },
});

export async function resolvePostAction(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await resolve(formToObject(form));
  if (result.ok) redirect(`/annonces/${result.data}?ok=resolue`);
  return toFormState(result, form);
}

export async function renewPostAction(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await renew(formToObject(form));
  if (result.ok) redirect(`/annonces/${result.data}?ok=prolongee`);
  return toFormState(result, form);
}

export async function deletePostAction(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await remove(formToObject(form));
  if (result.ok) redirect('/mes-annonces?ok=supprimee');
  return toFormState(result, form);
}

const renewFromEmail = tenantAction({
  access: 'anyone',
  input: () => z.object({ token: z.string().max(600) }),
  run: async ({ tx, tenant, input, m }) => {
    requirePublishing(tenant);
    const post = await renewWithToken(tx, tenant.id, input.token, m);
    return post.id;
  },
});

/** The button behind the emailed renew link: works signed out, renews only the post it names. */
export async function renewWithTokenAction(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await renewFromEmail(formToObject(form));
  if (result.ok) redirect(`/annonces/${result.data}/prolonger?ok=1`);
  return toFormState(result, form);
}
