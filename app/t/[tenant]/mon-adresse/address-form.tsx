'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/app/_components/submit-button';
import { TextField } from '@/app/_components/text-field';
import { searchHomeAddressAction, setHomeAddressAction, type AddressSearchState } from './actions';

type Labels = { label: string; hint: string; search: string; results: string; submit: string };

/**
 * Two plain forms: the search (the geocoder's answers come back as a list) and the choice.
 * Both work without JavaScript.
 */
export function AddressForm({ suite, labels }: { suite: string; labels: Labels }) {
  const [search, searchAction] = useActionState<AddressSearchState, FormData>(searchHomeAddressAction, {});
  const [save, saveAction] = useActionState<AddressSearchState, FormData>(setHomeAddressAction, {});
  const results = search.results ?? [];
  const saveError = save.fieldErrors?.addressChoice ?? (save.ok === false ? save.message : undefined);
  return (
    <div className="flex flex-col gap-4">
      <form action={searchAction} className="flex flex-col gap-3" role="search">
        <TextField
          name="address"
          label={labels.label}
          hint={labels.hint}
          error={search.fieldErrors?.address}
          defaultValue={search.values?.address}
          autoComplete="street-address"
          maxLength={200}
        />
        <div>
          <SubmitButton>{labels.search}</SubmitButton>
        </div>
      </form>
      {results.length || saveError ? (
        <form action={saveAction} className="flex flex-col gap-3">
          {suite ? <input type="hidden" name="suite" value={suite} /> : null}
          <fieldset aria-describedby={saveError ? 'address-choice-error' : undefined}>
            <legend className="text-lg font-semibold">{labels.results}</legend>
            {saveError ? (
              <p id="address-choice-error" role="alert" className="font-semibold text-red-800">
                {saveError}
              </p>
            ) : null}
            <ul className="mt-2 flex flex-col gap-2">
              {results.map((r, i) => (
                <li key={`${r.label}-${i}`}>
                  <label className="flex min-h-12 items-center gap-3 rounded-lg border-2 border-zinc-400 bg-white px-3 text-lg has-[:checked]:border-primary">
                    <input type="radio" name="addressChoice" value={JSON.stringify(r)} defaultChecked={results.length === 1} className="size-5 accent-primary" />
                    {r.label}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          {results.length ? (
            <div>
              <SubmitButton>{labels.submit}</SubmitButton>
            </div>
          ) : null}
        </form>
      ) : null}
    </div>
  );
}
