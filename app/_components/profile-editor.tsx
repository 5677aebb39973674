'use client';

import { useRef, useState, useTransition } from 'react';
import { FormMessage, inputClass } from '@/app/_components/form-controls';
import { NocSearch } from '@/app/_components/noc-search';
import { testLanguage, toClb } from '@/lib/rules/language/clb';
import { EDUCATION_LEVELS, LANGUAGE_TESTS, MARITAL_STATUSES, PROVINCES, formatIssues, languageTestSchema, profileSchema, type FieldIssue } from '@/lib/schemas/profile';
import {
  draftToProfile,
  emptyDraft,
  isCouple,
  newCredential,
  newJob,
  newTest,
  profileToDraft,
  type CredentialDraft,
  type JobDraft,
  type ProfileDraft,
  type TestDraft,
} from './profile-draft';

// The profile editor: the whole interchange format. The draft keeps every value as typed; the one
// profileSchema checks it here for early feedback and again on the server, which decides. The same
// editor saves an account's profile (/profile) and checks a visitor's without storing it (/check):
// the page gives it `onSubmit` (a server action's call) and the words of its submit bar.

type Path = (string | number)[];
type Errors = Record<string, string>;

const LABELS = {
  marital: { single: 'Single (never married)', married: 'Married', common_law: 'Common-law', divorced: 'Divorced', separated: 'Legally separated', widowed: 'Widowed', annulled: 'Annulled marriage' },
  level: {
    secondary: 'Secondary (high school)', one_year: 'One-year post-secondary program', two_year: 'Two-year post-secondary program',
    bachelors: "Bachelor's degree (3+ years)", three_year: 'Three-year or longer post-secondary program', masters: "Master's degree",
    professional: 'Professional degree (licensed profession)', doctoral: 'Doctoral degree (PhD)',
  },
  test: { ielts_general: 'IELTS General Training', celpip_general: 'CELPIP-General', pte_core: 'PTE Core', tef_canada: 'TEF Canada', tcf_canada: 'TCF Canada', clb: 'CLB levels (estimate)', nclc: 'NCLC levels (estimate)' },
} as const;

const ABILITIES = ['listening', 'reading', 'writing', 'speaking'] as const;

function keyOf(path: Path): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out === '' ? part : `.${part}`;
  return out;
}

function idOf(path: Path): string {
  return `p-${keyOf(path).replace(/[^A-Za-z0-9]+/g, '-')}`;
}

function setIn<T>(target: T, path: Path, value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path;
  const copy = (Array.isArray(target) ? [...target] : { ...(target as object) }) as Record<string | number, unknown>;
  copy[head] = setIn((target as Record<string | number, unknown>)[head], rest, value);
  return copy as T;
}

function getIn(target: unknown, path: Path): unknown {
  return path.reduce<unknown>((value, part) => (value as Record<string | number, unknown>)?.[part], target);
}

/** Where the draft keeps a field whose name differs from the interchange format's. */
const DRAFT_PATHS: [string, string][] = [
  ['certificateOfQualification', 'certificate'],
  ['provincialNomination', 'nomination'],
  ['expressEntry.submittedAt', 'expressEntrySubmittedAt'],
];

function toErrors(issues: FieldIssue[]): Errors {
  const out: Errors = {};
  for (const issue of issues) {
    const renamed = DRAFT_PATHS.find(([from]) => issue.path === from || issue.path.startsWith(`${from}.`));
    const path = renamed ? renamed[1] + issue.path.slice(renamed[0].length) : issue.path;
    out[path] ??= issue.message;
  }
  return out;
}

type Ctx = { draft: ProfileDraft; errors: Errors; change: (path: Path, value: unknown) => void };

function ErrorText({ path, errors }: { path: Path; errors: Errors }) {
  const message = errors[keyOf(path)];
  if (!message) return null;
  return <p id={`${idOf(path)}-error`} data-testid={`error-${keyOf(path)}`} className="mt-1 text-sm text-red-700">{message}</p>;
}

