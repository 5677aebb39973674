import type { Metadata } from 'next';
import Link from 'next/link';
import { requireAdmin } from '@/lib/auth';
import { EMPTY_ROUND_FORM } from '@/lib/schemas/round';
import { RoundForm } from '../round-form';
import { submitNewRound } from './actions';

export const metadata: Metadata = { title: 'Record a round' };

export default async function NewRoundPage() {
  await requireAdmin();
  return (
    <div className="space-y-6">
      <div>
        <Link href="/admin" className="text-sm text-slate-600 hover:text-brand-700">← Admin</Link>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight">Record a round</h1>
        <p className="mt-1 max-w-2xl text-sm text-slate-600">
          Enter the round as IRCC published it. Use Preview to see the occupation list in force on its date and how many users it would
          alert; recording a round dated within the last 10 days schedules its alert emails.
        </p>
      </div>
      <div className="rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
        <RoundForm action={submitNewRound} initial={{ values: { ...EMPTY_ROUND_FORM, programs: ['fsw', 'cec', 'fst'] }, fieldErrors: {} }} mode="record" />
      </div>
    </div>
  );
}
