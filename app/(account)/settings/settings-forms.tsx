'use client';

import { useActionState } from 'react';
import { FormMessage, SubmitButton, TextField } from '@/app/_components/form-controls';
import { MIN_PASSWORD_LENGTH } from '@/lib/schemas/auth';
import { changePassword, deleteAccount, saveAlertPreferences, type FormState } from './actions';

const initial: FormState = { ok: false, errors: {} };

export type AlertChoices = { consentedAt: string | null; unsubscribedAt: string | null; stem: boolean; other: boolean; nearMiss: boolean };

function Choice({ name, label, hint, defaultChecked }: { name: string; label: string; hint: string; defaultChecked: boolean }) {
  const id = `alerts-${name}`;
  return (
    <div className="flex items-start gap-3">
      <input id={id} name={name} type="checkbox" defaultChecked={defaultChecked} aria-describedby={`${id}-hint`} className="mt-1 h-4 w-4 rounded border-slate-300 text-brand-600" />
      <div>
        <label htmlFor={id} className="text-sm font-medium text-slate-800">{label}</label>
        <p id={`${id}-hint`} className="text-xs text-slate-500">{hint}</p>
      </div>
    </div>
  );
}

export function AlertPreferencesForm({ choices }: { choices: AlertChoices }) {
  const [state, action] = useActionState(saveAlertPreferences, initial);
  return (
    <form action={action} className="space-y-4">
      {state.ok && <FormMessage kind="success" testId="alerts-saved">Alert preferences saved.</FormMessage>}
      {choices.unsubscribedAt && (
        <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200" data-testid="alerts-off">
          You unsubscribed from draw alerts on {choices.unsubscribedAt.slice(0, 16).replace('T', ' ')} UTC, so we send you none. Tick the alerts you want and save to turn them back on.
        </p>
      )}
      {choices.consentedAt ? (
        <p className="text-sm text-slate-600" data-testid="consent-record">
          You agreed to receive draw alert emails on {choices.consentedAt.slice(0, 16).replace('T', ' ')} UTC. Untick every alert below to stop them; the record of your consent is kept.
          <input type="hidden" name="consent" value="on" />
        </p>
      ) : (
        <Choice name="consent" label="Yes, email me draw alerts" hint="Required before we send any alert. Each alert has a one-click unsubscribe link." defaultChecked={false} />
      )}
      <fieldset className="space-y-3 rounded-lg bg-slate-50 p-4 ring-1 ring-slate-200">
        <legend className="px-1 text-sm font-semibold text-slate-800">Which alerts</legend>
        <Choice name="stem" label="STEM rounds" hint="When a STEM round would have invited you." defaultChecked={choices.stem} />
        <Choice name="other" label="Other rounds" hint="General, program-specific and other category rounds that would have invited you." defaultChecked={choices.other} />
        <Choice name="nearMiss" label="Near misses" hint="When a round's cut-off was just above your score." defaultChecked={choices.nearMiss} />
        <p className="text-xs text-slate-500">Untick all three for no alerts at all.</p>
      </fieldset>
      <SubmitButton pendingText="Saving…">Save alert preferences</SubmitButton>
    </form>
  );
}

export function ChangePasswordForm() {
  const [state, action] = useActionState(changePassword, initial);
  return (
    <form action={action} className="space-y-4" noValidate>
      {state.ok && <FormMessage kind="success" testId="password-saved">Your password was changed.</FormMessage>}
      <TextField name="currentPassword" label="Current password" type="password" autoComplete="current-password" error={state.errors.currentPassword} />
      <TextField name="newPassword" label="New password" type="password" autoComplete="new-password" hint={`At least ${MIN_PASSWORD_LENGTH} characters.`} error={state.errors.newPassword} />
      <SubmitButton pendingText="Saving…">Change password</SubmitButton>
    </form>
  );
}

export function DeleteAccountForm() {
  const [state, action] = useActionState(deleteAccount, initial);
  return (
    <form action={action} className="space-y-4" noValidate>
      <TextField name="password" label="Your password" type="password" autoComplete="current-password" error={state.errors.password} />
      <SubmitButton variant="danger" pendingText="Deleting…">Delete my account</SubmitButton>
    </form>
  );
}
