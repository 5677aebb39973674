'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { FormMessage, SubmitButton, TextField } from '@/app/_components/form-controls';
import { MIN_PASSWORD_LENGTH } from '@/lib/schemas/auth';
import { resetPassword, type ResetState } from './actions';

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, action] = useActionState<ResetState, FormData>(resetPassword, { errors: {} });
  return (
    <form action={action} className="mt-6 space-y-4" noValidate>
      {state.errors.token && (
        <FormMessage kind="error">
          {state.errors.token} <Link href="/forgot-password" className="font-medium underline">Ask for a new link</Link>
        </FormMessage>
      )}
      <input type="hidden" name="token" value={token} />
      <TextField
        name="password"
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
        error={state.errors.password}
      />
      <SubmitButton pendingText="Saving…">Save new password</SubmitButton>
    </form>
  );
}
