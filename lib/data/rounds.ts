import { db } from '@/lib/db';
import type { CategoryId, ProgramId } from '@/lib/feed/parse';
import { Prisma, type Round, type RoundSource } from '@/lib/generated/prisma/client';
import { scheduleRoundAlerts } from '@/lib/notifications/schedule';
import { diffRoundFields, type RoundChanges, type RoundField, type RoundFields } from '@/lib/rounds/fields';
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
    drawAt: round.drawAt,
  };
}

// ---------------------------------------------------------------------------------------------
// Details, lists and filters

export type RoundEditEntry = { id: string; editedAt: string; editor: string | null; changes: RoundChanges };

export type RoundDetail = RoundSummary & {
  distributionAsOf: string | null;
  distribution: Record<string, number> | null;
  source: RoundSource;
  alertsScheduled: boolean;
  createdAt: string;
  edits: RoundEditEntry[];
};

export function toRoundFields(round: Round): RoundFields {
  const summary = toRoundSummary(round);
  return {
    number: summary.number,
    date: summary.date,
    drawAt: summary.drawAt,
    tieBreakAt: summary.tieBreakAt,
    name: summary.name,
    category: summary.category,
    categoryVersion: summary.categoryVersion,
    programs: summary.programs,
    cutoff: summary.cutoff,
    invitations: summary.invitations,
    distributionAsOf: round.distributionAsOf ? calendarDateOf(round.distributionAsOf) : null,
    distribution: (round.distribution as Record<string, number> | null) ?? null,
    url: summary.url,
  };
}

const detailInclude = {
  edits: { orderBy: { editedAt: 'desc' }, include: { editor: { select: { email: true } } } },
} as const satisfies Prisma.RoundInclude;

function toRoundDetail(round: Prisma.RoundGetPayload<{ include: typeof detailInclude }>): RoundDetail {
  const fields = toRoundFields(round);
  return {
    ...toRoundSummary(round),
    distributionAsOf: fields.distributionAsOf,
    distribution: fields.distribution,
    source: round.source,
    alertsScheduled: round.alertsScheduled,
    createdAt: round.createdAt.toISOString(),
    edits: round.edits.map((edit) => ({
      id: edit.id,
      editedAt: edit.editedAt.toISOString(),
      editor: edit.editor?.email ?? null,
      changes: edit.changes as RoundChanges,
    })),
  };
}

export async function findRoundById(id: string): Promise<RoundDetail | null> {
  // Ids are cuids; a URL segment that is not one (a NUL byte) names no round.
  if (!/^[0-9a-z]{1,40}$/.test(id)) return null;
  const round = await db.round.findUnique({ where: { id }, include: detailInclude });
  return round && toRoundDetail(round);
}

export async function findRoundByNumber(number: string): Promise<RoundDetail | null> {
  // Round numbers are short and alphanumeric ("274", "91a"); anything else (a NUL byte in a URL) names no round.
  if (!/^[0-9A-Za-z]{1,12}$/.test(number)) return null;
  const round = await db.round.findUnique({ where: { number }, include: detailInclude });
  return round && toRoundDetail(round);
}

export type RoundFilters = {
  /** A category id, or "none" for general and program-specific rounds. */
  category?: CategoryId | 'none';
  year?: number;
  program?: ProgramId;
};

/** Rounds matching every filter given, newest first by date then number. */
export async function listRounds(filters: RoundFilters = {}): Promise<RoundSummary[]> {
  const where: Prisma.RoundWhereInput = {};
  if (filters.category) where.category = filters.category === 'none' ? null : filters.category;
  if (filters.year) where.date = { gte: dateColumn(`${filters.year}-01-01`), lte: dateColumn(`${filters.year}-12-31`) };
  if (filters.program) where.programs = { has: filters.program };
  const rows = await db.round.findMany({ where });
  return rows.map(toRoundSummary).sort(compareNewestFirst);
}

/** The years that have at least one round, newest first. */
export async function listRoundYears(): Promise<number[]> {
  const rows = await db.$queryRaw<{ year: number }[]>`
    SELECT DISTINCT EXTRACT(YEAR FROM "date")::int AS year FROM "Round" ORDER BY year DESC`;
  return rows.map((row) => row.year);
}

/** Numbers of accounts, saved profiles and rounds, for the admin dashboard. */
export async function countAdminTotals(): Promise<{ users: number; profiles: number; rounds: number }> {
  const [users, profiles, rounds] = await Promise.all([db.user.count(), db.profile.count(), db.round.count()]);
  return { users, profiles, rounds };
}

// ---------------------------------------------------------------------------------------------
// Writes: recording, editing and importing. Each is one transaction; recording a round schedules
// its alert fan-out in the same transaction (scheduleRoundAlerts decides whether it applies).

