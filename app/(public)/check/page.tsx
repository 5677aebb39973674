import type { Metadata } from 'next';
import { getCurrentUser } from '@/lib/auth';
import { torontoToday } from '@/lib/toronto-today';
import { CheckForm } from './check-form';

export const metadata: Metadata = { title: 'Check a profile' };

// Public: anyone may check a profile. The session is read only to word the invitation to save it.
export default async function CheckPage() {
  const user = await getCurrentUser();
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold tracking-tight">Check a profile</h1>
        <p className="mt-1 max-w-2xl text-sm text-slate-600">
          No account needed. Fill in the form or paste a profile in the interchange format (JSON), choose the date, and see the
          CRS, the programs, the categories and the recent rounds, computed on our server with the rules in force on that date.
          Nothing you enter here is stored.
        </p>
      </header>
      <CheckForm today={torontoToday()} signedIn={user !== null} />
    </div>
  );
}