function describedBy(path: Path, errors: Errors, hint?: boolean): string | undefined {
  const ids = [hint ? `${idOf(path)}-hint` : null, errors[keyOf(path)] ? `${idOf(path)}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function Input({ ctx, path, label, type = 'text', hint, inputMode, after }: {
  ctx: Ctx; path: Path; label: string; type?: string; hint?: string; inputMode?: 'decimal' | 'numeric'; after?: React.ReactNode;
}) {
  const id = idOf(path);
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">{label}</label>
      <div className="flex items-center gap-2">
        <input
          id={id}
          type={type}
          inputMode={inputMode}
          value={String(getIn(ctx.draft, path) ?? '')}
          onChange={(event) => ctx.change(path, event.target.value)}
          aria-invalid={ctx.errors[keyOf(path)] ? true : undefined}
          aria-describedby={describedBy(path, ctx.errors, Boolean(hint))}
          className={inputClass}
        />
        {after}
      </div>
      {hint && <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">{hint}</p>}
      <ErrorText path={path} errors={ctx.errors} />
    </div>
  );
}

function Select({ ctx, path, label, options, placeholder, hint }: {
  ctx: Ctx; path: Path; label: string; options: readonly { value: string; label: string }[]; placeholder?: string; hint?: string;
}) {
  const id = idOf(path);
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">{label}</label>
      <select
        id={id}
        value={String(getIn(ctx.draft, path) ?? '')}
        onChange={(event) => ctx.change(path, event.target.value)}
        aria-invalid={ctx.errors[keyOf(path)] ? true : undefined}
        aria-describedby={describedBy(path, ctx.errors, Boolean(hint))}
        className={inputClass}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
      </select>
      {hint && <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">{hint}</p>}
      <ErrorText path={path} errors={ctx.errors} />
    </div>
  );
}

function Check({ ctx, path, label, hint }: { ctx: Ctx; path: Path; label: string; hint?: string }) {
  const id = idOf(path);
  return (
    <div className="flex items-start gap-2">
      <input
        id={id}
        type="checkbox"
        checked={Boolean(getIn(ctx.draft, path))}
        onChange={(event) => ctx.change(path, event.target.checked)}
        aria-describedby={describedBy(path, ctx.errors, Boolean(hint))}
        className="mt-0.5 h-4 w-4 rounded border-slate-300 text-brand-600"
      />
      <div>
        <label htmlFor={id} className="text-sm text-slate-800">{label}</label>
        {hint && <p id={`${id}-hint`} className="text-xs text-slate-500">{hint}</p>}
        <ErrorText path={path} errors={ctx.errors} />
      </div>
    </div>
  );
}

function Card({ title, description, children, testId }: { title: string; description?: string; children: React.ReactNode; testId?: string }) {
  return (
    <section className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200 sm:p-6" data-testid={testId}>
      <h2 className="text-lg font-semibold tracking-tight">{title}</h2>
      {description && <p className="mt-1 text-sm text-slate-600">{description}</p>}
      <div className="mt-4 space-y-4">{children}</div>
    </section>
  );
}

function Row({ legend, onRemove, children }: { legend: string; onRemove: () => void; children: React.ReactNode }) {
  return (
    <fieldset className="rounded-xl bg-slate-50 p-4 ring-1 ring-slate-200">
      <legend className="float-left text-sm font-semibold text-slate-800">{legend}</legend>
      <div className="flex justify-end">
        <button type="button" onClick={onRemove} className="rounded-md px-2 py-1 text-sm text-red-700 hover:bg-red-50">
          Remove {legend.toLowerCase()}
        </button>
      </div>
      <div className="clear-both pt-2">{children}</div>
    </fieldset>
  );
}

function AddButton({ onClick, children }: { onClick: () => void; children: React.ReactNode }) {
  return (
    <button type="button" onClick={onClick} className="rounded-md border border-dashed border-slate-400 px-3 py-2 text-sm font-medium text-slate-700 hover:border-brand-600 hover:text-brand-700">
      + {children}
    </button>
  );
}

function RowsError({ ctx, path }: { ctx: Ctx; path: Path }) {
  return <ErrorText path={path} errors={ctx.errors} />;
}

function EducationRows({ ctx, base }: { ctx: Ctx; base: Path }) {
  const rows = getIn(ctx.draft, base) as CredentialDraft[];
  return (
    <div className="space-y-3">
      {rows.length === 0 && <p className="text-sm text-slate-500">No credential yet.</p>}
      {rows.map((_, i) => (
        <Row key={i} legend={`Credential ${i + 1}`} onRemove={() => ctx.change(base, rows.filter((__, j) => j !== i))}>
          <div className="grid gap-4 sm:grid-cols-2">
            <Select ctx={ctx} path={[...base, i, 'level']} label="Level" placeholder="Choose a level"
              options={EDUCATION_LEVELS.map((value) => ({ value, label: LABELS.level[value] }))} />
            <Input ctx={ctx} path={[...base, i, 'completedOn']} label="Completed on" type="date" />
            <Check ctx={ctx} path={[...base, i, 'canadian']} label="Earned in Canada" />
            <Check ctx={ctx} path={[...base, i, 'eca']} label="Has an Educational Credential Assessment (ECA)" hint="For a credential earned outside Canada." />
          </div>
        </Row>
      ))}
      <RowsError ctx={ctx} path={base} />
      <AddButton onClick={() => ctx.change(base, [...rows, newCredential()])}>Add a credential</AddButton>
    </div>
  );
}

/** "→ CLB 9" beside a score: the rules module's conversion, on the test's date. */
function levelFor(row: TestDraft, ability: (typeof ABILITIES)[number]): string | null {
  if (!(LANGUAGE_TESTS as readonly string[]).includes(row.test) || !/^\d{4}-\d{2}-\d{2}$/.test(row.date)) return null;
  const score = Number(row[ability]);
  if (row[ability].trim() === '' || Number.isNaN(score)) return null;
  const test = row.test as (typeof LANGUAGE_TESTS)[number];
  if (test === 'tef_canada' && row.scale !== 'current' && row.scale !== 'legacy') return null;
  // A score the test does not have (an IELTS 9.5, a 7.3) has no level: its error says why.
  const checked = languageTestSchema.safeParse({ test, date: row.date, scale: test === 'tef_canada' ? row.scale : undefined, [ability]: score });
  if (!checked.success && checked.error.issues.some((issue) => issue.path[0] === ability)) return null;
  const level = toClb(test, ability, score, row.date, test === 'tef_canada' ? (row.scale as 'current' | 'legacy') : undefined);
  const scale = testLanguage(test) === 'french' ? 'NCLC' : 'CLB';
  return level === null ? `not accepted on that date` : `${scale} ${level}`;
}

function TestRows({ ctx, base }: { ctx: Ctx; base: Path }) {
  const rows = getIn(ctx.draft, base) as TestDraft[];
  return (
    <div className="space-y-3">
      {rows.length === 0 && <p className="text-sm text-slate-500">No test yet.</p>}
      {rows.map((row, i) => (
        <Row key={i} legend={`Test ${i + 1}`} onRemove={() => ctx.change(base, rows.filter((__, j) => j !== i))}>
          <div className="grid gap-4 sm:grid-cols-3">
            <Select ctx={ctx} path={[...base, i, 'test']} label="Test" placeholder="Choose a test"
              options={LANGUAGE_TESTS.map((value) => ({ value, label: LABELS.test[value] }))} />
            <Input ctx={ctx} path={[...base, i, 'date']} label="Test date" type="date" hint="Results count for 2 years." />
            {row.test === 'tef_canada' && (
              <Select ctx={ctx} path={[...base, i, 'scale']} label="TEF score scale"
                hint="IRCC asks Express Entry candidates for the ancien score column, whatever the test date."
                options={[
                  { value: 'legacy', label: 'Équivalence ancien score' },
                  { value: 'current', label: 'Score out of 699 (may differ from IRCC)' },
                ]} />
            )}
          </div>
          <div className="mt-4 grid gap-4 sm:grid-cols-4">
            {ABILITIES.map((ability) => {
              const level = levelFor(row, ability);
              return (
                <Input key={ability} ctx={ctx} path={[...base, i, ability]} label={ability[0].toUpperCase() + ability.slice(1)} inputMode="decimal"
                  after={<output data-testid={`level-${keyOf([...base, i, ability])}`} className="w-28 shrink-0 text-sm font-medium text-brand-700" aria-live="polite">{level ? `→ ${level}` : ''}</output>} />
              );
            })}
          </div>
        </Row>
      ))}
      <RowsError ctx={ctx} path={base} />
      <AddButton onClick={() => ctx.change(base, [...rows, newTest()])}>Add a language test</AddButton>
    </div>
  );
}

function JobRows({ ctx, base }: { ctx: Ctx; base: Path }) {
  const rows = getIn(ctx.draft, base) as JobDraft[];
  return (
    <div className="space-y-3">
      {rows.length === 0 && <p className="text-sm text-slate-500">No job yet.</p>}
      {rows.map((row, i) => {
        const nocPath = [...base, i, 'noc'];
        return (
          <Row key={i} legend={`Job ${i + 1}`} onRemove={() => ctx.change(base, rows.filter((__, j) => j !== i))}>
            <div className="grid gap-4 sm:grid-cols-2">
              <NocSearch
                id={idOf(nocPath)}
                label="Occupation (NOC 2021)"
                value={row.noc}
                error={ctx.errors[keyOf(nocPath)]}
                errorId={`${idOf(nocPath)}-error`}
                errorTestId={`error-${keyOf(nocPath)}`}
                onChange={(code, title) => {
                  ctx.change(nocPath, code);
                  if (title && row.title.trim() === '') ctx.change([...base, i, 'title'], title);
                }}
              />
              <Input ctx={ctx} path={[...base, i, 'title']} label="Job title" />
              <Input ctx={ctx} path={[...base, i, 'country']} label="Country" hint="2-letter code: CA = Canada, IN = India, FR = France…" />
              <Input ctx={ctx} path={[...base, i, 'hoursPerWeek']} label="Paid hours per week" inputMode="decimal" hint="Hours above 30 a week do not count extra." />
              <Input ctx={ctx} path={[...base, i, 'start']} label="Start date" type="date" />
              <Input ctx={ctx} path={[...base, i, 'end']} label="End date" type="date" hint="Leave empty if you still work there." />
              <Check ctx={ctx} path={[...base, i, 'paid']} label="Paid work" />
              <Check ctx={ctx} path={[...base, i, 'selfEmployed']} label="Self-employed" />
              <Check ctx={ctx} path={[...base, i, 'fullTimeStudent']} label="While a full-time student" />
              <Check ctx={ctx} path={[...base, i, 'authorized']} label="Authorized to work in Canada (Canadian jobs)" />
            </div>
          </Row>
        );
      })}
      <RowsError ctx={ctx} path={base} />
      <AddButton onClick={() => ctx.change(base, [...rows, newJob()])}>Add a job</AddButton>
    </div>
  );
}

const provinceOptions = PROVINCES.map((value) => ({ value, label: value }));

export type ProfileEditorProps = {
  initial: ProfileDraft | null;
  /**
   * Sends a profile the editor's check accepted to the server: resolves to the server's problems
   * (paths of the interchange format), or to null when it succeeded.
   */
  onSubmit: (profile: unknown) => Promise<FieldIssue[] | null>;
  submitLabel: string;
  pendingLabel: string;
  /** A line beside the submit button. */
  footnote: string;
  /** Shown after a file was imported without problems. */
  importedNotice: (fileName: string) => string;
  /** The import bar's sentence. */
  importHint: string;
  /** More actions in the import bar (e.g. exporting the saved profile). */
  toolbar?: React.ReactNode;
};

/**
 * The profile an imported file holds: the file itself when it is a version 1 profile, or the
 * `profile` inside a file that wraps one (an evaluation request, a worked case); null otherwise.
 */
function profileInFile(parsed: unknown): unknown {
  const isProfile = (value: unknown) => typeof value === 'object' && value !== null && (value as { version?: unknown }).version === 1;
  if (isProfile(parsed)) return parsed;
  const inner = typeof parsed === 'object' && parsed !== null ? (parsed as { profile?: unknown }).profile : undefined;
  return isProfile(inner) ? inner : null;
}

export function ProfileEditor({ initial, onSubmit: submit, submitLabel, pendingLabel, footnote, importHint, importedNotice, toolbar }: ProfileEditorProps) {
  const [draft, setDraft] = useState<ProfileDraft>(initial ?? emptyDraft());
  const [errors, setErrors] = useState<Errors>({});
  const [checked, setChecked] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  // The form as it was before the last import, so that an import can be undone.
  const [beforeImport, setBeforeImport] = useState<{ draft: ProfileDraft; errors: Errors; checked: boolean } | null>(null);
  const [pending, startTransition] = useTransition();
  const fileInput = useRef<HTMLInputElement>(null);

  function validate(next: ProfileDraft): Errors {
    const result = profileSchema.safeParse(draftToProfile(next));
    return result.success ? {} : toErrors(formatIssues(result.error));
  }

  function change(path: Path, value: unknown) {
    setDraft((current) => {
      const next = setIn(current, path, value);
      // Once a submit was tried, errors follow the typing.
      if (checked) setErrors(validate(next));
      return next;
    });
  }

  const ctx: Ctx = { draft, errors, change };
  const errorCount = Object.keys(errors).length;
  const unplaced = Object.entries(errors).filter(([path]) => path === '' || path === 'version');

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setChecked(true);
    setNotice(null);
    const found = validate(draft);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    startTransition(async () => {
      const issues = await submit(draftToProfile(draft));
      if (issues) setErrors(toErrors(issues));
    });
  }

  async function onImport(event: React.ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setNotice(null);
    let parsed: unknown;
    try {
      parsed = JSON.parse(await file.text());
    } catch {
      setErrors((current) => ({ ...current, '': `${file.name} was not imported: it is not a JSON file. Your form is unchanged.` }));
      return;
    }
    const profile = profileInFile(parsed);
    if (profile === null) {
      setErrors((current) => ({ ...current, '': `${file.name} was not imported: it is not a profile in the interchange format (an object with "version": 1). Your form is unchanged.` }));
      return;
    }
    // A file with mistakes still loads, so that they can be fixed here; Undo brings the form back.
    setBeforeImport({ draft, errors, checked });
    const next = profileToDraft(profile);
    setDraft(next);
    setChecked(true);
    const found = validate(next);
    setErrors(found);
    setNotice(Object.keys(found).length === 0 ? importedNotice(file.name) : null);
  }

  function undoImport() {
    if (!beforeImport) return;
    setDraft(beforeImport.draft);
    setErrors(beforeImport.errors);
    setChecked(beforeImport.checked);
    setBeforeImport(null);
    setNotice('The import was undone: the form is as it was before.');
  }

  const couple = isCouple(draft.maritalStatus);

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <div className="flex flex-wrap items-center gap-3 rounded-2xl bg-white px-5 py-3 shadow-sm ring-1 ring-slate-200">
        <p className="flex-1 text-sm text-slate-600">{importHint}</p>
        <input ref={fileInput} type="file" accept="application/json,.json" className="sr-only" id="import-file" onChange={onImport} aria-label="Import a profile file" />
        <button type="button" onClick={() => fileInput.current?.click()} className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50">Import JSON…</button>
        {beforeImport && (
          <button type="button" onClick={undoImport} className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50">Undo import</button>
        )}
        {toolbar}
      </div>

      {errorCount > 0 && (
        <FormMessage kind="error">
          {errorCount === 1 ? 'One field needs attention' : `${errorCount} fields need attention`}: each message is next to its field.
          {unplaced.map(([path, message]) => <span key={path} className="block">{message}</span>)}
        </FormMessage>
      )}
      {notice && <FormMessage kind="success" testId="form-notice">{notice}</FormMessage>}

      <Card title="About you" description="Your age and family situation.">
        <div className="grid gap-4 sm:grid-cols-3">
          <Input ctx={ctx} path={['dateOfBirth']} label="Date of birth" type="date" />
          <Select ctx={ctx} path={['maritalStatus']} label="Marital status" options={MARITAL_STATUSES.map((value) => ({ value, label: LABELS.marital[value] }))} />
          <Input ctx={ctx} path={['dependentChildren']} label="Dependent children" inputMode="numeric" hint="For the family size in proof of funds." />
        </div>
      </Card>

      {couple && (
        <Card title="Your spouse or partner" description="Spouse points apply only when they come with you and are not a Canadian citizen or permanent resident." testId="spouse-section">
          <div className="grid gap-3 sm:grid-cols-2">
            <Check ctx={ctx} path={['spouse', 'accompanying']} label="Will come with me to Canada" />
            <Check ctx={ctx} path={['spouse', 'canadianCitizenOrPR']} label="Is a Canadian citizen or permanent resident" />
          </div>
          <ErrorText path={['spouse']} errors={errors} />
          <h3 className="pt-2 text-sm font-semibold text-slate-700">Their education</h3>
          <EducationRows ctx={ctx} base={['spouse', 'education']} />
          <h3 className="pt-2 text-sm font-semibold text-slate-700">Their language tests</h3>
          <TestRows ctx={ctx} base={['spouse', 'languageTests']} />
          <h3 className="pt-2 text-sm font-semibold text-slate-700">Their work history</h3>
          <JobRows ctx={ctx} base={['spouse', 'workHistory']} />
        </Card>
      )}

      <Card title="Education" description="Every credential you completed. The level that counts is worked out for you.">
        <EducationRows ctx={ctx} base={['education']} />
      </Card>

      <Card title="Language tests" description="Enter each ability's score as printed on your result. The CLB/NCLC level appears beside it.">
        <TestRows ctx={ctx} base={['languageTests']} />
        <div className="max-w-sm">
          <Select ctx={ctx} path={['firstOfficialLanguage']} label="First official language"
            placeholder="Whichever scores more" options={[{ value: 'english', label: 'English' }, { value: 'french', label: 'French' }]} />
        </div>
      </Card>

      <Card title="Work history" description="Each job with its dates: experience, windows and category months are computed from them.">
        <JobRows ctx={ctx} base={['workHistory']} />
      </Card>

      <Card title="More about your situation">
        <Check ctx={ctx} path={['hasCertificate']} label="I have a Canadian certificate of qualification in a trade" />
        {draft.hasCertificate && (
          <div className="grid gap-4 sm:grid-cols-2">
            <Input ctx={ctx} path={['certificate', 'trade']} label="Trade (NOC 2021 code)" inputMode="numeric" />
            <Select ctx={ctx} path={['certificate', 'province']} label="Issued by (province or territory)" placeholder="Choose" options={provinceOptions} />
          </div>
        )}
        <Check ctx={ctx} path={['hasJobOffer']} label="I have a job offer in Canada" hint="No CRS points since 2025-03-25; still used for FSW and FST." />
        {draft.hasJobOffer && (
          <div className="grid gap-4 sm:grid-cols-3">
            <Input ctx={ctx} path={['jobOffer', 'noc']} label="Job offer NOC 2021 code" inputMode="numeric" />
            <Input ctx={ctx} path={['jobOffer', 'startedOn']} label="Job started on (if working)" type="date" />
            <Check ctx={ctx} path={['jobOffer', 'lmiaOrExempt']} label="Supported by an LMIA or LMIA-exempt" />
          </div>
        )}
        <Check ctx={ctx} path={['hasNomination']} label="I have a provincial or territorial nomination" />
        {draft.hasNomination && (
          <div className="grid gap-4 sm:grid-cols-2">
            <Select ctx={ctx} path={['nomination', 'province']} label="Nominating province or territory" placeholder="Choose" options={provinceOptions} />
            <Input ctx={ctx} path={['nomination', 'nominatedOn']} label="Nominated on" type="date" />
          </div>
        )}
        <Check ctx={ctx} path={['siblingInCanada']} label="I have a brother or sister (18+, citizen or PR) living in Canada" />
        <Check ctx={ctx} path={['relativeInCanada']} label="I have a relative (18+, citizen or PR) living in Canada" hint="For the Federal Skilled Worker adaptability points." />
        <div className="grid gap-4 sm:grid-cols-2">
          <Input ctx={ctx} path={['proofOfFundsCad']} label="Settlement funds (CAD)" inputMode="decimal" hint="Leave empty if you do not know." />
          <Input ctx={ctx} path={['expressEntrySubmittedAt']} label="Express Entry profile submitted (UTC)" type="datetime-local"
            hint="Date and time in UTC, as shown in your IRCC account. Used for tie-breaks. Leave empty if not submitted." />
        </div>
      </Card>

      <div className="sticky bottom-0 -mx-4 flex items-center justify-end gap-3 border-t border-slate-200 bg-white/95 px-4 py-3 backdrop-blur sm:mx-0 sm:rounded-2xl sm:ring-1 sm:ring-slate-200">
        <p className="mr-auto text-xs text-slate-500">{footnote}</p>
        <button type="submit" disabled={pending} className="rounded-md bg-brand-600 px-5 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60">
          {pending ? pendingLabel : submitLabel}
        </button>
      </div>
    </form>
  );
}
