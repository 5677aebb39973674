'use client';

import { useActionState } from 'react';
import { FieldError, FormMessage, TextField, fieldIds, inputClass } from '@/app/_components/form-controls';
import { CATEGORY_LABELS, PROGRAM_LABELS, PROGRAM_SHORT, formatCount } from '@/lib/rounds/format';
import { ROUND_CATEGORIES, ROUND_PROGRAMS } from '@/lib/schemas/round';
import { CategoryListDetails } from './category-list';
import type { RoundFormState } from './form-state';

type Props = {
  action: (state: RoundFormState, form: FormData) => Promise<RoundFormState>;
  initial: RoundFormState;
  mode: 'record' | 'edit';
};

/** The round form: record a new round (with a preview first) or edit a recorded one. */
export function RoundForm({ action, initial, mode }: Props) {
  const [state, formAction, pending] = useActionState(action, initial);
  const { values, fieldErrors } = state;
  const error = (field: keyof typeof values) => fieldErrors[field]?.[0];
  const category = fieldIds('category');
  const programs = fieldIds('programs');
  const hasErrors = Object.keys(fieldErrors).length > 0;

  return (
    <form action={formAction} className="space-y-6" noValidate>
      {hasErrors && <FormMessage kind="error">Please correct the fields marked below.</FormMessage>}
      {state.saved && (
        <FormMessage kind="success" testId="form-saved">
          {state.saved.changed.length === 0 ? 'Nothing changed.' : `Saved. Changed: ${state.saved.changed.join(', ')}.`}
        </FormMessage>
      )}

      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold text-slate-900">The round</legend>
        <TextField name="number" label="Round number" hint='As IRCC numbers it: "274", or "91a" for a lettered round.' defaultValue={values.number} error={error('number')} required />
        <TextField name="date" type="date" label="Date of the round" hint="The calendar date IRCC publishes (no time zone)." defaultValue={values.date} error={error('date')} required />
        <DateTimeField name="drawAt" label="Round date and time (UTC)" hint="Optional. The time IRCC published for the round, in UTC." value={values.drawAt} error={error('drawAt')} />
        <DateTimeField name="tieBreakAt" label="Tie-break date and time (UTC)" hint="Profiles at the cutoff submitted at or before this UTC time were invited." value={values.tieBreakAt} error={error('tieBreakAt')} />
      </fieldset>

      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold text-slate-900">Who it invited</legend>
        <div>
          <label htmlFor={category.id} className="block text-sm font-medium text-slate-800">Category</label>
          {/* Keyed by the value: React applies a select's defaultValue only when it mounts, and resets the form after each action. */}
          <select key={values.category} id={category.id} name="category" defaultValue={values.category} aria-invalid={error('category') ? true : undefined} aria-describedby={error('category') ? category.errorId : undefined} className={inputClass}>
            <option value="none">None: a general or program-specific round</option>
            {ROUND_CATEGORIES.map((id) => (
              <option key={id} value={id}>{CATEGORY_LABELS[id]}</option>
            ))}
          </select>
          <FieldError id={category.errorId} message={error('category')} testId="error-category" />
        </div>
        <fieldset aria-describedby={error('programs') ? programs.errorId : undefined}>
          <legend className="block text-sm font-medium text-slate-800">Programs</legend>
          <div className="mt-2 flex flex-wrap gap-x-5 gap-y-2">
            {ROUND_PROGRAMS.map((id) => (
              <label key={id} className="flex items-center gap-2 text-sm" title={PROGRAM_LABELS[id]}>
                <input type="checkbox" name="programs" value={id} defaultChecked={values.programs.includes(id)} className="h-4 w-4 rounded border-slate-300" />
                {PROGRAM_SHORT[id]}
              </label>
            ))}
          </div>
          <p className="mt-1 text-xs text-slate-500">A category round usually covers FSW, CEC and FST.</p>
          <FieldError id={programs.errorId} message={error('programs')} testId="error-programs" />
        </fieldset>
        <TextField name="cutoff" label="CRS cutoff" defaultValue={values.cutoff} error={error('cutoff')} required />
        <TextField name="invitations" label="Invitations issued" defaultValue={values.invitations} error={error('invitations')} required />
        <TextField name="name" label="Name as IRCC publishes it" hint="Optional: left empty, it is made from the category and its list version, or the program." defaultValue={values.name} error={error('name')} />
        <TextField name="url" type="url" label="Link to the Ministerial Instruction" hint="Optional, an https:// address on canada.ca." defaultValue={values.url} error={error('url')} />
      </fieldset>

      {state.preview && (
        <section aria-labelledby="preview-heading" className="space-y-3 rounded-lg bg-slate-50 p-4 ring-1 ring-slate-300" data-testid="round-preview">
          <h2 id="preview-heading" className="font-semibold">Preview (not saved yet)</h2>
          <p className="text-sm">Name: <strong>{state.preview.name}</strong></p>
          <p className="text-sm" data-testid="preview-audience">
            Would be invited: <strong>{formatCount(state.preview.audience.invited)}</strong> {state.preview.audience.invited === 1 ? 'user' : 'users'}; at the cutoff, tie-break undecided:{' '}
            <strong>{formatCount(state.preview.audience.tie)}</strong>; near misses (opted in): <strong>{formatCount(state.preview.audience.nearMiss)}</strong>.
          </p>
          {state.preview.categoryList ? (
            <CategoryListDetails list={state.preview.categoryList} />
          ) : (
            values.category !== 'none' && <p className="text-sm text-amber-800">This category had no occupation list in force on that date.</p>
          )}
        </section>
      )}

      <div className="flex flex-wrap gap-3">
        {mode === 'record' && (
          <button type="submit" name="intent" value="preview" disabled={pending} className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100 disabled:opacity-60">
            Preview
          </button>
        )}
        <button type="submit" name="intent" value="save" disabled={pending} className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60">
          {mode === 'record' ? 'Record round' : 'Save changes'}
        </button>
        {pending && <span className="self-center text-sm text-slate-500">Working…</span>}
      </div>
    </form>
  );
}

function DateTimeField({ name, label, hint, value, error }: { name: string; label: string; hint: string; value: string; error?: string }) {
  const { id, errorId, hintId } = fieldIds(name);
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">{label}</label>
      <input
        id={id}
        name={name}
        type="datetime-local"
        step={1}
        defaultValue={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, error ? errorId : null].filter(Boolean).join(' ')}
        className={inputClass}
      />
      <p id={hintId} className="mt-1 text-xs text-slate-500">{hint}</p>
      <FieldError id={errorId} message={error} testId={`error-${name}`} />
    </div>
  );
}
