'use client';

import Link from 'next/link';
import { useRef, useState, useTransition } from 'react';
import { rememberCheckedProfile } from '@/app/_components/checked-profile';
import { EvaluationReport } from '@/app/_components/evaluation-report';
import { FormMessage, inputClass } from '@/app/_components/form-controls';
import { profileToDraft, type ProfileDraft } from '@/app/_components/profile-draft';
import { ProfileEditor } from '@/app/_components/profile-editor';
import { distinctIssues } from '@/lib/evaluation/request';
import { formatIssues, profileSchema, type FieldIssue } from '@/lib/schemas/profile';
import { checkProfileAction, type CheckResult } from './actions';

// The public check: the account's profile editor (nothing saved) or a pasted/uploaded JSON profile,
// a date, and the evaluation the server computes. The browser's checks are early feedback only.

type Mode = 'form' | 'json';
type Report = Extract<CheckResult, { ok: true }>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Server paths "profile.workHistory[0].start" -> the profile's own "workHistory[0].start". */
function profileIssues(errors: FieldIssue[]): FieldIssue[] {
  return errors
    .filter((issue) => issue.path === 'profile' || issue.path.startsWith('profile.'))
    .map((issue) => ({ path: issue.path === 'profile' ? '' : issue.path.slice('profile.'.length), message: issue.message }));
}

function ModeButton({ mode, current, onSelect, children }: { mode: Mode; current: Mode; onSelect: (mode: Mode) => void; children: React.ReactNode }) {
  const active = mode === current;
  return (
    <button
      type="button"
      aria-pressed={active}
      onClick={() => onSelect(mode)}
      className={`rounded-md px-3 py-1.5 text-sm font-medium ${active ? 'bg-brand-600 text-white' : 'text-slate-700 hover:bg-slate-100'}`}
    >
      {children}
    </button>
  );
}

