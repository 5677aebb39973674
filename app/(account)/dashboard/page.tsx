import type { Metadata } from 'next';
import Link from 'next/link';
import { EvaluationReport } from '@/app/_components/evaluation-report';
import { requireUser } from '@/lib/auth';
import { findProfile } from '@/lib/data/profiles';
import { listRecentRounds } from '@/lib/data/rounds';
import { evaluationReport } from '@/lib/evaluation/report';
import { torontoToday } from '@/lib/toronto-today';
import { testExpiresOn } from '@/lib/rules';
import { remindersFor } from './reminders';
import { ResendVerification } from './resend-verification';

export const metadata: Metadata = { title: 'Dashboard' };

const RECENT_ROUNDS = 8;

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
        {user.role === 'ADMIN' && (
          <p className="rounded-md bg-brand-50 px-3 py-2 text-sm text-slate-800 ring-1 ring-brand-200" data-testid="admin-shortcut">
            You are signed in as an administrator. <Link href="/admin" className="font-medium text-brand-700 hover:underline">Open the admin dashboard</Link> to record or import rounds.
          </p>
        )}
        <div className="rounded-2xl bg-white p-8 text-center shadow-sm ring-1 ring-slate-200" data-testid="empty-dashboard">
          <h2 className="text-lg font-semibold">Start with your profile</h2>
          <p className="mx-auto mt-2 max-w-md text-sm text-slate-600">Enter your age, education, language tests and work history once. We compute your CRS score, your program and category eligibility, and check every new round for you.</p>
          <Link href="/profile" className="mt-4 inline-block rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">Fill in my profile</Link>
        </div>
      </div>
    );
  }

  const { profile } = saved;
  const { evaluation, rounds } = evaluationReport(profile, today, await listRecentRounds(RECENT_ROUNDS));
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
      <EvaluationReport evaluation={evaluation} rounds={rounds} />
    </div>
  );
}
