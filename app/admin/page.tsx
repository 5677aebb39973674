import type { Metadata } from 'next';
import Link from 'next/link';
import { Pager } from '@/app/_components/pager';
import { requireAdmin } from '@/lib/auth';
import { countAdminTotals, listRoundYears, listRounds, toRoundInput, type RoundFilters } from '@/lib/data/rounds';
import { countInvitedUsers } from '@/lib/notifications/audience';
import { getDeliveryCounts } from '@/lib/notifications/delivery-state';
import { ALERT_AUDIENCE_EXPLANATION, CATEGORY_LABELS, PROGRAM_SHORT, formatCount, formatIrccDate } from '@/lib/rounds/format';
import { ROUND_CATEGORIES } from '@/lib/schemas/round';

export const metadata: Metadata = { title: 'Admin' };

const PAGE_SIZE = 25;

type Search = { category?: string; year?: string; page?: string };

function filtersOf(search: Search): RoundFilters {
  const filters: RoundFilters = {};
  const category = search.category;
  if (category === 'none' || (ROUND_CATEGORIES as readonly string[]).includes(category ?? '')) filters.category = category as RoundFilters['category'];
  if (/^\d{4}$/.test(search.year ?? '')) filters.year = Number(search.year);
  return filters;
}

export default async function AdminPage({ searchParams }: { searchParams: Promise<Search> }) {
  await requireAdmin();
  const search = await searchParams;
  const filters = filtersOf(search);
  const [counts, years, rounds] = await Promise.all([countAdminTotals(), listRoundYears(), listRounds(filters)]);

  const pages = Math.max(1, Math.ceil(rounds.length / PAGE_SIZE));
  const page = Math.min(pages, Math.max(1, Number.parseInt(search.page ?? '1', 10) || 1));
  const shown = rounds.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const deliveries = await getDeliveryCounts(shown.map((round) => round.id));
  const audiences: Awaited<ReturnType<typeof countInvitedUsers>>[] = [];
  for (const round of shown) audiences.push(await countInvitedUsers(toRoundInput(round)));

  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Admin</h1>
          <p className="mt-1 text-sm text-slate-600">Rounds, their audiences and alert deliveries.</p>
        </div>
        <nav aria-label="Admin" className="flex flex-wrap gap-3 text-sm">
          <Link href="/admin/rounds/new" className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">Record a round</Link>
          <Link href="/admin/import" className="rounded-md border border-slate-300 bg-white px-4 py-2 font-medium text-slate-800 hover:bg-slate-100">Import IRCC feed</Link>
          <Link href="/admin/deliveries" className="rounded-md px-4 py-2 font-medium text-slate-700 hover:text-brand-700">Deliveries</Link>
        </nav>
      </div>

      <ul className="grid gap-4 sm:grid-cols-3" data-testid="admin-counts">
        {(
          [
            ['Users', counts.users],
            ['Saved profiles', counts.profiles],
            ['Rounds recorded', counts.rounds],
          ] as const
        ).map(([label, value]) => (
          <li key={label} className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
            <span className="block text-2xl font-semibold">{formatCount(value)}</span>
            <span className="text-sm text-slate-600">{label}</span>
          </li>
        ))}
      </ul>

      <section aria-labelledby="rounds-heading" className="space-y-4">
        <div className="flex flex-wrap items-end justify-between gap-4">
          <h2 id="rounds-heading" className="text-lg font-semibold">Rounds ({formatCount(rounds.length)})</h2>
          <form method="get" className="flex flex-wrap items-end gap-3 text-sm">
            <label className="block">
              <span className="block font-medium text-slate-800">Category</span>
              <select name="category" defaultValue={search.category ?? ''} className="mt-1 rounded-md border border-slate-300 bg-white px-2 py-1.5">
                <option value="">All rounds</option>
                <option value="none">General and program rounds</option>
                {ROUND_CATEGORIES.map((id) => (
                  <option key={id} value={id}>{CATEGORY_LABELS[id]}</option>
                ))}
              </select>
            </label>
            <label className="block">
              <span className="block font-medium text-slate-800">Year</span>
              <select name="year" defaultValue={search.year ?? ''} className="mt-1 rounded-md border border-slate-300 bg-white px-2 py-1.5">
                <option value="">All years</option>
                {years.map((year) => (
                  <option key={year} value={year}>{year}</option>
                ))}
              </select>
            </label>
            <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium hover:bg-slate-100">Filter</button>
          </form>
        </div>

        {shown.length === 0 ? (
          <p className="rounded-xl bg-white p-6 text-sm text-slate-600 shadow-sm ring-1 ring-slate-200">
            No rounds match. <Link href="/admin/import" className="text-brand-700 hover:underline">Import IRCC&apos;s feed</Link> or{' '}
            <Link href="/admin/rounds/new" className="text-brand-700 hover:underline">record a round</Link>.
          </p>
        ) : (
          <div className="overflow-x-auto rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
            <table className="w-full text-left text-sm" data-testid="admin-rounds">
              <thead className="bg-slate-50 text-slate-600">
                <tr>
                  <th scope="col" className="px-4 py-2 font-medium">Round</th>
                  <th scope="col" className="px-4 py-2 font-medium">Date</th>
                  <th scope="col" className="px-4 py-2 font-medium">Type</th>
                  <th scope="col" className="px-4 py-2 text-right font-medium">Cutoff</th>
                  <th scope="col" className="px-4 py-2 text-right font-medium">Invitations</th>
                  <th scope="col" className="px-4 py-2 text-right font-medium" title={ALERT_AUDIENCE_EXPLANATION}>
                    <a href="#alert-audience-note" className="underline decoration-dotted underline-offset-2">Alert audience</a>
                  </th>
                  <th scope="col" className="px-4 py-2 font-medium">Emails</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {shown.map((round, index) => {
                  const delivery = deliveries[round.id] ?? { pending: 0, sent: 0, failed: 0 };
                  const audience = audiences[index];
                  return (
                    <tr key={round.id}>
                      <td className="px-4 py-2 font-medium"><Link href={`/admin/rounds/${round.id}`} className="text-brand-700 hover:underline">#{round.number}</Link></td>
                      <td className="whitespace-nowrap px-4 py-2">{formatIrccDate(round.date)}</td>
                      <td className="px-4 py-2">
                        {round.category ? CATEGORY_LABELS[round.category] : round.programs.map((p) => PROGRAM_SHORT[p]).join(', ')}
                        {round.categoryVersion && <span className="block text-xs text-slate-500">{round.categoryVersion}</span>}
                      </td>
                      <td className="px-4 py-2 text-right tabular-nums">{round.cutoff}</td>
                      <td className="px-4 py-2 text-right tabular-nums">{formatCount(round.invitations)}</td>
                      <td
                        className="px-4 py-2 text-right tabular-nums"
                        title={`Alert emails: ${audience.invited} invited, ${audience.tie} at the cutoff with the tie-break undecided, ${audience.nearMiss} near misses (opted in)`}
                      >
                        {formatCount(audience.invited)}
                        {audience.tie > 0 && <span className="text-xs text-slate-500"> +{audience.tie} tie</span>}
                      </td>
                      <td className="whitespace-nowrap px-4 py-2 text-xs">
                        {delivery.sent + delivery.pending + delivery.failed === 0 ? (
                          <span className="text-slate-500">None</span>
                        ) : (
                          <span>
                            {delivery.sent} sent · {delivery.pending} pending ·{' '}
                            <span className={delivery.failed > 0 ? 'font-semibold text-red-700' : ''}>{delivery.failed} failed</span>
                          </span>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            <p id="alert-audience-note" className="border-t border-slate-100 px-4 py-2 text-xs text-slate-500" data-testid="alert-audience-note">
              <span className="font-medium text-slate-700">Alert audience:</span> {ALERT_AUDIENCE_EXPLANATION}
            </p>
          </div>
        )}
        <Pager path="/admin" filters={{ category: search.category, year: search.year }} page={page} pages={pages} />
      </section>
    </div>
  );
}
