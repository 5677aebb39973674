'use server';

import { after } from 'next/server';
import { isEmailRegistered } from '@/lib/data/users';
import { fieldErrors, forgotPasswordSchema } from '@/lib/schemas/auth';
import { sendPasswordResetEmail } from '../account-mail';

export type ForgotState = { sent: boolean; errors: Record<string, string>; email: string };

/**
 * Sends a reset link when the email is registered. The answer is the same either way, and the mail
 * goes out after the response, so neither the words nor the timing reveal whether it is.
 */
export async function requestPasswordReset(_previous: ForgotState, formData: FormData): Promise<ForgotState> {
  const email = String(formData.get('email') ?? '');
  const parsed = forgotPasswordSchema.safeParse({ email });
  if (!parsed.success) return { sent: false, errors: fieldErrors(parsed.error), email };
  const normalized = parsed.data.email;
  after(async () => {
    if (await isEmailRegistered(normalized)) await sendPasswordResetEmail(normalized, new Date());
  });
  return { sent: true, errors: {}, email };
}
