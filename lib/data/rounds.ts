import { db } from '@/lib/db';
import type { Round } from '@/lib/generated/prisma/client';
import type { CategoryId, ProgramId } from '@/lib/feed/parse';
import type { RoundInput } from '@/lib/rules';

// Rounds of invitations: the only module that reads and writes the Round and RoundEdit tables.
// Calendar dates leave this module as "YYYY-MM-DD" strings and instants as ISO strings with Z.

export type RoundSummary = {
  id: string;
  number: string;
  /** The calendar date IRCC publishes, "YYYY-MM-DD". */
  date: string;
  /** ISO instant (Z) of the round, or null. */
  drawAt: string | null;
  /** ISO instant (Z) of the tie-break, or null. */
  tieBreakAt: string | null;
  category: CategoryId | null;
  categoryVersion: string | null;
  programs: ProgramId[];
  name: string;
  cutoff: number;
  invitations: number;
  url: string | null;
};

/** A Prisma @db.Date (a Date at UTC midnight) as "YYYY-MM-DD", without any local-time conversion. */
export function calendarDateOf(value: Date): string {
  return value.toISOString().slice(0, 10);
}

/** "YYYY-MM-DD" as the Date Prisma stores in a @db.Date column. */
export function dateColumn(date: string): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

export function toRoundSummary(round: Round): RoundSummary {
  return {
    id: round.id,
    number: round.number,
    date: calendarDateOf(round.date),
    drawAt: round.drawAt?.toISOString() ?? null,
    tieBreakAt: round.tieBreakAt?.toISOString() ?? null,
    category: round.category as CategoryId | null,
    categoryVersion: round.categoryVersion,
    programs: round.programs as ProgramId[],
    name: round.name,
    cutoff: round.cutoff,
    invitations: round.invitations,
    url: round.url,
  };
}

/** Round numbers sort by their digits, then by suffix: "90" < "91a" < "91b" < "92". */
export function compareRoundNumbers(a: string, b: string): number {
  const digits = (n: string) => Number.parseInt(n, 10) || 0;
  return digits(a) - digits(b) || a.localeCompare(b);
}

/** Newest first: by date, then by round number (two rounds can share a date). */
export function compareNewestFirst(a: { date: string; number: string }, b: { date: string; number: string }): number {
  return b.date.localeCompare(a.date) || compareRoundNumbers(b.number, a.number);
}

/** The `limit` most recent rounds, newest first by date then number. */
export async function listRecentRounds(limit: number): Promise<RoundSummary[]> {
  const newest = await db.round.findMany({ orderBy: { date: 'desc' }, take: limit, select: { date: true } });
  if (newest.length === 0) return [];
  // Every round on or after the oldest date taken, so rounds sharing that date sort by number.
  const rows = await db.round.findMany({ where: { date: { gte: newest[newest.length - 1].date } } });
  return rows.map(toRoundSummary).sort(compareNewestFirst).slice(0, limit);
}

/** The round in the shape lib/rules evaluates (`evaluateRound`, `countInvitedUsers`). */
export function toRoundInput(round: RoundSummary): RoundInput {
  return {
    number: round.number,
    date: round.date,
    category: round.category,
    programs: round.programs,
    cutoff: round.cutoff,
    tieBreakAt: round.tieBreakAt,
  };
}
