import { db } from '@/lib/db';
import { DELIVER_QUEUE, deliverJobOptions, ensureQueue, prismaExecutor, roundPriority, type DeliverJob } from './queue';

// What happened to each round's alerts, for the admin pages, and the admin's retry of failures.

export type DeliveryCounts = { pending: number; sent: number; failed: number };

/** Alerts per round by state; every requested round is present (zeros when it sent none). */
export async function getDeliveryCounts(roundIds: string[]): Promise<Record<string, DeliveryCounts>> {
  const counts: Record<string, DeliveryCounts> = Object.fromEntries(roundIds.map((id) => [id, { pending: 0, sent: 0, failed: 0 }]));
  if (roundIds.length === 0) return counts;
  const groups = await db.notification.groupBy({ by: ['roundId', 'status'], where: { roundId: { in: roundIds } }, _count: { _all: true } });
  for (const group of groups) {
    const key = group.status === 'PENDING' ? 'pending' : group.status === 'SENT' ? 'sent' : 'failed';
    counts[group.roundId][key] = group._count._all;
  }
  return counts;
}

export type FailedDelivery = {
  id: string;
  roundId: string;
  roundNumber: string;
  email: string;
  kind: string;
  attempts: number;
  lastError: string | null;
  updatedAt: Date;
};

/** Failed alerts, newest first (the admin's deliveries page). */
export async function listFailedDeliveries(limit = 200): Promise<FailedDelivery[]> {
  const rows = await db.notification.findMany({
    where: { status: 'FAILED' },
    orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
    take: limit,
    select: { id: true, roundId: true, kind: true, attempts: true, lastError: true, updatedAt: true, round: { select: { number: true } }, user: { select: { email: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    roundId: row.roundId,
    roundNumber: row.round.number,
    email: row.user.email,
    kind: row.kind,
    attempts: row.attempts,
    lastError: row.lastError,
    updatedAt: row.updatedAt,
  }));
}

/**
 * Puts failed alerts back to PENDING and queues their delivery, in one transaction. `ids` limits it
 * to some rows; without it every failed alert is retried. Returns how many were re-queued.
 */
export async function retryFailedDeliveries(ids?: string[]): Promise<number> {
  const boss = await ensureQueue();
  return db.$transaction(async (tx) => {
    const rows = await tx.notification.findMany({
      where: { status: 'FAILED', ...(ids ? { id: { in: ids } } : {}) },
      select: { id: true, roundId: true, round: { select: { date: true } } },
      orderBy: [{ roundId: 'asc' }, { id: 'asc' }],
    });
    if (rows.length === 0) return 0;
    await tx.notification.updateMany({ where: { id: { in: rows.map((row) => row.id) }, status: 'FAILED' }, data: { status: 'PENDING' } });
    const dates = new Map(rows.map((row) => [row.roundId, row.round.date.toISOString().slice(0, 10)]));
    const jobs = batchJobs(rows).map((data) => ({ name: DELIVER_QUEUE, data, ...deliverJobOptions(roundPriority(dates.get(data.roundId) as string)) }));
    await boss.insert(jobs, { db: prismaExecutor(tx) });
    return rows.length;
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
