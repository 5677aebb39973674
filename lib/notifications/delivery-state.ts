import { countAlertsByStatus, listFailedAlerts, resetFailedAlerts, type FailedAlert } from '@/lib/data/notifications';
import { DELIVER_QUEUE, deliverJobOptions, ensureQueue, prismaExecutor, roundPriority, type DeliverJob } from './queue';

// What happened to each round's alerts, for the admin pages, and the admin's retry of failures.

export type DeliveryCounts = { pending: number; sent: number; failed: number };

/** Alerts per round by state; every requested round is present (zeros when it sent none). */
export async function getDeliveryCounts(roundIds: string[]): Promise<Record<string, DeliveryCounts>> {
  const counts: Record<string, DeliveryCounts> = Object.fromEntries(roundIds.map((id) => [id, { pending: 0, sent: 0, failed: 0 }]));
  if (roundIds.length === 0) return counts;
  for (const group of await countAlertsByStatus(roundIds)) {
    const key = group.status === 'PENDING' ? 'pending' : group.status === 'SENT' ? 'sent' : 'failed';
    counts[group.roundId][key] = group.count;
  }
  return counts;
}

export type FailedDelivery = FailedAlert;

/** Failed alerts, newest first (the admin's deliveries page). */
export function listFailedDeliveries(limit = 200): Promise<FailedDelivery[]> {
  return listFailedAlerts(limit);
}

/**
 * Puts failed alerts back to PENDING and queues their delivery, in one transaction. `ids` limits it
 * to some rows; without it every failed alert is retried. Returns how many were re-queued.
 */
export async function retryFailedDeliveries(ids?: string[]): Promise<number> {
  const boss = await ensureQueue();
  return resetFailedAlerts(ids, async (rows, sql) => {
    const dates = new Map(rows.map((row) => [row.roundId, row.roundDate]));
    const jobs = batchJobs(rows).map((data) => ({ name: DELIVER_QUEUE, data, ...deliverJobOptions(roundPriority(dates.get(data.roundId) as string)) }));
    await boss.insert(jobs, { db: prismaExecutor(sql) });
  });
}

/** Groups notification rows into delivery jobs of at most 100 (one Resend batch), by round. */
export function batchJobs(rows: { id: string; roundId: string }[], size = 100): DeliverJob[] {
  const byRound = new Map<string, string[]>();
  for (const row of rows) {
    const ids = byRound.get(row.roundId);
    if (ids) ids.push(row.id);
    else byRound.set(row.roundId, [row.id]);
  }
  const jobs: DeliverJob[] = [];
  for (const [roundId, ids] of byRound) {
    for (let start = 0; start < ids.length; start += size) jobs.push({ roundId, notificationIds: ids.slice(start, start + size) });
  }
  return jobs;
}
