'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/app/_components/submit-button';
import type { FormState } from '@/lib/actions/form-state';

type Props = {
  action: (prev: FormState, form: FormData) => Promise<FormState>;
  hidden: Record<string, string>;
  label: string;
  /** Read after the label by screen readers, when the label alone is ambiguous in a list ("Monter" … "« Courses »"). */
  srSuffix?: string;
  variant?: 'primary' | 'secondary' | 'danger';
  className?: string;
};

const VARIANTS = {
  primary: 'min-h-12 rounded-lg bg-primary px-5 py-2 text-lg font-bold text-on-primary hover:opacity-90 aria-disabled:opacity-70',
  secondary: 'min-h-12 rounded-lg border-2 border-zinc-700 bg-white px-5 py-2 text-lg font-semibold text-zinc-900 hover:bg-zinc-100 aria-disabled:opacity-70',
  danger: 'min-h-12 rounded-lg border-2 border-red-800 bg-white px-5 py-2 text-lg font-semibold text-red-900 hover:bg-red-50 aria-disabled:opacity-70',
};

/** A console action that is one button (with its ids in hidden fields); its error shows beside it. */
export function ButtonForm({ action, hidden, label, srSuffix, variant = 'secondary', className }: Props) {
  const [state, formAction] = useActionState<FormState, FormData>(action, {});
  return (
    <form action={formAction} className={className ?? 'flex max-w-full flex-col gap-2'}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {state.message ? (
        <p role="alert" className="font-semibold text-red-800">
          {state.message}
        </p>
      ) : null}
      <div>
        <SubmitButton className={VARIANTS[variant]}>
          {label}
          {srSuffix ? <span className="sr-only"> {srSuffix}</span> : null}
        </SubmitButton>
      </div>
    </form>
  );
}