export function CheckForm({ today, signedIn }: { today: string; signedIn: boolean }) {
  const [mode, setMode] = useState<Mode>('form');
  const [asOf, setAsOf] = useState(today);
  const [asOfError, setAsOfError] = useState<string | null>(null);
  const [draft, setDraft] = useState<ProfileDraft | null>(null);
  const [editorKey, setEditorKey] = useState(0);
  const [json, setJson] = useState('');
  const [jsonErrors, setJsonErrors] = useState<FieldIssue[]>([]);
  const [report, setReport] = useState<Report | null>(null);
  const [pending, startTransition] = useTransition();
  const results = useRef<HTMLElement>(null);
  const upload = useRef<HTMLInputElement>(null);

  function checkDate(): boolean {
    const ok = DATE.test(asOf);
    setAsOfError(ok ? null : 'must be a calendar date YYYY-MM-DD');
    return ok;
  }

  /** Sends a profile to the server; resolves to the profile's problems, or null once evaluated. */
  async function evaluateOnServer(profile: unknown): Promise<FieldIssue[] | null> {
    if (!checkDate()) return null;
    const result = await checkProfileAction({ profile, asOf });
    if (!result.ok) {
      setAsOfError(result.errors.find((issue) => issue.path === 'asOf')?.message ?? null);
      setReport(null);
      return profileIssues(result.errors);
    }
    rememberCheckedProfile(profile);
    setReport(result);
    requestAnimationFrame(() => results.current?.scrollIntoView({ behavior: 'smooth', block: 'start' }));
    return null;
  }

  /** The pasted text as a profile, or every problem with its JSON path. */
  function readJson(): { profile: unknown } | { errors: FieldIssue[] } {
    let value: unknown;
    try {
      value = JSON.parse(json);
    } catch (error) {
      return { errors: [{ path: '', message: `is not valid JSON: ${(error as Error).message}` }] };
    }
    const parsed = profileSchema.safeParse(value);
    return parsed.success ? { profile: value } : { errors: distinctIssues(formatIssues(parsed.error)) };
  }

  function onCheckJson(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const read = readJson();
    if ('errors' in read) {
      setJsonErrors(read.errors);
      setReport(null);
      return;
    }
    setJsonErrors([]);
    startTransition(async () => {
      setJsonErrors((await evaluateOnServer(read.profile)) ?? []);
    });
  }

  function openInForm() {
    let value: unknown = null;
    try {
      value = JSON.parse(json);
    } catch {
      setJsonErrors([{ path: '', message: 'is not valid JSON: fix it here before opening it in the form' }]);
      return;
    }
    setDraft(profileToDraft(value));
    setEditorKey((key) => key + 1);
    setMode('form');
  }

  async function onUpload(event: React.ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) setJson(await file.text());
  }

  return (
    <div className="space-y-6">
      <section className="flex flex-wrap items-end gap-4 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
        <div className="w-48">
          <label htmlFor="check-as-of" className="block text-sm font-medium text-slate-800">Evaluate on</label>
          <input
            id="check-as-of"
            type="date"
            value={asOf}
            onChange={(event) => setAsOf(event.target.value)}
            aria-invalid={asOfError ? true : undefined}
            aria-describedby={asOfError ? 'check-as-of-error check-as-of-hint' : 'check-as-of-hint'}
            className={inputClass}
          />
          <p id="check-as-of-hint" className="mt-1 text-xs text-slate-500">Today in Ottawa is {today}.</p>
          {asOfError && <p id="check-as-of-error" data-testid="error-asOf" className="mt-1 text-sm text-red-700">{asOfError}</p>}
        </div>
        <div role="group" aria-label="How to enter the profile" className="ml-auto flex gap-1 rounded-lg bg-slate-50 p-1 ring-1 ring-slate-200">
          <ModeButton mode="form" current={mode} onSelect={setMode}>Fill in the form</ModeButton>
          <ModeButton mode="json" current={mode} onSelect={setMode}>Paste or upload JSON</ModeButton>
        </div>
      </section>

      {/* Both stay mounted, so switching never loses what was typed. */}
      <div hidden={mode !== 'form'}>
        <ProfileEditor
          key={editorKey}
          initial={draft}
          onSubmit={evaluateOnServer}
          submitLabel="Check this profile"
          pendingLabel="Checking…"
          footnote="Computed on our server; nothing you enter here is stored."
          importHint="Import a profile file (interchange format, JSON) to fill the form."
          importedNotice={(name) => `Imported ${name}. Check it, then see the results.`}
        />
      </div>

      <form hidden={mode !== 'json'} onSubmit={onCheckJson} noValidate className="space-y-4 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200 sm:p-6">
        <div>
          <label htmlFor="check-json" className="block text-sm font-medium text-slate-800">Profile JSON</label>
          <textarea
            id="check-json"
            value={json}
            onChange={(event) => setJson(event.target.value)}
            rows={14}
            spellCheck={false}
            aria-invalid={jsonErrors.length > 0 ? true : undefined}
            aria-describedby={jsonErrors.length > 0 ? 'check-json-errors check-json-hint' : 'check-json-hint'}
            className={`${inputClass} font-mono text-xs`}
            placeholder='{ "version": 1, "dateOfBirth": "1994-05-17", "maritalStatus": "single", … }'
          />
          <p id="check-json-hint" className="mt-1 text-xs text-slate-500">
            The interchange format, version 1: the same file the profile editor imports and exports, and the{' '}
            <code>profile</code> of <code>POST /api/v1/evaluate</code>.
          </p>
        </div>
        {jsonErrors.length > 0 && (
          <div id="check-json-errors" data-testid="json-errors" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800 ring-1 ring-red-200">
            <p className="font-medium">{jsonErrors.length === 1 ? 'One problem' : `${jsonErrors.length} problems`}; nothing was evaluated:</p>
            <ul className="mt-1 list-disc space-y-0.5 pl-5">
              {jsonErrors.map((issue) => (
                <li key={`${issue.path}:${issue.message}`} data-testid="json-error">
                  <code className="font-mono text-xs">{issue.path || '(root)'}</code>: {issue.message}
                </li>
              ))}
            </ul>
          </div>
        )}
        <div className="flex flex-wrap items-center gap-3">
          <input ref={upload} type="file" accept="application/json,.json" className="sr-only" id="check-upload" onChange={onUpload} aria-label="Upload a JSON file" />
          <button type="button" onClick={() => upload.current?.click()} className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50">Upload a file…</button>
          <button type="button" onClick={openInForm} className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50">Open in the form</button>
          <button type="submit" disabled={pending} className="ml-auto rounded-md bg-brand-600 px-5 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60">
            {pending ? 'Checking…' : 'Check this JSON'}
          </button>
        </div>
      </form>

      {report && (
        <section ref={results} aria-labelledby="check-results-title" data-testid="check-results" className="scroll-mt-4 space-y-6">
          <header className="flex flex-wrap items-end justify-between gap-3">
            <div>
              <h2 id="check-results-title" className="text-2xl font-semibold tracking-tight">Results</h2>
              <p className="mt-1 text-sm text-slate-600" data-testid="rules-used">
                As of {report.evaluation.asOf} (Ottawa time), under the rules in force since {report.evaluation.rules}.
              </p>
            </div>
          </header>
          <EvaluationReport evaluation={report.evaluation} rounds={report.rounds} />
          {signedIn ? (
            <FormMessage kind="success" testId="save-invitation">
              To keep this profile and get alerts, open <Link href="/profile" className="font-medium underline">your profile</Link>: it offers to use the one you just checked.
            </FormMessage>
          ) : (
            <div data-testid="save-invitation" className="flex flex-wrap items-center gap-4 rounded-2xl bg-brand-50 p-5 ring-1 ring-brand-200">
              <p className="flex-1 text-sm text-slate-800">
                Save this profile and we will email you when a round would have invited you. The profile you just checked is carried over.
              </p>
              <Link href="/sign-up" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
                Create an account to save this profile and get alerts
              </Link>
            </div>
          )}
        </section>
      )}
      {!report && mode === 'json' && pending && <p className="text-sm text-slate-500" role="status">Checking…</p>}
    </div>
  );
}
