import Link from 'next/link';
import type { RoundSummary } from '@/lib/data/rounds';
import type { RoundWithVerdict } from '@/lib/evaluation/report';
import { findNoc } from '@/lib/noc';
import { formatIrccDate, roundTypeName } from '@/lib/rounds/format';
import { categoriesInForce, reasonText, type Evaluation, type ReasonCode, type RoundVerdict } from '@/lib/rules';

// An evaluation as the dashboard and the public check show it: the CRS by section and factor with
// the CLB used per ability, the programs with their reasons, the categories in force (in the
// catalogue's order, STEM first) and the recent rounds with a would-have-been-invited verdict.
// No hooks and no server-only imports: rendered on the server (dashboard) and in the browser (check).

const FACTOR_LABELS = {
  core: [
    ['age', 'Age'],
    ['education', 'Level of education'],
    ['firstLanguage', 'First official language'],
    ['secondLanguage', 'Second official language'],
    ['canadianWork', 'Canadian work experience'],
  ],
  spouse: [
    ['spouseEducation', 'Spouse: level of education'],
    ['spouseLanguage', 'Spouse: first official language'],
    ['spouseCanadianWork', 'Spouse: Canadian work experience'],
  ],
  transferability: [
    ['educationLanguage', 'Education + language'],
    ['educationCanadianWork', 'Education + Canadian work'],
    ['foreignWorkLanguage', 'Foreign work + language'],
    ['foreignWorkCanadianWork', 'Foreign work + Canadian work'],
    ['certificateOfQualification', 'Certificate of qualification + language'],
  ],
  additional: [
    ['provincialNomination', 'Provincial nomination'],
    ['arrangedEmployment', 'Arranged employment'],
    ['frenchLanguage', 'French-language skills'],
    ['canadianEducation', 'Post-secondary education in Canada'],
    ['sibling', 'Brother or sister in Canada'],
  ],
} as const;

const ABILITIES = [
  ['listening', 'Listening'],
  ['reading', 'Reading'],
  ['writing', 'Writing'],
  ['speaking', 'Speaking'],
] as const;

/** The grid total, and the work experience it scored: only the longest continuous run in one occupation counts. */
function fswDetail(fsw: Evaluation['programs']['fsw']): string {
  const grid = `Selection grid: ${fsw.points} / 100 (pass mark ${fsw.passMark})`;
  if (fsw.noc === null) return grid;
  const years = fsw.experienceYears === 1 ? '1 year' : `${fsw.experienceYears} years`;
  return `${grid}. Experience scored: ${years} of continuous work in ${fsw.noc} ${findNoc(fsw.noc)?.title ?? ''}`.trimEnd() + '.';
}

/** "3,197 hours (1,560 needed)": what the candidate has, then the requirement. */
function hoursAgainst(hours: number, needed: number): string {
  return `${hours.toLocaleString('en-CA')} ${hours === 1 ? 'hour' : 'hours'} (${needed.toLocaleString('en-CA')} needed)`;
}

function Card({ title, children, testId, aside }: { title: string; children: React.ReactNode; testId?: string; aside?: React.ReactNode }) {
  return (
    <section className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200 sm:p-6" data-testid={testId} aria-labelledby={testId ? `${testId}-title` : undefined}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={testId ? `${testId}-title` : undefined} className="text-lg font-semibold tracking-tight">{title}</h2>
        {aside}
      </div>
      <div className="mt-4">{children}</div>
    </section>
  );
}

function Verdict({ ok, children }: { ok: boolean | 'tie'; children: React.ReactNode }) {
  const colours = ok === true ? 'bg-emerald-50 text-emerald-800 ring-emerald-200' : ok === 'tie' ? 'bg-amber-50 text-amber-900 ring-amber-200' : 'bg-slate-100 text-slate-700 ring-slate-200';
  return <span className={`mt-0.5 inline-flex shrink-0 whitespace-nowrap rounded-full px-2.5 py-0.5 text-xs font-medium ring-1 ${colours}`}>{children}</span>;
}

function Reasons({ codes }: { codes: readonly ReasonCode[] }) {
  if (codes.length === 0) return null;
  return (
    <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-600">
      {codes.map((code) => <li key={code}>{reasonText(code)}</li>)}
    </ul>
  );
}

