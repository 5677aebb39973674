import { createHash } from 'node:crypto';
import { findAlertRound, markPendingAlertsFailed, withLockedPendingAlerts } from '@/lib/data/notifications';
import { EmailSendError, sendEmailBatch } from '@/lib/email';
import { env } from '@/lib/env';
import type { DeliverJob } from './queue';
import { jobTimeoutSeconds } from './queue';
import { renderAlert } from './render';

// The delivery job: one Resend batch (up to 100 alerts). Inside one transaction it locks the job's
// PENDING rows (FOR UPDATE: a second worker holding the same job waits, then sees them SENT), sends
// them with an idempotency key derived from the rows, and marks them SENT or FAILED. A crash before
// the commit leaves the rows PENDING; the retried job sends the same request under the same key,
// which Resend answers from its idempotency store instead of sending again.

/** Thrown when the provider asked us to come back later (429, 5xx, no answer). */
export class RetryLaterError extends Error {
  constructor(
    readonly sendError: EmailSendError,
    readonly retryAfterMs: number | null,
  ) {
    super(`Delivery will be retried: ${sendError.message}`);
    this.name = 'RetryLaterError';
  }
}

export type DeliveryResult = { sent: number; failed: number; skipped: number };

/** The idempotency key of a batch: the same rows in the same attempt give the same key. */
export function batchKey(rows: { id: string; attempts: number }[]): string {
  const material = rows.map((row) => `${row.id}:${row.attempts}`).sort().join(',');
  return `draw-alert/${createHash('sha256').update(material).digest('hex')}`;
}

let nextSlot = 0;
/**
 * Spaces this process's requests to at most EMAIL_RATE_LIMIT per second (with 2% to spare, so
 * network jitter does not push two requests into the same second of the provider's count).
 */
async function pace(): Promise<void> {
  const interval = 1020 / env.EMAIL_RATE_LIMIT;
  const now = Date.now();
  const slot = Math.max(now, nextSlot);
  nextSlot = slot + interval;
  if (slot > now) await new Promise((resolve) => setTimeout(resolve, slot - now));
}

/** Sends one delivery job's alerts. Throws RetryLaterError when the provider is busy or down. */
export async function deliverBatch(job: DeliverJob, options: { attempts?: number } = {}): Promise<DeliveryResult> {
  const round = await findAlertRound(job.roundId);
  if (!round) return { sent: 0, failed: 0, skipped: job.notificationIds.length };

  return withLockedPendingAlerts(job.notificationIds, jobTimeoutSeconds() * 1000, async (rows, writes) => {
    // Consent withdrawn after the fan-out: the alert is dropped, never sent.
    const withdrawn = rows.filter((row) => row.unsubscribed).map((row) => row.id);
    if (withdrawn.length > 0) await writes.remove(withdrawn);
    const sendable = rows.filter((row) => !row.unsubscribed);
    const skipped = job.notificationIds.length - sendable.length;
    if (sendable.length === 0) return { sent: 0, failed: 0, skipped };

    const emails = await Promise.all(
      sendable.map((row) => renderAlert({ userId: row.userId, email: row.email, kind: row.kind, crs: row.crs, detail: row.detail, round })),
    );
    const ids = sendable.map((row) => row.id);
    let emailIds: string[];
    try {
      await pace();
      emailIds = await sendEmailBatch(emails, { idempotencyKey: batchKey(sendable), attempts: options.attempts });
    } catch (error) {
      if (!(error instanceof EmailSendError)) throw error;
      if (error.retryable) throw new RetryLaterError(error, error.retryAfterMs);
      const reason = `${error.status ?? 'no status'}: ${error.message}`.slice(0, 500);
      await writes.markFailed(ids, reason);
      return { sent: 0, failed: ids.length, skipped };
    }
    await writes.markSent(ids, emailIds);
    return { sent: ids.length, failed: 0, skipped };
  });
}

/** Gives up on a batch's PENDING rows (the provider kept refusing): FAILED with the reason, for the admin. */
export async function markBatchFailed(job: DeliverJob, reason: string): Promise<number> {
  return markPendingAlertsFailed(job.notificationIds, reason.slice(0, 500));
}
