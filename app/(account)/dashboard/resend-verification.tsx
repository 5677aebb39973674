'use client';

import { useActionState } from 'react';
import { resendVerification, type ResendState } from '@/app/(auth)/verify-email/actions';

export function ResendVerification() {
  const [state, action, pending] = useActionState<ResendState>(resendVerification, { sent: false });
  return (
    <form action={action} className="flex flex-wrap items-center gap-3">
      <button type="submit" disabled={pending} className="rounded-md bg-amber-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-amber-700 disabled:opacity-60">
        {pending ? 'Sending…' : 'Resend the link'}
      </button>
      {state.sent && <span role="status" data-testid="resend-status" className="text-sm text-amber-900">A new link is on its way. Earlier links no longer work.</span>}
    </form>
  );
}
