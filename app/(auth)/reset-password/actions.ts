'use server';

import { redirect } from 'next/navigation';
import { clearFailures } from '@/lib/data/auth-throttle';
import { consumeToken } from '@/lib/data/tokens';
import { setPasswordByEmail } from '@/lib/data/users';
import { hashPassword } from '@/lib/passwords';
import { fieldErrors, resetPasswordSchema } from '@/lib/schemas/auth';

export type ResetState = { errors: Record<string, string> };

/** Sets a new password with a reset link's token (used once, valid for 1 hour). */
export async function resetPassword(_previous: ResetState, formData: FormData): Promise<ResetState> {
  const parsed = resetPasswordSchema.safeParse({ token: formData.get('token'), password: formData.get('password') });
  if (!parsed.success) return { errors: fieldErrors(parsed.error) };
  const email = await consumeToken('reset', parsed.data.token, new Date());
  if (!email || !(await setPasswordByEmail(email, await hashPassword(parsed.data.password)))) {
    return { errors: { token: 'This reset link is not valid any more: it was already used, it expired, or a newer one was sent. Ask for a new one.' } };
  }
  await clearFailures(`email:${email}`);
  redirect('/sign-in?reset=1');
}
