import type { Metadata } from 'next';
import Link from 'next/link';
import { Pager } from '@/app/_components/pager';
import { CutoffChartFigure } from '@/app/_components/cutoff-chart';
import { listRecentRounds, listRoundYears, listRounds, type RoundFilters } from '@/lib/data/rounds';
import { PHONE_CHART_SIZE, buildCutoffChart } from '@/lib/rounds/chart';
import { CATEGORY_LABELS, PROGRAM_SHORT, formatCount, formatIrccDate, roundTypeName } from '@/lib/rounds/format';
import { categoryListOn } from '@/lib/rounds/occupations';
import { ROUND_CATEGORIES, ROUND_PROGRAMS } from '@/lib/schemas/round';
import { Freshness } from './freshness';

export const metadata: Metadata = { title: 'Rounds of invitations' };

const PAGE_SIZE = 100;

type Search = { category?: string; year?: string; program?: string; page?: string };

function filtersOf(search: Search): RoundFilters {
  const filters: RoundFilters = {};
  if (search.category === 'none' || (ROUND_CATEGORIES as readonly string[]).includes(search.category ?? '')) filters.category = search.category as RoundFilters['category'];
  if (/^\d{4}$/.test(search.year ?? '')) filters.year = Number(search.year);
  if ((ROUND_PROGRAMS as readonly string[]).includes(search.program ?? '')) filters.program = search.program as RoundFilters['program'];
  return filters;
}

