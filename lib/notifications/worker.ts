import { env } from '@/lib/env';
import { deliverBatch, markBatchFailed, RetryLaterError } from './deliver';
import { runFanout } from './fan-out';
import { DELIVER_QUEUE, deliverJobOptions, ensureQueue, FANOUT_QUEUE, stopQueue, type DeliverJob, type FanoutJob } from './queue';

// The alerts worker: pg-boss workers for the fan-out and delivery queues. It runs inside the app
// (instrumentation.ts, when RUN_WORKER) and as its own process (`npm run worker`); any number may
// run at once, since pg-boss hands each job to one worker and delivery locks its rows.

/** A batch the provider keeps refusing (429, 5xx, no answer) is given up as FAILED after this many tries. */
export const MAX_DEFERRALS = 12;
const DELIVERY_LOOPS = 2;

function log(message: string) {
  console.log(`[alerts] ${message}`);
}

/** Delivery jobs fetched per poll (pg-boss polls at most twice a second per loop). */
export function deliveryBatchSize(): number {
  return Math.max(1, Math.ceil(env.EMAIL_RATE_LIMIT));
}

/**
 * Delivers one job. When the provider says "later", the same batch (same rows, same idempotency
 * key) is queued again to start after its retry-after, or after an exponential backoff (2 s, 4 s,
 * ... up to 5 minutes) when it gave none.
 */
async function handleDelivery(job: { id: string; priority: number; data: DeliverJob }): Promise<void> {
  try {
    const result = await deliverBatch(job.data, { attempts: 1 });
    log(`delivery ${job.id}: ${result.sent} sent, ${result.failed} failed, ${result.skipped} skipped`);
  } catch (error) {
    if (!(error instanceof RetryLaterError)) throw error;
    const deferrals = job.data.deferrals ?? 0;
    if (deferrals >= MAX_DEFERRALS) {
      const failed = await markBatchFailed(job.data, `Gave up after ${deferrals + 1} tries: ${error.sendError.status ?? 'no answer'}: ${error.sendError.message}`);
      log(`delivery ${job.id}: gave up, ${failed} marked FAILED`);
      return;
    }
    const startAfter = error.retryAfterMs !== null ? Math.max(1, Math.ceil(error.retryAfterMs / 1000)) : Math.min(300, 2 ** (deferrals + 1));
    const boss = await ensureQueue();
    await boss.send(DELIVER_QUEUE, { ...job.data, deferrals: deferrals + 1 }, { ...deliverJobOptions(job.priority), startAfter });
    log(`delivery ${job.id}: ${error.sendError.message} (${error.sendError.status ?? "no answer"}), retrying in ${startAfter} s`);
  }
}

/** Starts this process's alert workers. Returns a function that stops them. */
export async function startWorker(): Promise<() => Promise<void>> {
  const boss = await ensureQueue();
  await boss.work<FanoutJob>(FANOUT_QUEUE, { batchSize: 1, pollingIntervalSeconds: 1 }, async ([job]) => {
    const created = await runFanout(job.data.roundId);
    log(`fan-out of round ${job.data.roundId}: ${created} alerts queued`);
  });
  for (let loop = 0; loop < DELIVERY_LOOPS; loop++) {
    await boss.work<DeliverJob>(DELIVER_QUEUE, { batchSize: deliveryBatchSize(), pollingIntervalSeconds: 0.5, includeMetadata: true }, async (jobs) => {
      for (const job of jobs) await handleDelivery(job);
    });
  }
  log(`worker started (${env.EMAIL_RATE_LIMIT} requests/s)`);
  return () => stopQueue();
}
