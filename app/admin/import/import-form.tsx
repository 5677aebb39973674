'use client';

import { useActionState } from 'react';
import { FieldError, FormMessage, inputClass } from '@/app/_components/form-controls';
import { importRoundsFile } from './actions';
import type { ImportState } from './import-state';

const MAX_LISTED = 50;

export function ImportForm() {
  const [state, formAction, pending] = useActionState<ImportState, FormData>(importRoundsFile, { status: 'idle' });
  const fileError = state.status === 'refused' && state.issues.length === 1 && state.issues[0].path === 'file' ? state.issues[0].message : undefined;

  return (
    <div className="space-y-6">
      <form action={formAction} className="space-y-4 rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
        <div>
          <label htmlFor="feed-file" className="block text-sm font-medium text-slate-800">Feed file (JSON)</label>
          <input id="feed-file" name="file" type="file" accept=".json,application/json" required aria-invalid={fileError ? true : undefined} aria-describedby={fileError ? 'feed-file-error' : 'feed-file-hint'} className={inputClass} />
          <p id="feed-file-hint" className="mt-1 text-xs text-slate-500">A copy of IRCC&apos;s ee_rounds_123_en.json. The whole file is checked first; a file with any error is refused and nothing is imported.</p>
          <FieldError id="feed-file-error" message={fileError} testId="error-file" />
        </div>
        <button type="submit" disabled={pending} className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60">
          {pending ? 'Importing…' : 'Import rounds'}
        </button>
      </form>

      {state.status === 'refused' && !fileError && (
        <section className="space-y-2 rounded-xl bg-white p-6 shadow-sm ring-1 ring-red-200" data-testid="import-refused">
          <FormMessage kind="error">
            {state.fileName} was refused: {state.issues.length} problem{state.issues.length === 1 ? '' : 's'}. Nothing was imported.
          </FormMessage>
          <ul className="space-y-1 text-sm">
            {state.issues.slice(0, MAX_LISTED).map((issue, index) => (
              <li key={index}><code className="text-xs text-slate-600">{issue.path}</code>: {issue.message}</li>
            ))}
          </ul>
          {state.issues.length > MAX_LISTED && <p className="text-sm text-slate-600">and {state.issues.length - MAX_LISTED} more.</p>}
        </section>
      )}

      {state.status === 'imported' && (
        <section aria-labelledby="report-heading" className="space-y-4 rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200" data-testid="import-report">
          <h2 id="report-heading" className="font-semibold">Imported {state.fileName}: {state.report.total} rounds read</h2>
          <ul className="grid gap-3 sm:grid-cols-3">
            <Count testId="report-added" label="added" value={state.report.added.length} />
            <Count testId="report-changed" label="changed" value={state.report.changed.length} />
            <Count testId="report-unchanged" label="unchanged" value={state.report.unchanged.length} />
          </ul>
          <p className="text-sm text-slate-600">
            {state.report.alertsScheduled.length > 0
              ? `Alert emails are scheduled for ${state.report.alertsScheduled.length === 1 ? 'round' : 'rounds'} ${state.report.alertsScheduled.join(', ')} (new, dated in the last 10 days); no other round sends any.`
              : 'No alert emails: no new round is dated in the last 10 days.'}
          </p>
          {state.report.added.length > 0 && (
            <details className="text-sm">
              <summary className="cursor-pointer font-medium">Added ({state.report.added.length})</summary>
              <p className="mt-1 text-slate-700">{state.report.added.map((n) => `#${n}`).join(', ')}</p>
            </details>
          )}
          {state.report.changed.length > 0 && (
            <details open className="text-sm">
              <summary className="cursor-pointer font-medium">Changed ({state.report.changed.length})</summary>
              <ul className="mt-1 space-y-0.5">
                {state.report.changed.map((change) => (
                  <li key={change.number}>#{change.number}: {change.fields.join(', ')}</li>
                ))}
              </ul>
            </details>
          )}
          {state.report.unchanged.length > 0 && (
            <details className="text-sm">
              <summary className="cursor-pointer font-medium">Skipped, unchanged ({state.report.unchanged.length})</summary>
              <p className="mt-1 text-slate-700">Reason: every field is the same as the round already recorded ({state.report.unchangedReason}).</p>
              <p className="mt-1 text-slate-700">{state.report.unchanged.map((n) => `#${n}`).join(', ')}</p>
            </details>
          )}
          {state.report.warnings.length > 0 && (
            <details className="text-sm">
              <summary className="cursor-pointer font-medium">Oddities in the feed, imported as published ({state.report.warnings.length})</summary>
              <ul className="mt-1 space-y-0.5">
                {state.report.warnings.map((warning, index) => (
                  <li key={index}>#{warning.number}: {warning.message}</li>
                ))}
              </ul>
            </details>
          )}
        </section>
      )}
    </div>
  );
}

function Count({ label, value, testId }: { label: string; value: number; testId: string }) {
  return (
    <li className="rounded-lg bg-slate-50 p-4 ring-1 ring-slate-200">
      <span className="block text-2xl font-semibold" data-testid={testId}>{value}</span>
      <span className="text-sm text-slate-600">{label}</span>
    </li>
  );
}
