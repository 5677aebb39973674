'use client';

import { useFormStatus } from 'react-dom';

// Form building blocks: a label on every control, its error tied to it with aria-describedby and
// aria-invalid, and a data-testid on each error (Next's route announcer also has role="alert").

export const inputClass =
  'mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-200 aria-[invalid=true]:border-red-500 aria-[invalid=true]:ring-red-100';

export function fieldIds(name: string) {
  const base = name.replace(/[^A-Za-z0-9_-]/g, '-');
  return { id: `f-${base}`, errorId: `f-${base}-error`, hintId: `f-${base}-hint` };
}

export function FieldError({ id, message, testId }: { id: string; message?: string; testId?: string }) {
  if (!message) return null;
  return (
    <p id={id} data-testid={testId ?? `error-${id}`} className="mt-1 text-sm text-red-700">
      {message}
    </p>
  );
}

type TextFieldProps = {
  name: string;
  label: string;
  error?: string;
  hint?: string;
  type?: string;
  defaultValue?: string;
  autoComplete?: string;
  required?: boolean;
};

/** A labelled input whose error and hint are announced with it. */
export function TextField({ name, label, error, hint, type = 'text', defaultValue, autoComplete, required }: TextFieldProps) {
  const { id, errorId, hintId } = fieldIds(name);
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">{label}</label>
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={defaultValue}
        autoComplete={autoComplete}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={inputClass}
      />
      {hint && <p id={hintId} className="mt-1 text-xs text-slate-500">{hint}</p>}
      <FieldError id={errorId} message={error} testId={`error-${name}`} />
    </div>
  );
}

export function SubmitButton({ children, pendingText, variant = 'primary' }: { children: React.ReactNode; pendingText: string; variant?: 'primary' | 'danger' }) {
  const { pending } = useFormStatus();
  const colours = variant === 'danger' ? 'bg-red-600 hover:bg-red-700' : 'bg-brand-600 hover:bg-brand-700';
  return (
    <button type="submit" disabled={pending} className={`rounded-md px-4 py-2 text-sm font-medium text-white disabled:opacity-60 ${colours}`}>
      {pending ? pendingText : children}
    </button>
  );
}

export function FormMessage({ kind, children, testId = 'form-error' }: { kind: 'error' | 'success'; children: React.ReactNode; testId?: string }) {
  const colours = kind === 'error' ? 'bg-red-50 text-red-800 ring-red-200' : 'bg-emerald-50 text-emerald-800 ring-emerald-200';
  return (
    <p role={kind === 'error' ? 'alert' : 'status'} data-testid={testId} className={`rounded-md px-3 py-2 text-sm ring-1 ${colours}`}>
      {children}
    </p>
  );
}
