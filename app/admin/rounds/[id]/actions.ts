'use server';

import { revalidatePath } from 'next/cache';
import { notFound } from 'next/navigation';
import { requireAdmin } from '@/lib/auth';
import { editRoundAs } from '@/lib/rounds/record';
import { roundFieldErrors, roundFormSchema, roundFormValues } from '@/lib/schemas/round';
import type { RoundFormState } from '../form-state';

/** Saves an edit of round `id`; the change is logged and sends no alerts. */
export async function submitRoundEdit(id: string, _state: RoundFormState, form: FormData): Promise<RoundFormState> {
  const admin = await requireAdmin();
  const values = roundFormValues(form);
  const parsed = roundFormSchema.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: roundFieldErrors(parsed.error) };

  const result = await editRoundAs(admin, id, parsed.data);
  if (!result.ok) {
    if (result.reason === 'NOT_FOUND') notFound();
    return { values, fieldErrors: result.fieldErrors };
  }
  revalidatePath('/admin');
  revalidatePath(`/admin/rounds/${id}`);
  revalidatePath('/rounds', 'layout');
  return { values, fieldErrors: {}, saved: { changed: Object.keys(result.changes) } };
}
