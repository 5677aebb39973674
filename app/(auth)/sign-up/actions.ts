'use server';

import { createUser } from '@/lib/data/users';
import { hashPassword } from '@/lib/passwords';
import { fieldErrors, signUpSchema } from '@/lib/schemas/auth';
import { sendVerificationEmail } from '../account-mail';

export type SignUpState = {
  ok: boolean;
  errors: Record<string, string>;
  values: { email: string; password: string; alertConsent: boolean };
};

export async function signUp(_previous: SignUpState, formData: FormData): Promise<SignUpState> {
  const raw = {
    email: String(formData.get('email') ?? ''),
    password: String(formData.get('password') ?? ''),
    alertConsent: formData.get('alertConsent') === 'on',
  };
  const parsed = signUpSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error), values: raw };

  const now = new Date();
  const user = await createUser({
    email: parsed.data.email,
    passwordHash: await hashPassword(parsed.data.password),
    alertConsentAt: parsed.data.alertConsent ? now : null,
  });
  if (!user) {
    return {
      ok: false,
      errors: { email: 'An account with this email already exists. Sign in, or reset your password.' },
      values: raw,
    };
  }
  await sendVerificationEmail(user.email, now);
  // The form signs in with the same credentials, then opens the dashboard.
  return { ok: true, errors: {}, values: { ...raw, email: user.email } };
}
