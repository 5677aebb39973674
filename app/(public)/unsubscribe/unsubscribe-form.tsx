'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { confirmUnsubscribe, type UnsubscribeState } from './actions';

export function UnsubscribeForm({ token, email }: { token: string; email: string }) {
  const [state, action, pending] = useActionState<UnsubscribeState, FormData>(confirmUnsubscribe, { status: 'idle' });
  if (state.status === 'done') {
    return (
      <div role="status" data-testid="unsubscribed" className="mt-6 rounded-md bg-emerald-50 px-4 py-3 text-sm text-emerald-800 ring-1 ring-emerald-200">
        Done: <strong>{email}</strong> will get no more draw alerts. You can turn them back on at any time in your{' '}
        <Link href="/settings" className="font-medium underline">settings</Link>.
      </div>
    );
  }
  return (
    <form action={action} className="mt-6">
      <input type="hidden" name="token" value={token} />
      {state.status === 'invalid' && (
        <p data-testid="form-error" className="mb-4 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800 ring-1 ring-red-200">
          This unsubscribe link is not valid. Check that you opened the whole link from the email.
        </p>
      )}
      <button
        type="submit"
        disabled={pending}
        className="rounded-lg bg-brand-700 px-4 py-2.5 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {pending ? 'Unsubscribing…' : 'Unsubscribe from draw alerts'}
      </button>
    </form>
  );
}
