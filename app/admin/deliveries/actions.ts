'use server';

import { revalidatePath } from 'next/cache';
import { requireAdmin } from '@/lib/auth';
import { retryFailedDeliveries } from '@/lib/notifications/delivery-state';

export type RetryState = { retried: number | null; error: string | null };

/** Re-queues failed alerts: the one named by the form's `id`, or every failed one. Admins only. */
export async function retryDeliveries(_state: RetryState, formData: FormData): Promise<RetryState> {
  await requireAdmin();
  const id = formData.get('id');
  if (id !== null && (typeof id !== 'string' || id.length === 0 || id.length > 64)) return { retried: null, error: 'Unknown delivery.' };
  const retried = await retryFailedDeliveries(typeof id === 'string' ? [id] : undefined);
  revalidatePath('/admin/deliveries');
  revalidatePath('/admin');
  return { retried, error: null };
}
