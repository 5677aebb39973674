'use client';

import { useActionState } from 'react';
import { FormMessage, SubmitButton } from '@/app/_components/form-controls';
import { confirmEmail, type VerifyState } from './actions';

export function VerifyEmailForm({ token }: { token: string }) {
  const [state, action] = useActionState<VerifyState, FormData>(confirmEmail, { error: null });
  return (
    <form action={action} className="mt-6 space-y-4">
      {state.error && <FormMessage kind="error">{state.error}</FormMessage>}
      <input type="hidden" name="token" value={token} />
      <SubmitButton pendingText="Confirming…">Confirm my email</SubmitButton>
    </form>
  );
}
