import { findFanoutRound, insertAlerts } from '@/lib/data/notifications';
import { findAudience, type AudienceMember, type RoundInput } from './audience';
import { batchJobs } from './delivery-state';
import { DELIVER_QUEUE, deliverJobOptions, ensureQueue, prismaExecutor, roundPriority } from './queue';

// The fan-out job: the audience is read page by page; every 1,000 or so alerts, one transaction
// writes their Notification rows (unique per round and user; rows already there are skipped) and
// queues the delivery jobs for the rows it created. A crash anywhere is safe: a retried fan-out
// re-walks the audience, finds the committed rows (with their delivery jobs) and carries on.

export type RoundRow = {
  number: string;
  date: Date;
  category: string | null;
  programs: string[];
  cutoff: number;
  tieBreakAt: Date | null;
  drawAt: Date | null;
};

export function toRoundInput(round: RoundRow): RoundInput {
  return {
    number: round.number,
    date: round.date.toISOString().slice(0, 10),
    category: round.category as RoundInput['category'],
    programs: round.programs.length > 0 ? (round.programs as NonNullable<RoundInput['programs']>) : undefined,
    cutoff: round.cutoff,
    tieBreakAt: round.tieBreakAt ? round.tieBreakAt.toISOString() : null,
    drawAt: round.drawAt ? round.drawAt.toISOString() : null,
  };
}

/** Alerts are committed in groups of this many (a multiple of 100: delivery batches stay full). */
const COMMIT_SIZE = 1000;

/**
 * Writes alerts and queues their delivery in one transaction, so a row never lands without the
 * job that sends it. Rows a previous run already wrote are skipped (they have their job).
 */
async function commitAlerts(roundId: string, priority: number, members: AudienceMember[]): Promise<number> {
  const boss = await ensureQueue();
  return insertAlerts(roundId, members, async (rows, sql) => {
    if (rows.length === 0) return;
    const jobs = batchJobs(rows).map((data) => ({ name: DELIVER_QUEUE, data, ...deliverJobOptions(priority) }));
    await boss.insert(jobs, { db: prismaExecutor(sql) });
  });
}

/** Runs a round's fan-out. Returns the number of Notification rows this run created. */
export async function runFanout(roundId: string): Promise<number> {
  const round = await findFanoutRound(roundId);
  if (!round?.alertsScheduled) return 0;
  const input = toRoundInput(round);
  const priority = roundPriority(input.date);
  let created = 0;
  let pending: AudienceMember[] = [];
  for await (const members of findAudience(input)) {
    pending = pending.concat(members);
    if (pending.length < COMMIT_SIZE) continue;
    const full = pending.length - (pending.length % 100);
    created += await commitAlerts(roundId, priority, pending.slice(0, full));
    pending = pending.slice(full);
  }
  if (pending.length > 0) created += await commitAlerts(roundId, priority, pending);
  return created;
}