function CrsCard({ evaluation }: { evaluation: Evaluation }) {
  const { crs } = evaluation;
  const sections = [
    { key: 'core', title: 'A. Core / human capital', total: crs.core },
    { key: 'spouse', title: 'B. Spouse or common-law partner', total: crs.spouse },
    { key: 'transferability', title: 'C. Skill transferability', total: crs.transferability },
    { key: 'additional', title: 'D. Additional points', total: crs.additional },
  ] as const;
  const languages = [
    ['First official language', crs.clb.first],
    ['Second official language', crs.clb.second],
  ] as const;
  return (
    <Card title="Comprehensive Ranking System score" testId="crs">
      <div className="flex flex-wrap items-end gap-6">
        <div>
          <p className="text-5xl font-semibold tracking-tight text-brand-700" data-testid="crs-total">{crs.total}</p>
          <p className="text-sm text-slate-500">out of 1,200</p>
        </div>
        <dl className="grid flex-1 grid-cols-2 gap-3 text-sm sm:grid-cols-4">
          {sections.map((section) => (
            <div key={section.key} className="rounded-lg bg-slate-50 px-3 py-2 ring-1 ring-slate-200">
              <dt className="text-slate-600">{section.title.split('. ')[0]}. {section.title.split('. ')[1].split(' ')[0]}</dt>
              <dd className="text-xl font-semibold" data-testid={`crs-${section.key}`}>{section.total}</dd>
            </div>
          ))}
        </dl>
      </div>
      {evaluation.notices.length > 0 && (
        <ul className="mt-4 space-y-1 rounded-lg bg-amber-50 px-4 py-3 text-sm text-amber-900 ring-1 ring-amber-200" data-testid="notices">
          {evaluation.notices.map((code) => <li key={code}>{reasonText(code)}</li>)}
        </ul>
      )}
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        {sections.map((section) => (
          <table key={section.key} className="w-full self-start text-sm">
            <caption className="mb-1 text-left font-medium text-slate-800">{section.title}</caption>
            <tbody className="divide-y divide-slate-100">
              {FACTOR_LABELS[section.key].map(([factor, label]) => (
                <tr key={factor}>
                  <th scope="row" className="py-1.5 text-left font-normal text-slate-600">{label}</th>
                  <td className="py-1.5 text-right font-medium tabular-nums" data-testid={`factor-${factor}`}>{crs.factors[factor]}</td>
                </tr>
              ))}
              {section.key === 'transferability' && (
                <tr>
                  <td colSpan={2} className="pt-2 text-xs text-slate-500">
                    After the caps of 50 per group: education {crs.transferabilityGroups.education}, foreign work {crs.transferabilityGroups.foreignWork}, certificate {crs.transferabilityGroups.certificateOfQualification} (section total at most 100).
                  </td>
                </tr>
              )}
              <tr>
                <th scope="row" className="py-1.5 text-left font-medium">Subtotal</th>
                <td className="py-1.5 text-right font-semibold tabular-nums">{section.total}</td>
              </tr>
            </tbody>
          </table>
        ))}
      </div>
      {/* A table from sm up; on phones each row is a grid (the language on its own line, the four
          abilities under their headers), so all four fit at 390 px. Explicit roles keep the table
          semantics that a changed display can drop. */}
      <table className="mt-6 w-full text-sm" data-testid="clb-table">
        <caption className="mb-1 text-left font-medium text-slate-800">Language levels used</caption>
        <thead className="text-left text-slate-500">
          <tr role="row" className="grid grid-cols-4 gap-x-3 sm:table-row">
            <th role="columnheader" scope="col" className="sr-only py-1 pr-3 font-normal sm:not-sr-only">Language</th>
            {ABILITIES.map(([ability, label]) => (
              <th key={ability} role="columnheader" scope="col" className="py-1 font-normal sm:pr-3">{label}</th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {languages.map(([label, levels]) => (
            <tr key={label} role="row" className="grid grid-cols-4 gap-x-3 py-1.5 sm:table-row sm:py-0">
              <th role="rowheader" scope="row" className="col-span-4 text-left font-normal text-slate-600 sm:py-1.5 sm:pr-3">
                {label}{levels ? ` (${levels.language === 'french' ? 'French, NCLC' : 'English, CLB'})` : ''}
              </th>
              {levels
                ? ABILITIES.map(([ability]) => <td key={ability} role="cell" className="tabular-nums sm:pr-3">{levels[ability]}</td>)
                : <td role="cell" colSpan={4} className="col-span-4 text-slate-500">No valid test</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}

function ProgramsCard({ evaluation }: { evaluation: Evaluation }) {
  const { fsw, cec, fst } = evaluation.programs;
  const rows = [
    { id: 'fsw', name: 'Federal Skilled Worker', eligible: fsw.eligible, detail: fswDetail(fsw), reasons: fsw.reasons },
    { id: 'cec', name: 'Canadian Experience Class', eligible: cec.eligible, detail: `Canadian skilled work in the last ${cec.windowYears} years: ${hoursAgainst(cec.canadianHours, cec.requiredHours)}`, reasons: cec.reasons },
    { id: 'fst', name: 'Federal Skilled Trades', eligible: fst.eligible, detail: fst.noc ? `Trade ${fst.noc} in the last ${fst.windowYears} years: ${hoursAgainst(fst.tradeHours, fst.requiredHours)}` : 'No trade in your work history', reasons: fst.reasons },
  ];
  return (
    <Card title="Programs" testId="programs">
      <ul className="divide-y divide-slate-100">
        {rows.map((row) => (
          <li key={row.id} className="py-3 first:pt-0 last:pb-0" data-testid={`program-${row.id}`}>
            <div className="flex items-start justify-between gap-3">
              <p className="font-medium">{row.name}</p>
              <Verdict ok={row.eligible}>{row.eligible ? 'Eligible' : 'Not eligible'}</Verdict>
            </div>
            <p className="text-sm text-slate-600">{row.detail}</p>
            <Reasons codes={row.reasons} />
          </li>
        ))}
      </ul>
    </Card>
  );
}

function CategoriesCard({ evaluation }: { evaluation: Evaluation }) {
  const versions = categoriesInForce(evaluation.asOf);
  const anyProgram = Object.values(evaluation.programs).some((program) => program.eligible);
  const anyCategory = Object.values(evaluation.categories).some((category) => category?.eligible);
  return (
    <Card title={`Categories in force on ${evaluation.asOf}`} testId="categories">
      {anyCategory && !anyProgram && (
        <p className="mb-3 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200" data-testid="categories-need-program">
          A category round invites only candidates eligible for an Express Entry program. You meet a category&apos;s requirements,
          but no program&apos;s yet: see Programs.
        </p>
      )}
      {versions.length === 0 ? (
        <p className="text-sm text-slate-600">No category-based selection is in force on {evaluation.asOf}.</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {versions.map((version) => {
            const result = evaluation.categories[version.category];
            if (!result) return null;
            const occupation = result.noc ? `${result.noc} ${findNoc(result.noc)?.title ?? ''}`.trim() : null;
            return (
              <li key={version.category} className="py-3 first:pt-0 last:pb-0" data-testid={`category-${version.category}`}>
                <div className="flex items-start justify-between gap-3">
                  <p className="font-medium">{version.name}</p>
                  <Verdict ok={result.eligible}>{result.eligible ? 'You qualify' : 'Not eligible'}</Verdict>
                </div>
                <p className="text-xs text-slate-500">List version: {result.version}</p>
                {occupation && (
                  <p className="mt-1 text-sm text-slate-700">
                    Counting job: {occupation}
                    {result.months !== null && <> · {result.months} month{result.months === 1 ? '' : 's'} of qualifying experience</>}
                  </p>
                )}
                <Reasons codes={result.reasons} />
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}

function roundVerdictText(verdict: RoundVerdict): string {
  if (verdict.invited === true) {
    return verdict.crs > verdict.cutoff
      ? `You would have been invited: your CRS ${verdict.crs} is above the cut-off of ${verdict.cutoff}.`
      : `You would have been invited: your CRS ${verdict.crs} equals the cut-off, and your profile was submitted no later than the tie-break time.`;
  }
  if (verdict.invited === 'tie') return `Tie: your CRS ${verdict.crs} equals the cut-off.`;
  return `Not invited (your CRS on that date: ${verdict.crs}).`;
}

function RoundsCard({ rounds }: { rounds: RoundWithVerdict<RoundSummary>[] }) {
  return (
    <Card title="Recent rounds: would you have been invited?" testId="rounds" aside={<Link href="/rounds" className="text-sm text-brand-700 hover:underline">All rounds</Link>}>
      {rounds.length === 0 ? (
        <p className="text-sm text-slate-600">No rounds are recorded yet.</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {rounds.map(({ round, verdict }) => (
            <li key={round.id} className="py-3 first:pt-0 last:pb-0" data-testid={`round-${round.number}`}>
              <div className="flex items-start justify-between gap-3">
                <p className="font-medium">#{round.number} · {formatIrccDate(round.date)} · {roundTypeName(round)}</p>
                <Verdict ok={verdict.invited}>{verdict.invited === true ? 'Invited' : verdict.invited === 'tie' ? 'Tie' : 'Not invited'}</Verdict>
              </div>
              <p className="text-sm text-slate-600">Cut-off {round.cutoff} · {round.invitations.toLocaleString('en-CA')} invitations{round.tieBreakAt && ` · tie-break ${round.tieBreakAt.slice(0, 16).replace('T', ' ')} UTC`}</p>
              <p className="mt-1 text-sm text-slate-800">{roundVerdictText(verdict)}</p>
              <Reasons codes={verdict.reasons} />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

/** Every card of an evaluation, then the disclaimer. */
export function EvaluationReport({ evaluation, rounds }: { evaluation: Evaluation; rounds: RoundWithVerdict<RoundSummary>[] }) {
  return (
    <>
      <CrsCard evaluation={evaluation} />
      <div className="grid items-start gap-6 lg:grid-cols-2">
        <ProgramsCard evaluation={evaluation} />
        <CategoriesCard evaluation={evaluation} />
      </div>
      <RoundsCard rounds={rounds} />
      <p className="text-xs leading-relaxed text-slate-500" data-testid="disclaimer">
        These results are estimates from the information entered, under the rules in force since {evaluation.rules}. IRCC&apos;s own
        Express Entry system governs: your score and invitations there are the ones that count.
      </p>
    </>
  );
}
