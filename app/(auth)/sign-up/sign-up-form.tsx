'use client';

import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useActionState, useEffect } from 'react';
import { FieldError, FormMessage, SubmitButton, TextField, fieldIds } from '@/app/_components/form-controls';
import { MIN_PASSWORD_LENGTH } from '@/lib/schemas/auth';
import { signUp, type SignUpState } from './actions';

const initial: SignUpState = { ok: false, errors: {}, values: { email: '', password: '', alertConsent: false } };

export function SignUpForm() {
  const router = useRouter();
  const [state, action] = useActionState(signUp, initial);

  useEffect(() => {
    if (!state.ok) return;
    // The account exists: sign in with what was typed, then show the dashboard ("check your email").
    void signIn('credentials', { email: state.values.email, password: state.values.password, redirect: false }).then(() => {
      router.push('/dashboard');
      router.refresh();
    });
  }, [state, router]);

  const consent = fieldIds('alertConsent');
  return (
    <form action={action} className="mt-6 space-y-4" noValidate>
      {Object.keys(state.errors).length > 0 && <FormMessage kind="error">Please correct the fields marked below.</FormMessage>}
      {state.ok && <FormMessage kind="success" testId="form-success">Account created. Signing you in…</FormMessage>}
      <TextField name="email" label="Email" type="email" autoComplete="email" required defaultValue={state.values.email} error={state.errors.email} />
      <TextField
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        defaultValue={state.values.password}
        hint={`At least ${MIN_PASSWORD_LENGTH} characters. A passphrase of a few words works well.`}
        error={state.errors.password}
      />
      <div className="flex gap-3 rounded-lg bg-slate-50 p-3 ring-1 ring-slate-200">
        <input
          id={consent.id}
          name="alertConsent"
          type="checkbox"
          defaultChecked={state.values.alertConsent}
          aria-describedby={consent.hintId}
          className="mt-1 h-4 w-4 rounded border-slate-300 text-brand-600"
        />
        <div>
          <label htmlFor={consent.id} className="text-sm font-medium text-slate-800">Email me draw alerts</label>
          <p id={consent.hintId} className="mt-0.5 text-xs text-slate-600">
            When IRCC holds a round that would have invited you (STEM rounds by default; you can change this in
            Settings). Optional. Every alert has a one-click unsubscribe link.
          </p>
          <FieldError id={consent.errorId} message={state.errors.alertConsent} />
        </div>
      </div>
      <SubmitButton pendingText="Creating your account…">Create account</SubmitButton>
      <p className="text-xs text-slate-500">We will send you a link to confirm your email address.</p>
    </form>
  );
}
