'use client';

import { useActionState, useId } from 'react';
import { SubmitButton } from '@/app/_components/submit-button';
import type { FormState } from '@/lib/actions/form-state';
import { FormError } from '../_components/form-error';
import { decidePostAction, decideReportsAction, reinstatePersonAction, saveModerationSettingsAction, suspendPersonAction } from './actions';

const primary = 'min-h-12 rounded-lg bg-primary px-5 py-2 text-lg font-bold text-on-primary hover:opacity-90 aria-disabled:opacity-70';
const secondary = 'min-h-12 rounded-lg border-2 border-zinc-700 bg-white px-5 py-2 text-lg font-semibold text-zinc-900 hover:bg-zinc-100 aria-disabled:opacity-70';
const danger = 'min-h-12 rounded-lg border-2 border-red-800 bg-white px-5 py-2 text-lg font-semibold text-red-900 hover:bg-red-50 aria-disabled:opacity-70';
const textarea = 'rounded-md border-2 border-zinc-500 bg-white px-3 py-2 text-lg text-zinc-900 aria-invalid:border-red-700';

function ReasonField({ id, label, hint, error, defaultValue, required }: { id: string; label: string; hint?: string; error?: string; defaultValue?: string; required?: boolean }) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-base text-zinc-700">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="font-semibold text-red-800">
          {error}
        </p>
      ) : null}
      <textarea
        id={id}
        name="reason"
        rows={3}
        maxLength={1000}
        required={required}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={textarea}
      />
    </div>
  );
}

type SettingsLabels = {
  modeLegend: string;
  modes: { post: string; pre: string };
  threshold: string;
  thresholdHint: string;
  bannedWords: string;
  bannedWordsHint: string;
  save: string;
};

export function ModerationSettingsForm({ initial, labels }: { initial: { mode: 'post' | 'pre'; threshold: number; bannedWords: string }; labels: SettingsLabels }) {
  const [state, action] = useActionState<FormState, FormData>(saveModerationSettingsAction, {});
  const v = state.values;
  const thresholdError = state.fieldErrors?.autoHideThreshold;
  const wordsError = state.fieldErrors?.bannedWords;
  return (
    <form action={action} className="flex flex-col gap-5" noValidate>
      <FormError message={state.message} />
      <fieldset className="flex flex-col gap-2">
        <legend className="text-lg font-semibold">{labels.modeLegend}</legend>
        {(['post', 'pre'] as const).map((mode) => (
          <label key={mode} className="flex min-h-12 items-center gap-3 text-lg">
            <input type="radio" name="mode" value={mode} defaultChecked={(v?.mode ?? initial.mode) === mode} className="size-6 shrink-0 accent-primary" />
            {labels.modes[mode]}
          </label>
        ))}
      </fieldset>
      <div className="flex flex-col gap-1">
        <label htmlFor="field-threshold" className="text-lg font-semibold">
          {labels.threshold}
        </label>
        <p id="field-threshold-hint" className="text-base text-zinc-700">
          {labels.thresholdHint}
        </p>
        {thresholdError ? (
          <p id="field-threshold-error" className="font-semibold text-red-800">
            {thresholdError}
          </p>
        ) : null}
        <input
          id="field-threshold"
          name="autoHideThreshold"
          type="number"
          inputMode="numeric"
          min={1}
          max={20}
          defaultValue={v?.autoHideThreshold ?? initial.threshold}
          aria-invalid={thresholdError ? true : undefined}
          aria-describedby={['field-threshold-hint', thresholdError ? 'field-threshold-error' : ''].filter(Boolean).join(' ')}
          className="min-h-12 w-28 rounded-md border-2 border-zinc-500 bg-white px-3 text-lg text-zinc-900"
        />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="field-banned" className="text-lg font-semibold">
          {labels.bannedWords}
        </label>
        <p id="field-banned-hint" className="text-base text-zinc-700">
          {labels.bannedWordsHint}
        </p>
        {wordsError ? (
          <p id="field-banned-error" className="font-semibold text-red-800">
            {wordsError}
          </p>
        ) : null}
        <textarea
          id="field-banned"
          name="bannedWords"
          rows={5}
          defaultValue={v?.bannedWords ?? initial.bannedWords}
          aria-invalid={wordsError ? true : undefined}
          aria-describedby={['field-banned-hint', wordsError ? 'field-banned-error' : ''].filter(Boolean).join(' ')}
          className={textarea}
        />
      </div>
      <div>
        <SubmitButton>{labels.save}</SubmitButton>
      </div>
    </form>
  );
}

