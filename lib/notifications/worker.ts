import { env } from '@/lib/env';
import { deliverBatch, RetryLaterError } from './deliver';
import { runFanout } from './fan-out';
import { DELIVER_QUEUE, deliverJobOptions, ensureQueue, FANOUT_QUEUE, stopQueue, type DeliverJob, type FanoutJob } from './queue';

// The alerts worker: pg-boss workers for the fan-out and delivery queues. It runs inside the app
// (instrumentation.ts, when RUN_WORKER) and as its own process (`npm run worker`); any number may
// run at once, since pg-boss hands each job to one worker and delivery locks its rows.

/** A batch postponed by the provider's retry-after more often than this fails like any error. */
export const MAX_DEFERRALS = 20;

function log(message: string) {
  console.log(`[alerts] ${message}`);
}

/** Delivery loops per process: enough to keep EMAIL_RATE_LIMIT requests a second in flight. */
export function deliveryConcurrency(): number {
  return Math.max(2, Math.ceil(env.EMAIL_RATE_LIMIT));
}

async function handleDelivery(job: { id: string; data: DeliverJob }): Promise<void> {
  const boss = await ensureQueue();
  try {
    const result = await deliverBatch(job.data, { attempts: 1 });
    log(`delivery ${job.id}: ${result.sent} sent, ${result.failed} failed, ${result.skipped} skipped`);
  } catch (error) {
    const deferrals = job.data.deferrals ?? 0;
    if (error instanceof RetryLaterError && error.retryAfterMs !== null && deferrals < MAX_DEFERRALS) {
      // Honour retry-after: the same batch (same rows, same idempotency key) as a job that starts later.
      const startAfter = Math.max(1, Math.ceil(error.retryAfterMs / 1000));
      await boss.send(DELIVER_QUEUE, { ...job.data, deferrals: deferrals + 1 }, { ...deliverJobOptions(), startAfter });
      log(`delivery ${job.id}: provider busy (${error.sendError.status}), retrying in ${startAfter} s`);
      return;
    }
    log(`delivery ${job.id}: ${error instanceof Error ? error.message : String(error)}; pg-boss retries with backoff`);
    throw error;
  }
}

/** Starts this process's alert workers. Returns a function that stops them. */
export async function startWorker(): Promise<() => Promise<void>> {
  const boss = await ensureQueue();
  await boss.work<FanoutJob>(FANOUT_QUEUE, { batchSize: 1, pollingIntervalSeconds: 1 }, async ([job]) => {
    const created = await runFanout(job.data.roundId);
    log(`fan-out of round ${job.data.roundId}: ${created} alerts queued`);
  });
  for (let loop = 0; loop < deliveryConcurrency(); loop++) {
    await boss.work<DeliverJob>(DELIVER_QUEUE, { batchSize: 1, pollingIntervalSeconds: 0.5 }, ([job]) => handleDelivery(job));
  }
  log(`worker started (${deliveryConcurrency()} delivery loops, ${env.EMAIL_RATE_LIMIT} requests/s)`);
  return () => stopQueue();
}
