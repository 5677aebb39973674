import type { Metadata } from 'next';
import Link from 'next/link';
import { unsubscribeTarget, verifyUnsubscribeToken } from '@/lib/notifications/unsubscribe';
import { UnsubscribeForm } from './unsubscribe-form';

export const metadata: Metadata = { title: 'Unsubscribe from draw alerts', robots: { index: false } };

// Opened from the link in an alert: no sign-in, the signed token names the user. Opening the page
// (a GET) changes nothing; the button POSTs.
export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token = '' } = await searchParams;
  const userId = verifyUnsubscribeToken(token);
  const target = userId ? await unsubscribeTarget(userId) : null;
  return (
    <div className="mx-auto max-w-md rounded-2xl bg-white p-8 shadow-sm ring-1 ring-slate-200">
      <h1 className="text-2xl font-semibold tracking-tight">Unsubscribe from draw alerts</h1>
      {!target ? (
        <p data-testid="invalid-link" className="mt-4 text-sm text-slate-700">
          This unsubscribe link is not valid. Open the whole link from the email, or sign in and change your alerts in{' '}
          <Link href="/settings" className="font-medium text-brand-700 hover:underline">settings</Link>.
        </p>
      ) : target.unsubscribed ? (
        <p role="status" data-testid="unsubscribed" className="mt-4 text-sm text-slate-700">
          <strong>{target.email}</strong> is already unsubscribed and gets no draw alerts. You can turn them back on in your{' '}
          <Link href="/settings" className="font-medium text-brand-700 hover:underline">settings</Link>.
        </p>
      ) : (
        <>
          <p className="mt-4 text-sm text-slate-700">
            Stop all draw alert emails to <strong>{target.email}</strong>? It takes effect at once. Account emails (such as
            password resets) still reach you.
          </p>
          <UnsubscribeForm token={token} email={target.email} />
        </>
      )}
    </div>
  );
}
