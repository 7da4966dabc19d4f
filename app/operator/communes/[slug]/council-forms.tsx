'use client';

import { useActionState, useId, type ReactNode } from 'react';
import { SubmitButton } from '@/app/_components/submit-button';
import { TextField } from '@/app/_components/text-field';
import type { Messages } from '@/lib/i18n/fr';
import { billingAction, changeStatusAction, checkDomainAction, deleteCouncilAction, setDomainAction, type ConsoleState } from './actions';

type Action = (prev: ConsoleState, form: FormData) => Promise<ConsoleState>;

const BUTTON = 'min-h-12 rounded-lg bg-[#1E3A5F] px-5 py-2 text-lg font-bold text-white aria-disabled:opacity-70';
const DANGER = 'min-h-12 rounded-lg bg-red-800 px-5 py-2 text-lg font-bold text-white aria-disabled:opacity-70';

function Feedback({ state }: { state: ConsoleState }) {
  if (state.ok === false && state.message) {
    return (
      <p role="alert" className="rounded-md border-2 border-red-800 bg-red-50 p-3 font-semibold text-red-900">
        {state.message}
      </p>
    );
  }
  if (state.ok && state.notice) {
    return (
      <div role="status" className="rounded-md border-2 border-green-800 bg-green-50 p-3 text-green-950">
        <p className="font-semibold">{state.notice}</p>
        {state.link ? (
          <p className="mt-1 break-all">
            <a href={state.link} className="underline" data-testid="billing-link">
              {state.link}
            </a>
          </p>
        ) : null}
      </div>
    );
  }
  return null;
}

function useConsoleForm(action: Action) {
  return useActionState<ConsoleState, FormData>(action, {});
}

export function StatusForm({ tenantId, options, labels }: { tenantId: string; options: { value: string; label: string }[]; labels: Messages['operator']['council'] }) {
  const [state, action] = useConsoleForm(changeStatusAction);
  const id = useId();
  const statusError = state.fieldErrors?.status;
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <Feedback state={state} />
      <input type="hidden" name="tenantId" value={tenantId} />
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-status`} className="text-lg font-semibold">
          {labels.targetStatus}
        </label>
        {statusError ? (
          <p id={`${id}-status-error`} className="font-semibold text-red-800">
            {statusError}
          </p>
        ) : null}
        <select
          id={`${id}-status`}
          name="status"
          defaultValue={state.values?.status ?? options[0]?.value}
          aria-describedby={statusError ? `${id}-status-error` : undefined}
          className="min-h-12 rounded-md border-2 border-zinc-500 bg-white px-3 text-lg"
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-reason`} className="text-lg font-semibold">
          {labels.reason}
        </label>
        <p id={`${id}-reason-hint`} className="text-base text-zinc-700">
          {labels.reasonHint}
        </p>
        {state.fieldErrors?.reason ? (
          <p id={`${id}-reason-error`} className="font-semibold text-red-800">
            {state.fieldErrors.reason}
          </p>
        ) : null}
        <textarea
          id={`${id}-reason`}
          name="reason"
          rows={2}
          maxLength={500}
          defaultValue={state.ok ? '' : (state.values?.reason ?? '')}
          aria-invalid={state.fieldErrors?.reason ? true : undefined}
          aria-describedby={[`${id}-reason-hint`, state.fieldErrors?.reason ? `${id}-reason-error` : ''].filter(Boolean).join(' ')}
          className="rounded-md border-2 border-zinc-500 bg-white px-3 py-2 text-lg aria-invalid:border-red-700"
        />
      </div>
      <div>
        <SubmitButton className={BUTTON}>{labels.apply}</SubmitButton>
      </div>
    </form>
  );
}

/** One form per billing operation: each button says what it does. */
export function BillingButtons({ tenantId, ops }: { tenantId: string; ops: { op: string; label: string }[] }) {
  const [state, action] = useConsoleForm(billingAction);
  return (
    <div className="flex flex-col gap-3">
      <Feedback state={state} />
      <div className="flex flex-wrap gap-3">
        {ops.map(({ op, label }) => (
          <form key={op} action={action}>
            <input type="hidden" name="tenantId" value={tenantId} />
            <input type="hidden" name="op" value={op} />
            <SubmitButton className={BUTTON}>{label}</SubmitButton>
          </form>
        ))}
      </div>
    </div>
  );
}

export function DomainForm({ tenantId, current, labels }: { tenantId: string; current: string | null; labels: Messages['operator']['domain'] }) {
  const [state, action] = useConsoleForm(setDomainAction);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <Feedback state={state} />
      <input type="hidden" name="tenantId" value={tenantId} />
      <TextField
        name="domain"
        label={labels.label}
        hint={labels.hint}
        error={state.fieldErrors?.domain}
        defaultValue={state.values?.domain ?? current ?? ''}
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="none"
      />
      <div>
        <SubmitButton className={BUTTON}>{labels.save}</SubmitButton>
      </div>
    </form>
  );
}

export function DomainCheck({ tenantId, label }: { tenantId: string; label: string }) {
  const [state, action] = useConsoleForm(checkDomainAction);
  return (
    <form action={action} className="flex flex-col gap-3">
      <input type="hidden" name="tenantId" value={tenantId} />
      <div>
        <SubmitButton className={BUTTON}>{label}</SubmitButton>
      </div>
      <div aria-live="polite">
        {state.notice ? (
          <p className="rounded-md border-2 border-zinc-500 bg-white p-3 text-lg" data-testid="dns-check">
            {state.notice}
          </p>
        ) : null}
      </div>
      {state.ok === false && state.message ? <Feedback state={state} /> : null}
    </form>
  );
}

export function DeleteForm({ tenantId, confirmLabel, submit, children }: { tenantId: string; confirmLabel: string; submit: string; children?: ReactNode }) {
  const [state, action] = useConsoleForm(deleteCouncilAction);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <Feedback state={state} />
      {children}
      <input type="hidden" name="tenantId" value={tenantId} />
      <TextField name="confirmation" label={confirmLabel} error={state.fieldErrors?.confirmation} autoComplete="off" spellCheck={false} autoCapitalize="none" />
      <div>
        <SubmitButton className={DANGER}>{submit}</SubmitButton>
      </div>
    </form>
  );
}