type Decision = { value: 'approve' | 'hide' | 'restore' | 'dismiss'; label: string };

/** One post's decision: the reason (sent to its author) and the buttons that apply to its state. */
export function PostDecisionForm({ postId, decisions, labels }: { postId: string; decisions: Decision[]; labels: { reason: string; reasonHint: string } }) {
  const [state, action] = useActionState<FormState, FormData>(decidePostAction, {});
  const id = useId();
  return (
    <form action={action} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="postId" value={postId} />
      <FormError message={state.fieldErrors?.reason ? undefined : state.message} />
      <ReasonField id={`${id}-reason`} label={labels.reason} hint={labels.reasonHint} error={state.fieldErrors?.reason} defaultValue={state.values?.reason} />
      <div className="flex flex-wrap gap-2">
        {decisions.map((d) => (
          <SubmitButton key={d.value} name="decision" value={d.value} className={d.value === 'hide' ? danger : d.value === 'dismiss' ? secondary : primary}>
            {d.label}
          </SubmitButton>
        ))}
      </div>
    </form>
  );
}

/** Reports about a message or a person: dealt with, or dismissed; the note goes to the log. */
export function ReportsDecisionForm({ targetType, targetId, labels }: { targetType: 'message' | 'user'; targetId: string; labels: { note: string; dismiss: string; resolve: string } }) {
  const [state, action] = useActionState<FormState, FormData>(decideReportsAction, {});
  const id = useId();
  return (
    <form action={action} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="targetType" value={targetType} />
      <input type="hidden" name="targetId" value={targetId} />
      <FormError message={state.message} />
      <ReasonField id={`${id}-note`} label={labels.note} error={state.fieldErrors?.reason} defaultValue={state.values?.reason} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton name="decision" value="resolve" className={primary}>
          {labels.resolve}
        </SubmitButton>
        <SubmitButton name="decision" value="dismiss" className={secondary}>
          {labels.dismiss}
        </SubmitButton>
      </div>
    </form>
  );
}

/** Suspending is behind a disclosure: it signs the person out at once. */
export function SuspendForm({ userId, labels }: { userId: string; labels: { open: string; reason: string; submit: string } }) {
  const [state, action] = useActionState<FormState, FormData>(suspendPersonAction, {});
  const id = useId();
  return (
    <details className="rounded-lg border-2 border-red-800/40 p-3" open={state.ok === false ? true : undefined}>
      <summary className="min-h-12 cursor-pointer py-2 text-lg font-semibold text-red-900 underline">{labels.open}</summary>
      <form action={action} className="mt-3 flex flex-col gap-3" noValidate>
        <input type="hidden" name="userId" value={userId} />
        <FormError message={state.fieldErrors?.reason ? undefined : state.message} />
        <ReasonField id={`${id}-reason`} label={labels.reason} error={state.fieldErrors?.reason} defaultValue={state.values?.reason} required />
        <div>
          <SubmitButton className={danger}>{labels.submit}</SubmitButton>
        </div>
      </form>
    </details>
  );
}

export function ReinstateForm({ userId, labels }: { userId: string; labels: { reason: string; submit: string } }) {
  const [state, action] = useActionState<FormState, FormData>(reinstatePersonAction, {});
  const id = useId();
  return (
    <form action={action} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="userId" value={userId} />
      <FormError message={state.message} />
      <ReasonField id={`${id}-reason`} label={labels.reason} error={state.fieldErrors?.reason} defaultValue={state.values?.reason} />
      <div>
        <SubmitButton className={primary}>{labels.submit}</SubmitButton>
      </div>
    </form>
  );
}