export default async function RoundsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const search = await searchParams;
  const filters = filtersOf(search);
  const [newest, years, rounds, stemRounds] = await Promise.all([listRecentRounds(1), listRoundYears(), listRounds(filters), listRounds({ category: 'stem' })]);
  const now = new Date();

  const pages = Math.max(1, Math.ceil(rounds.length / PAGE_SIZE));
  const page = Math.min(pages, Math.max(1, Number.parseInt(search.page ?? '1', 10) || 1));
  const shown = rounds.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const filtered = Boolean(filters.category || filters.year || filters.program);

  return (
    <div className="space-y-10">
      <header className="space-y-3">
        <h1 className="text-3xl font-semibold tracking-tight">Rounds of invitations</h1>
        <p className="max-w-3xl text-slate-600">
          Every Express Entry round IRCC has published: its date, the lowest score invited (the CRS cutoff), the number of invitations and,
          for category rounds, the occupation list in force that day. Tie-break times are in UTC, as IRCC publishes them.
        </p>
        <Freshness newest={newest[0] ?? null} now={now} />
      </header>

      <section aria-labelledby="stem-heading" className="space-y-3 rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
        <h2 id="stem-heading" className="text-xl font-semibold">STEM rounds</h2>
        <p className="text-sm text-slate-600">
          Category-based rounds for science, technology, engineering and math occupations. Each was held under the STEM occupation list in force on its date.
        </p>
        {stemRounds.length === 0 ? (
          <p className="text-sm text-slate-600">No STEM round has been recorded.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm" data-testid="stem-rounds">
              <caption className="sr-only">STEM rounds: round, date, CRS cutoff, invitations and the occupation list in force</caption>
              <thead className="text-slate-600">
                <tr>
                  <th scope="col" className="py-2 pr-4 font-medium">Round</th>
                  <th scope="col" className="py-2 pr-4 font-medium">Date</th>
                  <th scope="col" className="whitespace-nowrap py-2 pr-4 text-right font-medium">CRS cutoff</th>
                  <th scope="col" className="hidden py-2 pr-4 text-right font-medium sm:table-cell">Invitations</th>
                  <th scope="col" className="py-2 font-medium">Occupation list in force</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {stemRounds.map((round) => {
                  const list = categoryListOn('stem', round.date);
                  return (
                    <tr key={round.id} data-testid={`stem-round-${round.number}`}>
                      <td className="py-2 pr-4 font-medium"><Link href={`/rounds/${encodeURIComponent(round.number)}`} className="text-brand-700 hover:underline">#{round.number}</Link></td>
                      <td className="whitespace-nowrap py-2 pr-4">{formatIrccDate(round.date)}</td>
                      <td className="py-2 pr-4 text-right tabular-nums">{round.cutoff}</td>
                      <td className="hidden py-2 pr-4 text-right tabular-nums sm:table-cell">{formatCount(round.invitations)}</td>
                      <td className="py-2 sm:whitespace-nowrap">
                        {list ? (
                          <Link href={`/rounds/occupations/stem/${list.from}`} className="text-brand-700 hover:underline">
                            {round.categoryVersion ?? list.label}: {list.occupations.length} occupations
                          </Link>
                        ) : (
                          round.categoryVersion ?? 'Unknown'
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="history-heading" className="space-y-4">
        <div className="flex flex-wrap items-end justify-between gap-4">
          <h2 id="history-heading" className="text-xl font-semibold">All rounds{filtered ? ' (filtered)' : ''}: {formatCount(rounds.length)}</h2>
          <form method="get" className="flex flex-wrap items-end gap-3 text-sm" aria-label="Filter rounds">
            <label className="block">
              <span className="block font-medium text-slate-800">Category</span>
              <select name="category" defaultValue={search.category ?? ''} className="mt-1 rounded-md border border-slate-300 bg-white px-2 py-1.5">
                <option value="">All</option>
                <option value="none">General and program rounds</option>
                {ROUND_CATEGORIES.map((id) => <option key={id} value={id}>{CATEGORY_LABELS[id]}</option>)}
              </select>
            </label>
            <label className="block">
              <span className="block font-medium text-slate-800">Year</span>
              <select name="year" defaultValue={search.year ?? ''} className="mt-1 rounded-md border border-slate-300 bg-white px-2 py-1.5">
                <option value="">All</option>
                {years.map((year) => <option key={year} value={year}>{year}</option>)}
              </select>
            </label>
            <label className="block">
              <span className="block font-medium text-slate-800">Program</span>
              <select name="program" defaultValue={search.program ?? ''} className="mt-1 rounded-md border border-slate-300 bg-white px-2 py-1.5">
                <option value="">All</option>
                {ROUND_PROGRAMS.map((id) => <option key={id} value={id}>{PROGRAM_SHORT[id]}</option>)}
              </select>
            </label>
            <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium hover:bg-slate-100">Apply</button>
            {filtered && <Link href="/rounds" className="py-1.5 text-brand-700 hover:underline">Clear</Link>}
          </form>
        </div>

        <div className="rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
          <h3 className="mb-3 font-semibold">CRS cutoffs over time</h3>
          <CutoffChartFigure chart={buildCutoffChart(rounds)} phone={buildCutoffChart(rounds, PHONE_CHART_SIZE)} />
        </div>

        {shown.length === 0 ? (
          <p className="rounded-xl bg-white p-6 text-sm text-slate-600 shadow-sm ring-1 ring-slate-200">No rounds match these filters.</p>
        ) : (
          <div className="overflow-x-auto rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
            <table className="w-full text-left text-sm" data-testid="rounds-table">
              <caption className="sr-only">Rounds of invitations, newest first</caption>
              <thead className="bg-slate-50 text-slate-600">
                <tr>
                  <th scope="col" className="px-2 py-2 sm:px-4 font-medium">Round</th>
                  <th scope="col" className="px-2 py-2 sm:px-4 font-medium">Date</th>
                  <th scope="col" className="px-2 py-2 sm:px-4 font-medium">Type</th>
                  <th scope="col" className="hidden px-2 py-2 sm:px-4 font-medium sm:table-cell">Programs</th>
                  <th scope="col" className="px-2 py-2 text-right font-medium sm:px-4">CRS cutoff</th>
                  <th scope="col" className="hidden px-2 py-2 sm:px-4 text-right font-medium sm:table-cell">Invitations</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {shown.map((round) => (
                  <tr key={round.id}>
                    <td className="px-2 py-2 sm:px-4 font-medium"><Link href={`/rounds/${encodeURIComponent(round.number)}`} className="text-brand-700 hover:underline">#{round.number}</Link></td>
                    <td className="whitespace-nowrap px-2 py-2 sm:px-4">{formatIrccDate(round.date)}</td>
                    <td className="px-2 py-2 sm:px-4">
                      {roundTypeName(round)}
                      {round.categoryVersion && <span className="block text-xs text-slate-500">{round.categoryVersion}</span>}
                    </td>
                    <td className="hidden px-2 py-2 sm:px-4 text-xs sm:table-cell">{round.programs.map((p) => PROGRAM_SHORT[p]).join(', ')}</td>
                    <td className="px-2 py-2 sm:px-4 text-right tabular-nums">{round.cutoff}</td>
                    <td className="hidden px-2 py-2 sm:px-4 text-right tabular-nums sm:table-cell">{formatCount(round.invitations)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <Pager path="/rounds" filters={{ category: search.category, year: search.year, program: search.program }} page={page} pages={pages} />
      </section>
    </div>
  );
}
