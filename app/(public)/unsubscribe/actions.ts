'use server';

import { unsubscribeUser, verifyUnsubscribeToken } from '@/lib/notifications/unsubscribe';

export type UnsubscribeState = { status: 'idle' | 'done' | 'invalid' };

/** The confirm button: the signed token in the form is the authorization (no sign-in needed). */
export async function confirmUnsubscribe(_state: UnsubscribeState, formData: FormData): Promise<UnsubscribeState> {
  const token = formData.get('token');
  const userId = typeof token === 'string' ? verifyUnsubscribeToken(token) : null;
  if (!userId) return { status: 'invalid' };
  return (await unsubscribeUser(userId)) ? { status: 'done' } : { status: 'invalid' };
}