function roundData(fields: RoundFields) {
  return {
    number: fields.number,
    date: dateColumn(fields.date),
    drawAt: fields.drawAt ? new Date(fields.drawAt) : null,
    tieBreakAt: fields.tieBreakAt ? new Date(fields.tieBreakAt) : null,
    name: fields.name,
    category: fields.category,
    categoryVersion: fields.categoryVersion,
    programs: fields.programs,
    cutoff: fields.cutoff,
    invitations: fields.invitations,
    distributionAsOf: fields.distributionAsOf ? dateColumn(fields.distributionAsOf) : null,
    distribution: fields.distribution ?? Prisma.DbNull,
    url: fields.url,
  };
}

async function createRoundIn(tx: Prisma.TransactionClient, fields: RoundFields, source: RoundSource, createdById: string | null) {
  const round = await tx.round.create({ data: { ...roundData(fields), source, createdById } });
  // Sets Round.alertsScheduled itself when it schedules.
  const scheduled = await scheduleRoundAlerts(tx, { id: round.id, date: fields.date });
  return { round: scheduled ? { ...round, alertsScheduled: true } : round, scheduled };
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

export type RecordRoundResult =
  | { ok: true; round: RoundSummary; alertsScheduled: boolean }
  | { ok: false; reason: 'DUPLICATE_NUMBER' };

/** Records a new round and schedules its alerts in one transaction; a number already recorded is refused. */
export async function recordRound(fields: RoundFields, createdById: string): Promise<RecordRoundResult> {
  try {
    return await db.$transaction(async (tx) => {
      const { round, scheduled } = await createRoundIn(tx, fields, 'MANUAL', createdById);
      return { ok: true as const, round: toRoundSummary(round), alertsScheduled: scheduled };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: 'DUPLICATE_NUMBER' };
    throw error;
  }
}

export type UpdateRoundResult =
  | { ok: true; round: RoundSummary; changes: RoundChanges }
  | { ok: false; reason: 'NOT_FOUND' | 'DUPLICATE_NUMBER' };

/**
 * Applies an admin's edit and logs it in RoundEdit (editor, time, field -> { from, to }), in one
 * transaction. An edit that changes nothing writes nothing. Editing never schedules alerts.
 */
export async function updateRound(id: string, fields: Partial<RoundFields>, editorId: string): Promise<UpdateRoundResult> {
  try {
    return await db.$transaction(async (tx) => {
      const stored = await tx.round.findUnique({ where: { id } });
      if (!stored) return { ok: false as const, reason: 'NOT_FOUND' as const };
      const storedFields = toRoundFields(stored);
      const changes = diffRoundFields(storedFields, fields);
      if (Object.keys(changes).length === 0) return { ok: true as const, round: toRoundSummary(stored), changes };
      const round = await tx.round.update({ where: { id }, data: roundData({ ...storedFields, ...fields }) });
      await tx.roundEdit.create({ data: { roundId: id, editorId, changes: changes as Prisma.InputJsonValue } });
      return { ok: true as const, round: toRoundSummary(round), changes };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: 'DUPLICATE_NUMBER' };
    throw error;
  }
}

export type ImportOutcome = {
  added: string[];
  changed: { number: string; fields: RoundField[] }[];
  unchanged: string[];
  /** Numbers of added rounds whose alerts were scheduled (never expected for imports). */
  alertsScheduled: string[];
};

/**
 * Upserts rounds by number in ONE transaction: new numbers are created (source IMPORT, alerts left
 * to scheduleRoundAlerts), changed ones are updated with a RoundEdit naming the importing admin,
 * identical ones are left alone. Any failure rolls back the whole import.
 */
export async function importRounds(rounds: RoundFields[], importedById: string | null): Promise<ImportOutcome> {
  return db.$transaction(
    async (tx) => {
      const outcome: ImportOutcome = { added: [], changed: [], unchanged: [], alertsScheduled: [] };
      const stored = new Map(
        (await tx.round.findMany({ where: { number: { in: rounds.map((r) => r.number) } } })).map((r) => [r.number, r]),
      );
      for (const fields of rounds) {
        const existing = stored.get(fields.number);
        if (!existing) {
          const { scheduled } = await createRoundIn(tx, fields, 'IMPORT', importedById);
          outcome.added.push(fields.number);
          if (scheduled) outcome.alertsScheduled.push(fields.number);
          continue;
        }
        const storedFields = toRoundFields(existing);
        const changes = diffRoundFields(storedFields, fields);
        const changed = Object.keys(changes) as RoundField[];
        if (changed.length === 0) {
          outcome.unchanged.push(fields.number);
          continue;
        }
        await tx.round.update({ where: { id: existing.id }, data: roundData(fields) });
        await tx.roundEdit.create({
          data: { roundId: existing.id, editorId: importedById, changes: changes as Prisma.InputJsonValue },
        });
        outcome.changed.push({ number: fields.number, fields: changed });
      }
      return outcome;
    },
    { maxWait: 10_000, timeout: 120_000 },
  );
}
