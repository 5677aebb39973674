import { db } from '@/lib/db';
import { findAudience, type RoundInput } from './audience';
import { batchJobs } from './delivery-state';
import { DELIVER_QUEUE, deliverJobOptions, ensureQueue, prismaExecutor } from './queue';

// The fan-out job: for each page of the audience, one transaction writes the Notification rows
// (unique per round and user; rows already there are skipped) and queues the delivery jobs for the
// rows it created. A crash anywhere is safe: a retried fan-out re-walks the audience, finds the
// rows of committed pages already written (with their delivery jobs) and carries on.

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

/** Runs a round's fan-out. Returns the number of Notification rows this run created. */
export async function runFanout(roundId: string): Promise<number> {
  const round = await db.round.findUnique({
    where: { id: roundId },
    select: { number: true, date: true, category: true, programs: true, cutoff: true, tieBreakAt: true, drawAt: true, alertsScheduled: true },
  });
  if (!round?.alertsScheduled) return 0;
  const boss = await ensureQueue();
  let created = 0;
  for await (const members of findAudience(toRoundInput(round))) {
    if (members.length === 0) continue;
    created += await db.$transaction(async (tx) => {
      const rows = await tx.notification.createManyAndReturn({
        data: members.map((member) => ({ roundId, userId: member.userId, kind: member.kind, crs: member.crs, detail: member.detail })),
        skipDuplicates: true,
        select: { id: true, roundId: true },
      });
      if (rows.length > 0) {
        const jobs = batchJobs(rows).map((data) => ({ name: DELIVER_QUEUE, data, ...deliverJobOptions() }));
        await boss.insert(jobs, { db: prismaExecutor(tx) });
      }
      return rows.length;
    });
  }
  return created;
}
