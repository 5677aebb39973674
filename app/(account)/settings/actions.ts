'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { clearSessionCookies, renewSession, requireUser } from '@/lib/auth';
import { deleteUser, findPasswordHash, setPasswordById, updateAlertPreferences } from '@/lib/data/users';
import { hashPassword, verifyPassword } from '@/lib/passwords';
import { changePasswordSchema, deleteAccountSchema, fieldErrors } from '@/lib/schemas/auth';
import { alertPreferencesSchema } from '@/lib/schemas/settings';

export type FormState = { ok: boolean; errors: Record<string, string> };

export async function saveAlertPreferences(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = alertPreferencesSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
  await updateAlertPreferences(user.id, parsed.data, new Date());
  revalidatePath('/settings');
  return { ok: true, errors: {} };
}

async function checkPassword(userId: string, password: string): Promise<boolean> {
  const hash = await findPasswordHash(userId);
  return hash !== null && (await verifyPassword(hash, password));
}

export async function changePassword(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = changePasswordSchema.safeParse({ currentPassword: formData.get('currentPassword'), newPassword: formData.get('newPassword') });
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
  if (!(await checkPassword(user.id, parsed.data.currentPassword))) {
    return { ok: false, errors: { currentPassword: 'This is not your current password.' } };
  }
  // Every other session ends with the old password; this one goes on.
  await renewSession(await setPasswordById(user.id, await hashPassword(parsed.data.newPassword)));
  return { ok: true, errors: {} };
}

/** Deletes the account and every personal row, after checking the password; then signs out. */
export async function deleteAccount(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = deleteAccountSchema.safeParse({ password: formData.get('password') });
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
  if (!(await checkPassword(user.id, parsed.data.password))) {
    return { ok: false, errors: { password: 'This is not your password.' } };
  }
  await deleteUser(user.id);
  await clearSessionCookies();
  redirect('/?deleted=1');
}
