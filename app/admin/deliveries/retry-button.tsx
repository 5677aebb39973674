'use client';

import { useActionState } from 'react';
import { retryDeliveries, type RetryState } from './actions';

/**
 * Retry one failed alert (`id`) or all of them. Reports how many went back to the queue. With
 * `available` false (nothing left to retry) the button is gone but the last report stays.
 */
export function RetryButton({ id, label, available = true }: { id?: string; label: string; available?: boolean }) {
  const [state, action, pending] = useActionState<RetryState, FormData>(retryDeliveries, { retried: null, error: null });
  if (!available && state.retried === null && state.error === null) return null;
  return (
    <form action={action} className="inline-flex items-center gap-2">
      {id && <input type="hidden" name="id" value={id} />}
      {available && (
        <button
          type="submit"
          disabled={pending}
          className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100 disabled:opacity-60"
        >
          {pending ? 'Queuing…' : label}
        </button>
      )}
      {state.retried !== null && (
        <span role="status" data-testid="retry-status" className="text-xs text-slate-600">
          {state.retried === 1 ? '1 alert re-queued' : `${state.retried} alerts re-queued`}
        </span>
      )}
      {state.error && <span data-testid="form-error" className="text-xs text-red-700">{state.error}</span>}
    </form>
  );
}
