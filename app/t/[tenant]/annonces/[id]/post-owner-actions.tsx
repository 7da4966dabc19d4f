'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/app/_components/submit-button';
import type { FormState } from '@/lib/actions/form-state';
import { deletePostAction, renewPostAction, resolvePostAction } from '../actions';

type Labels = {
  edit: string;
  resolve: string;
  resolveHint: string;
  renew: string;
  delete: string;
  deleteConfirm: string;
  deleteSubmit: string;
};

function ErrorLine({ state }: { state: FormState }) {
  const text = state.fieldErrors?._ ?? state.message;
  return text ? (
    <p role="alert" className="rounded-md border-2 border-red-800 bg-red-50 p-3 font-semibold text-red-900">
      {text}
    </p>
  ) : null;
}

const secondary =
  'min-h-12 rounded-lg border-2 border-primary bg-white px-5 py-2 text-lg font-bold text-primary hover:bg-zinc-50 aria-disabled:opacity-70';

/** The author's own buttons on a post page: each a plain form, so they work before hydration. */
export function PostOwnerActions({ postId, canEdit, canRenew, labels }: { postId: string; canEdit: boolean; canRenew: boolean; labels: Labels }) {
  const [resolveState, resolve] = useActionState<FormState, FormData>(resolvePostAction, {});
  const [renewState, renew] = useActionState<FormState, FormData>(renewPostAction, {});
  const [deleteState, remove] = useActionState<FormState, FormData>(deletePostAction, {});
  return (
    <div className="flex flex-col gap-5">
      <div className="flex flex-wrap items-start gap-3">
        {canEdit ? (
          <a href={`/annonces/${postId}/modifier`} className={`${secondary} inline-flex items-center no-underline`}>
            {labels.edit}
          </a>
        ) : null}
        {canRenew ? (
          <form action={renew}>
            <input type="hidden" name="postId" value={postId} />
            <SubmitButton className={secondary}>{labels.renew}</SubmitButton>
          </form>
        ) : null}
      </div>
      <ErrorLine state={renewState} />
      {canEdit ? (
        <form action={resolve} className="flex flex-col gap-2">
          <input type="hidden" name="postId" value={postId} />
          <p className="text-base text-zinc-700">
            {labels.resolveHint}
          </p>
          <div>
            <SubmitButton>{labels.resolve}</SubmitButton>
          </div>
          <ErrorLine state={resolveState} />
        </form>
      ) : null}
      <details className="rounded-lg border-2 border-red-800 bg-white p-3">
        <summary className="min-h-12 cursor-pointer content-center text-lg font-semibold text-red-800">{labels.delete}</summary>
        <form action={remove} className="mt-3 flex flex-col gap-3">
          <input type="hidden" name="postId" value={postId} />
          <p className="text-lg">{labels.deleteConfirm}</p>
          <div>
            <SubmitButton className="min-h-12 rounded-lg bg-red-800 px-5 py-2 text-lg font-bold text-white hover:opacity-90 aria-disabled:opacity-70">
              {labels.deleteSubmit}
            </SubmitButton>
          </div>
          <ErrorLine state={deleteState} />
        </form>
      </details>
    </div>
  );
}
