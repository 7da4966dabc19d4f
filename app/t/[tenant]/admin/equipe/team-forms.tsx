'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/app/_components/submit-button';
import { TextField } from '@/app/_components/text-field';
import type { FormState } from '@/lib/actions/form-state';
import { FormError } from '../_components/form-error';
import { changeStaffRoleAction, inviteStaffAction } from './actions';

type Option = { value: string; label: string };

export function InviteForm({ labels, roles }: { labels: { email: string; role: string; submit: string }; roles: Option[] }) {
  const [state, action] = useActionState<FormState, FormData>(inviteStaffAction, {});
  const roleError = state.fieldErrors?.role;
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormError message={state.message} />
      <TextField name="email" type="email" label={labels.email} autoComplete="off" required error={state.fieldErrors?.email} defaultValue={state.values?.email} />
      <div className="flex flex-col gap-1">
        <label htmlFor="invite-role" className="text-lg font-semibold">
          {labels.role}
        </label>
        {roleError ? (
          <p id="invite-role-error" className="font-semibold text-red-800">
            {roleError}
          </p>
        ) : null}
        <select
          id="invite-role"
          name="role"
          defaultValue={state.values?.role ?? 'moderator'}
          aria-invalid={roleError ? true : undefined}
          aria-describedby={roleError ? 'invite-role-error' : undefined}
          className="min-h-12 rounded-md border-2 border-zinc-500 bg-white px-3 text-lg text-zinc-900"
        >
          {roles.map((r) => (
            <option key={r.value} value={r.value}>
              {r.label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <SubmitButton>{labels.submit}</SubmitButton>
      </div>
    </form>
  );
}

/** Changes one member's role; "resident" is the revoke button, in its own form. */
export function RoleForm({ userId, current, label, submit, roles }: { userId: string; current: string; label: string; submit: string; roles: Option[] }) {
  const [state, action] = useActionState<FormState, FormData>(changeStaffRoleAction, {});
  const id = `role-${userId}`;
  const error = state.fieldErrors?.role ?? state.message;
  return (
    <form action={action} className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="userId" value={userId} />
      <div className="flex flex-col gap-1">
        <label htmlFor={id} className="font-semibold">
          {label}
        </label>
        {error ? (
          <p id={`${id}-error`} role="alert" className="font-semibold text-red-800">
            {error}
          </p>
        ) : null}
        <select
          id={id}
          name="role"
          defaultValue={current}
          aria-describedby={error ? `${id}-error` : undefined}
          className="min-h-12 rounded-md border-2 border-zinc-500 bg-white px-3 text-lg text-zinc-900"
        >
          {roles.map((r) => (
            <option key={r.value} value={r.value}>
              {r.label}
            </option>
          ))}
        </select>
      </div>
      <SubmitButton className="min-h-12 rounded-lg border-2 border-zinc-700 bg-white px-5 py-2 text-lg font-semibold text-zinc-900 hover:bg-zinc-100 aria-disabled:opacity-70">
        {submit}
      </SubmitButton>
    </form>
  );
}
