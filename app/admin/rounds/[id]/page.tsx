import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireAdmin } from '@/lib/auth';
import { findRoundById, toRoundInput, type RoundDetail } from '@/lib/data/rounds';
import { countInvitedUsers } from '@/lib/notifications/audience';
import { getDeliveryCounts } from '@/lib/notifications/delivery-state';
import { ALERT_AUDIENCE_EXPLANATION, CATEGORY_LABELS, PROGRAM_SHORT, formatCount, formatIrccDate, formatUtc, utcInputValue } from '@/lib/rounds/format';
import { categoryListOn } from '@/lib/rounds/occupations';
import type { RoundFormValues } from '@/lib/schemas/round';
import { CategoryListDetails } from '../category-list';
import { RoundForm } from '../round-form';
import { submitRoundEdit } from './actions';

export const metadata: Metadata = { title: 'Round' };

function formValuesOf(round: RoundDetail): RoundFormValues {
  return {
    number: round.number,
    date: round.date,
    drawAt: utcInputValue(round.drawAt),
    tieBreakAt: utcInputValue(round.tieBreakAt),
    category: round.category ?? 'none',
    programs: round.programs,
    cutoff: String(round.cutoff),
    invitations: String(round.invitations),
    name: round.name,
    url: round.url ?? '',
  };
}

function showValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(empty)';
  if (typeof value === 'string') return /^\d{4}-\d{2}-\d{2}T/.test(value) ? formatUtc(value) : value;
  if (Array.isArray(value)) return value.join(', ');
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/**
 * Why the audience above can disagree with the emails: it is counted from the round as it is now,
 * while the alerts went out (or are going out) for the round as first recorded, and edits send nothing.
 */
function alertsSentNote({ sent, pending, failed }: { sent: number; pending: number; failed: number }): string {
  const emails = (count: number) => `${formatCount(count)} alert ${count === 1 ? 'email' : 'emails'}`;
  const written =
    pending === 0 && failed === 0
      ? `${emails(sent)} ${sent === 1 ? 'was' : 'were'} sent`
      : `of ${emails(sent + pending + failed)}, ${[
          `${formatCount(sent)} ${sent === 1 ? 'was' : 'were'} sent`,
          pending > 0 ? `${formatCount(pending)} ${pending === 1 ? 'is' : 'are'} still on the way` : null,
          failed > 0 ? `${formatCount(failed)} failed (see Deliveries)` : null,
        ].filter((part) => part !== null).join(', ')}`;
  return (
    `This round’s alerts went out when it was recorded: ${written}. ` +
    'Editing the round never sends alerts: emails already sent are neither re-sent nor withdrawn, so the counts above, ' +
    'worked out from the round as it is now, can differ from who was written to.'
  );
}

