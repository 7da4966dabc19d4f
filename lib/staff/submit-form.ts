import 'server-only';
import { redirect } from 'next/navigation';
import { toFormState, type FormState } from '@/lib/actions/form-state';
import { formToObject, type ActionResult } from '@/lib/actions/tenant-action';

/**
 * Runs a console action for a form and, once it has returned (its transaction committed),
 * redirects to the page that shows the result; otherwise gives the form its errors back, with
 * a form-level error (field `_`) as the message. Redirecting inside the action would roll its
 * transaction back.
 */
export async function submitStaffForm<T>(
  action: (raw: unknown) => Promise<ActionResult<T>>,
  form: FormData,
  successPath: (data: T) => string,
): Promise<FormState> {
  const result = await action(formToObject(form));
  if (result.ok) redirect(successPath(result.data));
  const state = toFormState(result, form);
  const formError = result.error.fieldErrors?._;
  return formError ? { ...state, message: formError } : state;
}
