'use server';

import { redirect } from 'next/navigation';
import { getCurrentUser, requireUser } from '@/lib/auth';
import { consumeToken } from '@/lib/data/tokens';
import { markEmailVerified } from '@/lib/data/users';
import { sendVerificationEmail } from '../account-mail';

export type VerifyState = { error: string | null };

/** Confirms an email with the token from the link (a button press, so mail scanners cannot use it up). */
export async function confirmEmail(_previous: VerifyState, formData: FormData): Promise<VerifyState> {
  const token = String(formData.get('token') ?? '');
  const now = new Date();
  const email = await consumeToken('verify', token, now);
  const user = await getCurrentUser();
  if (!email || !(await markEmailVerified(email, now))) {
    // A signed-in user whose address is already confirmed has nothing left to do.
    if (user?.emailVerified) redirect('/dashboard?verified=1');
    const next = user ? 'Ask for a new link on your dashboard.' : 'Sign in and ask for a new link.';
    return { error: `This link is not valid any more: it was already used, it expired, or a newer one was sent. ${next}` };
  }
  redirect(user?.email === email ? '/dashboard?verified=1' : '/sign-in?verified=1');
}

export type ResendState = { sent: boolean };

/** Sends a new verification link to the signed-in user (the dashboard's "resend" button). */
export async function resendVerification(): Promise<ResendState> {
  const user = await requireUser();
  if (user.emailVerified) return { sent: false };
  await sendVerificationEmail(user.email, new Date());
  return { sent: true };
}
