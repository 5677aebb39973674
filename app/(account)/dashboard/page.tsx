import type { Metadata } from 'next';
import Link from 'next/link';
import { requireUser } from '@/lib/auth';
import { findProfile } from '@/lib/data/profiles';
import { listRecentRounds, toRoundInput } from '@/lib/data/rounds';
import { findNoc } from '@/lib/noc';
import { categoriesInForce, evaluate, reasonText, testExpiresOn, type Evaluation, type ReasonCode, type RoundVerdict } from '@/lib/rules';
import type { RoundSummary } from '@/lib/data/rounds';
import { remindersFor } from './reminders';
import { ResendVerification } from './resend-verification';

export const metadata: Metadata = { title: 'Dashboard' };

const RECENT_ROUNDS = 8;

/** Today's calendar date in Ottawa (America/Toronto), where rounds are held. */
function torontoToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

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
  return <span className={`inline-flex rounded-full px-2.5 py-0.5 text-xs font-medium ring-1 ${colours}`}>{children}</span>;
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
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        {sections.map((section) => (
          <table key={section.key} className="w-full text-sm">
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
      <div className="mt-6 overflow-x-auto">
        <table className="w-full min-w-[28rem] text-sm" data-testid="clb-table">
          <caption className="mb-1 text-left font-medium text-slate-800">Language levels used</caption>
          <thead className="text-left text-slate-500">
            <tr><th scope="col" className="py-1 font-normal">Language</th><th scope="col" className="font-normal">Listening</th><th scope="col" className="font-normal">Reading</th><th scope="col" className="font-normal">Writing</th><th scope="col" className="font-normal">Speaking</th></tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {languages.map(([label, levels]) => (
              <tr key={label}>
                <th scope="row" className="py-1.5 text-left font-normal text-slate-600">{label}{levels ? ` (${levels.language === 'french' ? 'French, NCLC' : 'English, CLB'})` : ''}</th>
                {levels
                  ? (['listening', 'reading', 'writing', 'speaking'] as const).map((ability) => <td key={ability} className="tabular-nums">{levels[ability]}</td>)
                  : <td colSpan={4} className="text-slate-500">No valid test</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}

function ProgramsCard({ evaluation }: { evaluation: Evaluation }) {
  const { fsw, cec, fst } = evaluation.programs;
  const rows = [
    { id: 'fsw', name: 'Federal Skilled Worker', eligible: fsw.eligible, detail: `Selection grid: ${fsw.points} / 100 (pass mark 67)`, reasons: fsw.reasons },
    { id: 'cec', name: 'Canadian Experience Class', eligible: cec.eligible, detail: `Canadian skilled work in the last 3 years: ${cec.canadianHours.toLocaleString('en-CA')} of 1,560 hours`, reasons: cec.reasons },
    { id: 'fst', name: 'Federal Skilled Trades', eligible: fst.eligible, detail: fst.noc ? `Trade ${fst.noc}: ${fst.tradeHours.toLocaleString('en-CA')} of 3,120 hours in the last 5 years` : 'No trade in your work history', reasons: fst.reasons },
  ];
  return (
    <Card title="Programs" testId="programs">
      <ul className="divide-y divide-slate-100">
        {rows.map((row) => (
          <li key={row.id} className="py-3 first:pt-0 last:pb-0" data-testid={`program-${row.id}`}>
            <div className="flex flex-wrap items-center justify-between gap-2">
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
  return (
    <Card title="Categories in force today" testId="categories">
      {versions.length === 0 ? (
        <p className="text-sm text-slate-600">No category-based selection is in force today.</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {versions.map((version) => {
            const result = evaluation.categories[version.category];
            if (!result) return null;
            const occupation = result.noc ? `${result.noc} ${findNoc(result.noc)?.title ?? ''}`.trim() : null;
            return (
              <li key={version.category} className="py-3 first:pt-0 last:pb-0" data-testid={`category-${version.category}`}>
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <p className="font-medium">{version.name}</p>
                  <Verdict ok={result.eligible}>{result.eligible ? 'You qualify' : 'Not yet'}</Verdict>
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
  if (verdict.invited === true) return `You would have been invited: your CRS ${verdict.crs} ≥ cut-off ${verdict.cutoff}.`;
  if (verdict.invited === 'tie') return `Tie: your CRS ${verdict.crs} equals the cut-off.`;
  return `Not invited (your CRS on that date: ${verdict.crs}).`;
}

function RoundsCard({ rounds }: { rounds: { round: RoundSummary; verdict: RoundVerdict }[] }) {
  return (
    <Card title="Recent rounds: would you have been invited?" testId="rounds" aside={<Link href="/rounds" className="text-sm text-brand-700 hover:underline">All rounds</Link>}>
      {rounds.length === 0 ? (
        <p className="text-sm text-slate-600">No rounds are recorded yet.</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {rounds.map(({ round, verdict }) => (
            <li key={round.id} className="py-3 first:pt-0 last:pb-0" data-testid={`round-${round.number}`}>
              <div className="flex flex-wrap items-center justify-between gap-2">
                <p className="font-medium">#{round.number} · {round.date} · {round.name}</p>
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

export default async function DashboardPage({ searchParams }: { searchParams: Promise<{ verified?: string; saved?: string }> }) {
  const user = await requireUser();
  const { verified, saved: justSaved } = await searchParams;
  const today = torontoToday();
  const saved = await findProfile(user.id);

  const banner = !user.emailVerified ? (
    <div className="rounded-2xl bg-amber-50 p-5 ring-1 ring-amber-200" data-testid="verify-banner">
      <h2 className="font-semibold text-amber-900">Check your email</h2>
      <p className="mt-1 text-sm text-amber-900">We sent a confirmation link to <strong>{user.email}</strong>. Open it to confirm your address; alerts are only sent to confirmed addresses.</p>
      <div className="mt-3"><ResendVerification /></div>
    </div>
  ) : verified ? (
    <p role="status" data-testid="notice" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800 ring-1 ring-emerald-200">Your email is confirmed.</p>
  ) : null;

  if (!saved) {
    return (
      <div className="space-y-6">
        <h1 className="text-2xl font-semibold tracking-tight">Your dashboard</h1>
        {banner}
        <div className="rounded-2xl bg-white p-8 text-center shadow-sm ring-1 ring-slate-200" data-testid="empty-dashboard">
          <h2 className="text-lg font-semibold">Start with your profile</h2>
          <p className="mx-auto mt-2 max-w-md text-sm text-slate-600">Enter your age, education, language tests and work history once. We compute your CRS score, your program and category eligibility, and check every new round for you.</p>
          <Link href="/profile" className="mt-4 inline-block rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">Fill in my profile</Link>
        </div>
      </div>
    );
  }

  const { profile } = saved;
  const evaluation = evaluate(profile, { asOf: today });
  const recent = await listRecentRounds(RECENT_ROUNDS);
  const rounds = recent.map((round) => ({ round, verdict: evaluate(profile, { round: toRoundInput(round) }).round as RoundVerdict }));
  const first = evaluation.crs.clb.first;
  const reminders = remindersFor(profile, today, first ? testExpiresOn(first.date) : null);

  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Your dashboard</h1>
          <p className="mt-1 text-sm text-slate-600" data-testid="rules-used">
            As of {evaluation.asOf} (Ottawa time), under the rules in force since {evaluation.rules}.
          </p>
        </div>
        <Link href="/profile" className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50">Edit profile</Link>
      </header>
      {banner}
      {justSaved && <p role="status" data-testid="saved-notice" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800 ring-1 ring-emerald-200">Profile saved.</p>}
      {reminders.length > 0 && (
        <section aria-labelledby="reminders-title" className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200" data-testid="reminders">
          <h2 id="reminders-title" className="text-lg font-semibold tracking-tight">Reminders</h2>
          <ul className="mt-3 space-y-2">
            {reminders.map((reminder) => (
              <li key={reminder.id} className={`rounded-lg px-3 py-2 text-sm ring-1 ${reminder.urgent ? 'bg-amber-50 text-amber-900 ring-amber-200' : 'bg-slate-50 text-slate-700 ring-slate-200'}`}>
                {reminder.text}
              </li>
            ))}
          </ul>
        </section>
      )}
      <CrsCard evaluation={evaluation} />
      <div className="grid gap-6 lg:grid-cols-2">
        <ProgramsCard evaluation={evaluation} />
        <CategoriesCard evaluation={evaluation} />
      </div>
      <RoundsCard rounds={rounds} />
      <p className="text-xs leading-relaxed text-slate-500" data-testid="disclaimer">
        These results are estimates from the information you entered, under the rules in force since {evaluation.rules}. IRCC&apos;s own
        Express Entry system governs: your score and invitations there are the ones that count.
      </p>
    </div>
  );
}
