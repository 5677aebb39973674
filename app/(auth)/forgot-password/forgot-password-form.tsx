'use client';

import { useActionState } from 'react';
import { FormMessage, SubmitButton, TextField } from '@/app/_components/form-controls';
import { requestPasswordReset, type ForgotState } from './actions';

export function ForgotPasswordForm() {
  const [state, action] = useActionState<ForgotState, FormData>(requestPasswordReset, { sent: false, errors: {}, email: '' });
  return (
    <form action={action} className="mt-6 space-y-4" noValidate>
      {state.sent && (
        <FormMessage kind="success" testId="form-success">
          If an account exists for that email, we have sent a link to reset its password. It works once, for 1 hour.
        </FormMessage>
      )}
      <TextField name="email" label="Email" type="email" autoComplete="email" required defaultValue={state.email} error={state.errors.email} />
      <SubmitButton pendingText="Sending…">Email me a reset link</SubmitButton>
    </form>
  );
}