export default async function AdminRoundPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ recorded?: string }> }) {
  await requireAdmin();
  const { id } = await params;
  const { recorded } = await searchParams;
  const round = await findRoundById(id);
  if (!round) notFound();

  const [audience, deliveries] = await Promise.all([countInvitedUsers(toRoundInput(round)), getDeliveryCounts([round.id])]);
  const delivery = deliveries[round.id] ?? { pending: 0, sent: 0, failed: 0 };
  const alertsWritten = delivery.sent + delivery.pending + delivery.failed;
  const list = round.category ? categoryListOn(round.category, round.date) : null;
  const facts: [string, string][] = [
    ['Date', formatIrccDate(round.date)],
    ['Round time', round.drawAt ? formatUtc(round.drawAt) : 'Not published'],
    ['Tie-break', round.tieBreakAt ? formatUtc(round.tieBreakAt) : 'None'],
    ['Category', round.category ? `${CATEGORY_LABELS[round.category]} (${round.categoryVersion ?? 'no version'})` : 'None'],
    ['Programs', round.programs.map((program) => PROGRAM_SHORT[program]).join(', ')],
    ['CRS cutoff', String(round.cutoff)],
    ['Invitations', formatCount(round.invitations)],
    ['Recorded by', round.source === 'IMPORT' ? 'Import of IRCC’s feed' : 'An admin (manual entry)'],
    ['Alerts', round.alertsScheduled ? 'Scheduled when recorded' : 'None scheduled'],
  ];

  return (
    <div className="space-y-6">
      <div>
        <Link href="/admin" className="text-sm text-slate-600 hover:text-brand-700">← Admin</Link>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight">Round #{round.number}: {round.name}</h1>
        <p className="mt-1 text-sm">
          <Link href={`/rounds/${encodeURIComponent(round.number)}`} className="text-brand-700 hover:underline">Public page</Link>
          {round.url && (
            <>
              {' · '}
              <a href={round.url} className="text-brand-700 hover:underline">Ministerial Instruction</a>
            </>
          )}
        </p>
      </div>

      {recorded && (
        <p role="status" data-testid="round-recorded" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800 ring-1 ring-emerald-200">
          Round recorded. {recorded === 'alerts' ? 'Its alert emails are scheduled.' : 'No alerts were scheduled: the round is dated more than 10 days ago.'}
        </p>
      )}

      <section className="grid gap-6 lg:grid-cols-3">
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 rounded-xl bg-white p-6 text-sm shadow-sm ring-1 ring-slate-200 lg:col-span-2">
          {facts.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-slate-500">{label}</dt>
              <dd className="font-medium">{value}</dd>
            </div>
          ))}
        </dl>
        <div className="space-y-2 rounded-xl bg-white p-6 text-sm shadow-sm ring-1 ring-slate-200" data-testid="round-audience">
          <h2 className="font-semibold">Alert audience</h2>
          <p className="text-xs text-slate-500">{ALERT_AUDIENCE_EXPLANATION}</p>
          <p>Would have been invited: <strong>{formatCount(audience.invited)}</strong></p>
          <p>At the cutoff, tie-break undecided: <strong>{formatCount(audience.tie)}</strong></p>
          <p>Near misses (opted in): <strong>{formatCount(audience.nearMiss)}</strong></p>
          <p className="pt-2 text-slate-600">Emails: {delivery.sent} sent, {delivery.pending} pending, {delivery.failed} failed</p>
          {alertsWritten > 0 && (
            <p className="rounded-md bg-slate-50 px-3 py-2 text-xs text-slate-700 ring-1 ring-slate-200" data-testid="alerts-already-sent">
              {alertsSentNote(delivery)}
            </p>
          )}
        </div>
      </section>

      {list && <CategoryListDetails list={list} />}

      <section aria-labelledby="edit-heading" className="rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
        <h2 id="edit-heading" className="mb-1 font-semibold">Edit this round</h2>
        <p className="mb-4 text-sm text-slate-600">
          Corrections are logged below. Editing never sends alerts{alertsWritten > 0 ? ', and does not re-send or withdraw the ones already written for this round' : ''}.
        </p>
        <RoundForm action={submitRoundEdit.bind(null, round.id)} initial={{ values: formValuesOf(round), fieldErrors: {} }} mode="edit" />
      </section>

      <section aria-labelledby="log-heading" className="rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
        <h2 id="log-heading" className="mb-3 font-semibold">Edit log</h2>
        {round.edits.length === 0 ? (
          <p className="text-sm text-slate-600">No edits since the round was recorded.</p>
        ) : (
          // A table from sm up; on phones each edit stacks (when and who, then the changes), so
          // nothing is wider than the screen. Explicit roles keep the table semantics.
          <table className="block w-full text-left text-sm sm:table" data-testid="edit-log">
            <thead className="sr-only text-slate-500 sm:not-sr-only sm:table-header-group">
              <tr role="row"><th role="columnheader" className="py-1 pr-4 font-medium">When (UTC)</th><th role="columnheader" className="py-1 pr-4 font-medium">Who</th><th role="columnheader" className="py-1 font-medium">What changed</th></tr>
            </thead>
            <tbody className="block divide-y divide-slate-100 align-top sm:table-row-group">
              {round.edits.map((edit) => (
                <tr key={edit.id} role="row" className="block py-2 sm:table-row sm:py-0">
                  <td role="cell" className="block text-xs text-slate-500 sm:table-cell sm:py-2 sm:pr-4 sm:text-sm sm:whitespace-nowrap sm:text-inherit">{formatUtc(edit.editedAt)}</td>
                  <td role="cell" className="block text-xs break-all text-slate-500 sm:table-cell sm:py-2 sm:pr-4 sm:text-sm sm:break-normal sm:text-inherit">{edit.editor ?? '(deleted account)'}</td>
                  <td role="cell" className="block pt-1 sm:table-cell sm:py-2">
                    <ul>
                      {Object.entries(edit.changes).map(([field, change]) => (
                        <li key={field} className="wrap-anywhere">
                          <span className="font-medium">{field}</span>: {showValue(change?.from)} → {showValue(change?.to)}
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
