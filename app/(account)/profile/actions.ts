'use server';

import { revalidatePath } from 'next/cache';
import { requireUser } from '@/lib/auth';
import { saveProfile } from '@/lib/data/profiles';
import { addDays } from '@/lib/rules';
import { formatIssues, futureFactIssues, profileSchema, type FieldIssue } from '@/lib/schemas/profile';
import { torontoToday } from '@/lib/toronto-today';

export type SaveProfileResult = { ok: true } | { ok: false; issues: FieldIssue[] };

/**
 * Saves the signed-in user's profile. The schema here is the authority (the editor's own check is
 * only early feedback); the owner is the session's user, never anything in the submitted data.
 */
export async function saveProfileAction(input: unknown): Promise<SaveProfileResult> {
  const user = await requireUser();
  const parsed = profileSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: formatIssues(parsed.error) };
  // A day's margin: it is already tomorrow east of Ottawa.
  const future = futureFactIssues(parsed.data, addDays(torontoToday(), 1));
  if (future.length > 0) return { ok: false, issues: future };
  await saveProfile(user.id, parsed.data);
  revalidatePath('/dashboard');
  revalidatePath('/profile');
  return { ok: true };
}
