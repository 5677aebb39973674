import { markAlertsScheduled } from '@/lib/data/notifications';
import type { Prisma } from '@/lib/generated/prisma/client';
import { daysBetween } from '@/lib/rules';
import { torontoToday } from '@/lib/toronto-today';
import { ensureQueue, FANOUT_QUEUE, fanoutJobOptions, prismaExecutor, roundPriority, type FanoutJob } from './queue';

// Deciding whether a newly recorded round sends alerts, and scheduling its fan-out in the same
// transaction that records the round (the outbox: both commit, or neither does).

/** Rounds dated more than this many days before today (America/Toronto) never notify. */
export const MAX_NOTIFY_AGE_DAYS = 10;

export type ScheduleDecision = 'SCHEDULE' | 'ROUND_TOO_OLD' | 'ROUND_IN_FUTURE';

/**
 * Whether a round added now should alert users: recorded by an admin or imported from IRCC's feed
 * alike, it does when dated today or in the 10 days before (Ottawa); history and rounds dated
 * after today never do.
 */
export function decideSchedule(round: { date: string }, now: Date): ScheduleDecision {
  const age = daysBetween(round.date, torontoToday(now));
  if (age < 0) return 'ROUND_IN_FUTURE';
  if (age > MAX_NOTIFY_AGE_DAYS) return 'ROUND_TOO_OLD';
  return 'SCHEDULE';
}

/**
 * Call inside the Prisma interactive transaction that records a NEW round (never on an edit).
 * When the round should alert users, enqueues its fan-out job in that same transaction and sets
 * `Round.alertsScheduled`; returns whether it did. Throws (rolling the transaction back) if the job
 * could not be queued, so a round is never recorded with alerts silently lost.
 */
export async function scheduleRoundAlerts(
  tx: Prisma.TransactionClient,
  round: { id: string; date: string },
  now: Date = new Date(),
): Promise<boolean> {
  if (decideSchedule(round, now) !== 'SCHEDULE') return false;
  const boss = await ensureQueue();
  const data: FanoutJob = { roundId: round.id };
  const jobId = await boss.send(FANOUT_QUEUE, data, { ...fanoutJobOptions(), priority: roundPriority(round.date), db: prismaExecutor(tx) });
  if (!jobId) throw new Error(`Could not queue the alert fan-out of round ${round.id}`);
  await markAlertsScheduled(tx, round.id);
  return true;
}
