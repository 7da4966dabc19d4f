'use client';

import type { ReactNode } from 'react';
import { useFormStatus } from 'react-dom';

export function SubmitButton({ children, className, name, value }: { children: ReactNode; className?: string; name?: string; value?: string }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      name={name}
      value={value}
      aria-disabled={pending}
      onClick={(e) => pending && e.preventDefault()}
      className={
        className ??
        'min-h-12 rounded-lg bg-primary px-6 py-3 text-lg font-bold text-on-primary shadow-sm hover:opacity-90 aria-disabled:opacity-70'
      }
    >
      {children}
    </button>
  );
}
