import Link from 'next/link';
import { getCurrentUser } from '@/lib/auth';
import { listRecentRounds } from '@/lib/data/rounds';
import { formatCount, formatIrccDate, roundTypeName } from '@/lib/rounds/format';

const features = [
  {
    title: 'Your CRS, factor by factor',
    body: 'Age, education, each language ability as a CLB, Canadian and foreign work computed from your dated jobs, spouse, transferability and additional points, with the rules in force on the day.',
  },
  {
    title: 'Programs and categories',
    body: 'Federal Skilled Worker (with the 67-point grid), Canadian Experience Class and Federal Skilled Trades, then every category-based selection in force: STEM first, with the occupation list version that applies.',
  },
  {
    title: 'An email when a round would have invited you',
    body: 'When a STEM round is recorded we re-score your profile on the round’s date, apply the category, the cutoff and the tie-break time, and write to you only if you would have been invited, saying why.',
  },
];

export default async function HomePage() {
  const [latest, user] = await Promise.all([listRecentRounds(5), getCurrentUser()]);
  return (
    <div className="space-y-12">
      <section className="rounded-2xl bg-white px-6 py-12 shadow-sm ring-1 ring-slate-200 sm:px-10">
        <p className="text-sm font-medium uppercase tracking-wide text-brand-700">Express Entry, made precise</p>
        <h1 className="mt-2 max-w-3xl text-3xl font-semibold tracking-tight sm:text-4xl">
          Know where you stand in Express Entry, and hear the moment a STEM round would have invited you.
        </h1>
        <p className="mt-4 max-w-2xl text-slate-600">
          Save your profile once. Draw Alerts scores it with IRCC&apos;s published grid, checks each program and
          category on the date that matters, and explains every point.
        </p>
        <div className="mt-8 flex flex-wrap gap-3">
          {user ? (
            <Link href="/dashboard" className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
              Open your dashboard
            </Link>
          ) : (
            <>
              <Link href="/sign-up" className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
                Create a free account
              </Link>
              <Link href="/check" className="rounded-md border border-slate-300 px-4 py-2 font-medium text-slate-800 hover:bg-slate-100">
                Check a profile without an account
              </Link>
            </>
          )}
          <Link href="/rounds" className="rounded-md px-4 py-2 font-medium text-slate-700 hover:text-brand-700">
            See past rounds →
          </Link>
        </div>
      </section>
      <section aria-labelledby="latest-rounds" className="rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="latest-rounds" className="text-lg font-semibold">Latest rounds</h2>
          <Link href="/rounds" className="text-sm text-brand-700 hover:underline">All rounds and STEM rounds →</Link>
        </div>
        {latest.length === 0 ? (
          <p className="mt-3 text-sm text-slate-600">No rounds recorded yet.</p>
        ) : (
          <div className="mt-3 overflow-x-auto">
            <table className="w-full text-left text-sm" data-testid="latest-rounds">
              <thead className="text-slate-600">
                <tr>
                  <th scope="col" className="py-1 pr-4 font-medium">Round</th>
                  <th scope="col" className="py-1 pr-4 font-medium">Date</th>
                  <th scope="col" className="py-1 pr-4 font-medium">Type</th>
                  <th scope="col" className="py-1 pr-4 text-right font-medium">CRS cutoff</th>
                  <th scope="col" className="py-1 text-right font-medium">Invitations</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {latest.map((round) => (
                  <tr key={round.id}>
                    <td className="py-1.5 pr-4 font-medium"><Link href={`/rounds/${encodeURIComponent(round.number)}`} className="text-brand-700 hover:underline">#{round.number}</Link></td>
                    <td className="whitespace-nowrap py-1.5 pr-4">{formatIrccDate(round.date)}</td>
                    <td className="py-1.5 pr-4">{roundTypeName(round)}</td>
                    <td className="py-1.5 pr-4 text-right tabular-nums">{round.cutoff}</td>
                    <td className="py-1.5 text-right tabular-nums">{formatCount(round.invitations)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="features" className="grid gap-6 md:grid-cols-3">
        <h2 id="features" className="sr-only">What you get</h2>
        {features.map((feature) => (
          <article key={feature.title} className="rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
            <h3 className="font-semibold">{feature.title}</h3>
            <p className="mt-2 text-sm leading-relaxed text-slate-600">{feature.body}</p>
          </article>
        ))}
      </section>
    </div>
  );
}
