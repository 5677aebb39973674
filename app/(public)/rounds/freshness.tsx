import type { RoundSummary } from '@/lib/data/rounds';
import { STALE_AFTER_DAYS, formatIrccDate } from '@/lib/rounds/format';
import { daysBetween } from '@/lib/rules';
import { torontoToday } from '@/lib/toronto-today';

/** "Last round recorded on …", and a warning when the newest round is more than 30 days old (Ottawa's calendar). */
export function Freshness({ newest, now }: { newest: RoundSummary | null; now: Date }) {
  if (!newest) return <p className="text-sm text-slate-600" data-testid="freshness">No rounds have been recorded yet.</p>;
  const age = daysBetween(newest.date, torontoToday(now));
  return (
    <div className="space-y-2" data-testid="freshness">
      <p className="text-sm text-slate-600">
        Last round recorded on <strong className="text-slate-900">{formatIrccDate(newest.date)}</strong> (#{newest.number}). Source: IRCC&apos;s{' '}
        <a className="text-brand-700 hover:underline" href="https://www.canada.ca/en/immigration-refugees-citizenship/corporate/mandate/policies-operational-instructions-agreements/ministerial-instructions/express-entry-rounds.html">
          rounds of invitations
        </a>
        .
      </p>
      {age > STALE_AFTER_DAYS && (
        <p role="note" data-testid="stale-warning" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200">
          The newest round we have is {age} days old. Rounds held since may be missing here; check canada.ca for the latest.
        </p>
      )}
    </div>
  );
}
