import type { Metadata } from 'next';
import Link from 'next/link';
import { requireAdmin } from '@/lib/auth';
import { listFailedDeliveries } from '@/lib/notifications/delivery-state';
import { RetryButton } from './retry-button';

export const metadata: Metadata = { title: 'Alert deliveries' };
export const dynamic = 'force-dynamic';

const KIND_LABELS: Record<string, string> = { INVITED: 'Invited', TIE: 'Tie', NEAR_MISS: 'Near miss' };

// Alerts the email provider refused (a 4xx answer, or retries given up), with the reason, and a
// button that puts them back in the queue. Admins only.
export default async function DeliveriesPage() {
  await requireAdmin();
  const failed = await listFailedDeliveries();
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <Link href="/admin" className="text-sm font-medium text-brand-700 hover:underline">← Admin</Link>
          <h1 className="mt-1 text-2xl font-semibold tracking-tight">Failed alert deliveries</h1>
          <p className="mt-1 text-sm text-slate-600">
            Alerts the email provider refused. Fix the cause (for example the sender domain or an address), then retry.
          </p>
        </div>
        {/* Always mounted, so its "re-queued" message stays after the list empties; the button shows only when something failed. */}
        <RetryButton label="Retry all" available={failed.length > 0} />
      </div>
      {failed.length === 0 ? (
        <p data-testid="no-failures" className="rounded-2xl bg-white p-8 text-center text-sm text-slate-600 ring-1 ring-slate-200">
          No failed deliveries. Every alert was sent or is still on its way.
        </p>
      ) : (
        <div className="overflow-x-auto rounded-2xl bg-white ring-1 ring-slate-200">
          <table className="w-full text-left text-sm" data-testid="failed-deliveries">
            <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th scope="col" className="px-4 py-3">Round</th>
                <th scope="col" className="px-4 py-3">Recipient</th>
                <th scope="col" className="px-4 py-3">Alert</th>
                <th scope="col" className="px-4 py-3">Attempts</th>
                <th scope="col" className="px-4 py-3">Reason</th>
                <th scope="col" className="px-4 py-3">Last try (UTC)</th>
                <th scope="col" className="px-4 py-3"><span className="sr-only">Retry</span></th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {failed.map((row) => (
                <tr key={row.id}>
                  <td className="px-4 py-3 font-medium">#{row.roundNumber}</td>
                  <td className="px-4 py-3">{row.email}</td>
                  <td className="px-4 py-3">{KIND_LABELS[row.kind] ?? row.kind}</td>
                  <td className="px-4 py-3 tabular-nums">{row.attempts}</td>
                  <td className="max-w-xs px-4 py-3 break-words text-slate-700">{row.lastError ?? '—'}</td>
                  <td className="whitespace-nowrap px-4 py-3 tabular-nums">{row.updatedAt.toISOString().slice(0, 19).replace('T', ' ')}</td>
                  <td className="px-4 py-3 text-right"><RetryButton id={row.id} label="Retry" /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
