'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requireAdmin } from '@/lib/auth';
import { previewRound, recordRoundAs } from '@/lib/rounds/record';
import { newRoundSchema, roundFieldErrors, roundFormValues } from '@/lib/schemas/round';
import type { RoundFormState } from '../form-state';

/** "Preview" shows what recording would do without saving; "Record round" records it. */
export async function submitNewRound(_state: RoundFormState, form: FormData): Promise<RoundFormState> {
  const admin = await requireAdmin();
  const values = roundFormValues(form);
  const parsed = newRoundSchema.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: roundFieldErrors(parsed.error) };

  if (form.get('intent') === 'preview') {
    const preview = await previewRound(admin, parsed.data);
    return preview.ok ? { values, fieldErrors: {}, preview: preview.preview } : { values, fieldErrors: preview.fieldErrors };
  }
  const result = await recordRoundAs(admin, parsed.data);
  if (!result.ok) return { values, fieldErrors: result.fieldErrors };
  revalidatePath('/admin');
  revalidatePath('/rounds');
  redirect(`/admin/rounds/${result.round.id}?recorded=${result.alertsScheduled ? 'alerts' : 'quiet'}`);
}
