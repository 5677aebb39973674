import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { findRoundByNumber } from '@/lib/data/rounds';
import { CATEGORY_LABELS, PROGRAM_LABELS, formatCount, formatIrccDate, formatUtc, missingDistributionNote } from '@/lib/rounds/format';
import { categoryListOn } from '@/lib/rounds/occupations';

type Params = { params: Promise<{ number: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { number } = await params;
  return { title: `Round #${decodeURIComponent(number)}` };
}

/** Pool bands that are subtotals of the rows indented under them. */
const SUBTOTALS: Record<string, string[]> = {
  '451-500': ['491-500', '481-490', '471-480', '461-470', '451-460'],
  '401-450': ['441-450', '431-440', '421-430', '411-420', '401-410'],
};
const BAND_ORDER = ['601-1200', '501-600', '451-500', '491-500', '481-490', '471-480', '461-470', '451-460', '401-450', '441-450', '431-440', '421-430', '411-420', '401-410', '351-400', '301-350', '0-300'];
const IS_SUB_BAND = new Set(Object.values(SUBTOTALS).flat());

export default async function RoundPage({ params }: Params) {
  const { number } = await params;
  const round = await findRoundByNumber(decodeURIComponent(number));
  if (!round) notFound();
  const list = round.category ? categoryListOn(round.category, round.date) : null;

  const facts: [string, React.ReactNode][] = [
    ['Date', formatIrccDate(round.date)],
    ['Date and time of the round', round.drawAt ? formatUtc(round.drawAt) : 'Not published'],
    ['Tie-break rule', round.tieBreakAt ? `${formatUtc(round.tieBreakAt)}: candidates at the cutoff who submitted their profile at or before this time were invited` : 'None published'],
    ['Type', round.category ? CATEGORY_LABELS[round.category] : round.name],
    ['Programs', round.programs.map((program) => PROGRAM_LABELS[program]).join(', ')],
    ['CRS score of the lowest-ranked candidate invited', String(round.cutoff)],
    ['Invitations issued', formatCount(round.invitations)],
  ];
  if (round.category) {
    facts.push([
      'Occupation list',
      list ? (
        <Link href={`/rounds/occupations/${round.category}/${list.from}`} className="text-brand-700 hover:underline">
          {round.categoryVersion ?? list.label} ({list.occupations.length} occupations)
        </Link>
      ) : (
        round.categoryVersion ?? 'Unknown'
      ),
    ]);
  }

  return (
    <div className="space-y-8">
      <div>
        <Link href="/rounds" className="text-sm text-slate-600 hover:text-brand-700">← All rounds</Link>
        <h1 className="mt-1 text-3xl font-semibold tracking-tight">Round #{round.number}</h1>
        <p className="mt-1 text-slate-600">{round.name}</p>
      </div>

      <dl className="grid gap-x-6 gap-y-3 rounded-xl bg-white p-6 text-sm shadow-sm ring-1 ring-slate-200 sm:grid-cols-[minmax(0,16rem)_1fr]" data-testid="round-facts">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-slate-500">{label}</dt>
            <dd className="font-medium text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>
      {round.url && (
        <p className="text-sm">
          <a href={round.url} className="text-brand-700 hover:underline">Ministerial Instruction for round #{round.number} on canada.ca</a>
        </p>
      )}

      <section aria-labelledby="pool-heading" className="space-y-3 rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
        <h2 id="pool-heading" className="text-lg font-semibold">CRS score distribution of candidates in the pool</h2>
        {round.distribution && round.distributionAsOf ? (
          <>
            <p className="text-sm text-slate-600">As of {formatIrccDate(round.distributionAsOf)}, before the round.</p>
            <table className="w-full max-w-md text-left text-sm" data-testid="pool-distribution">
              <thead className="text-slate-600">
                <tr><th scope="col" className="py-1 pr-4 font-medium">CRS score range</th><th scope="col" className="py-1 text-right font-medium">Candidates</th></tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {BAND_ORDER.filter((band) => band in round.distribution!).map((band) => (
                  <tr key={band}>
                    <th scope="row" className={`py-1 pr-4 font-normal ${IS_SUB_BAND.has(band) ? 'pl-6 text-slate-600' : ''}`}>{band}</th>
                    <td className="py-1 text-right tabular-nums">{formatCount(round.distribution![band])}</td>
                  </tr>
                ))}
                <tr className="font-semibold">
                  <th scope="row" className="py-1 pr-4">Total</th>
                  <td className="py-1 text-right tabular-nums">{formatCount(round.distribution.total ?? 0)}</td>
                </tr>
              </tbody>
            </table>
          </>
        ) : (
          <p className="text-sm text-slate-600">{missingDistributionNote(round.number, round.source)}</p>
        )}
      </section>
    </div>
  );
}
