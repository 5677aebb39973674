import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Profile } from '@/lib/schemas/profile';

// The draw alerts' database access: the Notification table, and what the fan-out and delivery read
// of users, profiles and rounds. Transactions that must queue jobs with their rows (the outbox) lend
// their SQL to a callback, so pg-boss's job rows commit in the same transaction.

export type AlertKind = 'INVITED' | 'TIE' | 'NEAR_MISS';

/** What the email explains, stored on the Notification row (`detail`). */
export type AlertDetail = {
  /** Programs the candidate qualifies for among those the round covers (fsw, cec, fst, pnp). */
  programs: string[];
  /** The listed occupation and its months of qualifying experience (category rounds). */
  noc: string | null;
  months: number | null;
  categoryVersion: string | null;
  /** The candidate's Express Entry submission time (explains a tie-break), when known. */
  submittedAt: string | null;
  /** Points under the cutoff (near misses only). */
  pointsShort: number | null;
};

/** Raw SQL inside an open transaction, lent to the job queue so its jobs commit with the rows. */
export type TransactionSql = { $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T> };

// Finding the audience.

export type CandidateRow = { userId: string; data: Profile; alertNearMiss: boolean };

export type CandidateFilter = {
  /** Keyset cursor: only user ids after this one (ascending); '' for the first page. */
  after: string;
  limit: number;
  /** The round's date, "YYYY-MM-DD". */
  date: string;
  /** A STEM round (users choose STEM alerts and other alerts separately). */
  stem: boolean;
  /** Occupations the round's category lists, or null when it does not filter on occupation. */
  nocs: string[] | null;
};

/**
 * One keyset page of alert candidates, prefiltered in SQL: consent, verified email, not unsubscribed,
 * the alert kind, a first-language test valid on the date, in the pool, an occupation on the list
 * (GIN index on nocCodes).
 */
export function findCandidatePage(filter: CandidateFilter): Promise<CandidateRow[]> {
  const { after, limit, date, stem, nocs } = filter;
  return db.$queryRaw<CandidateRow[]>`
    SELECT p."userId", p.data, u."alertNearMiss"
    FROM "Profile" p JOIN "User" u ON u.id = p."userId"
    WHERE p."userId" > ${after}
      AND u."emailVerified" IS NOT NULL
      AND u."alertConsentAt" IS NOT NULL
      AND u."unsubscribedAt" IS NULL
      AND (CASE WHEN ${stem} THEN u."alertStem" ELSE u."alertOther" END)
      AND p."languageValidTo" >= ${date}::date
      AND (p."expressEntryAt" IS NULL OR p."expressEntryAt" BETWEEN ${date}::date - interval '12 months 1 day' AND ${date}::date + interval '1 day')
      AND (${nocs === null} OR p."nocCodes" && ${nocs ?? []}::text[])
    ORDER BY p."userId"
    LIMIT ${limit}`;
}

/** A value that changes whenever any user or profile is created, changed or deleted. */
export async function findAudienceVersion(): Promise<string> {
  const [row] = await db.$queryRaw<{ profiles: bigint; profileAt: Date | null; users: bigint; userAt: Date | null }[]>`
    SELECT (SELECT count(*) FROM "Profile") AS profiles, (SELECT max("updatedAt") FROM "Profile") AS "profileAt",
           (SELECT count(*) FROM "User") AS users, (SELECT max("updatedAt") FROM "User") AS "userAt"`;
  return `${row.profiles}:${row.profileAt?.toISOString()}:${row.users}:${row.userAt?.toISOString()}`;
}

// Rounds, as the alerts see them.

export type FanoutRound = {
  number: string;
  date: Date;
  category: string | null;
  programs: string[];
  cutoff: number;
  tieBreakAt: Date | null;
  drawAt: Date | null;
  alertsScheduled: boolean;
};

export function findFanoutRound(roundId: string): Promise<FanoutRound | null> {
  return db.round.findUnique({
    where: { id: roundId },
    select: { number: true, date: true, category: true, programs: true, cutoff: true, tieBreakAt: true, drawAt: true, alertsScheduled: true },
  });
}

/** What an alert email says about its round; the date is "YYYY-MM-DD", the tie-break an ISO instant. */
export type AlertRound = {
  number: string;
  date: string;
  name: string;
  categoryVersion: string | null;
  cutoff: number;
  invitations: number;
  tieBreakAt: string | null;
};

export async function findAlertRound(roundId: string): Promise<AlertRound | null> {
  const round = await db.round.findUnique({
    where: { id: roundId },
    select: { number: true, date: true, name: true, categoryVersion: true, cutoff: true, invitations: true, tieBreakAt: true },
  });
  if (!round) return null;
  return {
    number: round.number,
    date: round.date.toISOString().slice(0, 10),
    name: round.name,
    categoryVersion: round.categoryVersion,
    cutoff: round.cutoff,
    invitations: round.invitations,
    tieBreakAt: round.tieBreakAt ? round.tieBreakAt.toISOString() : null,
  };
}

/** Marks a round as sending alerts, inside the transaction that records it. */
export async function markAlertsScheduled(tx: Prisma.TransactionClient, roundId: string): Promise<void> {
  await tx.round.update({ where: { id: roundId }, data: { alertsScheduled: true } });
}

// Writing alerts.

export type NewAlert = { userId: string; kind: AlertKind; crs: number; detail: AlertDetail };

/**
 * Writes a round's alerts in one transaction (unique per round and user: rows already there are
 * skipped) and, in that same transaction, hands the rows it created to `queueDelivery`. Returns how
 * many it created.
 */
export function insertAlerts(
  roundId: string,
  alerts: NewAlert[],
  queueDelivery: (created: { id: string; roundId: string }[], sql: TransactionSql) => Promise<void>,
): Promise<number> {
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string; roundId: string }[]>`
      INSERT INTO "Notification" (id, "roundId", "userId", kind, crs, detail, "updatedAt")
      SELECT gen_random_uuid()::text, ${roundId}, m."userId", m.kind::"NotificationKind", m.crs, m.detail::jsonb, now()
      FROM unnest(${alerts.map((alert) => alert.userId)}::text[], ${alerts.map((alert) => alert.kind)}::text[],
        ${alerts.map((alert) => alert.crs)}::int[], ${alerts.map((alert) => JSON.stringify(alert.detail))}::text[])
        AS m("userId", kind, crs, detail)
      ON CONFLICT ("roundId", "userId") DO NOTHING
      RETURNING id, "roundId"`;
    await queueDelivery(rows, tx);
    return rows.length;
  });
}

// Delivering alerts.

/** A PENDING alert locked for sending, with its recipient. */
export type LockedAlert = {
  id: string;
  userId: string;
  kind: AlertKind;
  crs: number;
  detail: AlertDetail;
  attempts: number;
  email: string;
  /** The user unsubscribed or never consented (withdrawn after the fan-out). */
  unsubscribed: boolean;
};

/** Writes on the locked alerts, in the transaction that holds the lock. */
export type LockedAlertWrites = {
  remove(ids: string[]): Promise<void>;
  /** FAILED with `reason`, one more attempt. */
  markFailed(ids: string[], reason: string): Promise<void>;
  /** SENT, each with the provider's email id (`emailIds[i]` for `ids[i]`). */
  markSent(ids: string[], emailIds: string[]): Promise<void>;
};

/**
 * Runs `work` in one transaction holding a lock (FOR UPDATE) on the alerts among `ids` that are
 * still PENDING, ordered by id: a second caller with the same ids waits, then finds them no longer
 * PENDING. `timeoutMs` bounds the whole transaction (it includes sending).
 */
export function withLockedPendingAlerts<T>(
  ids: string[],
  timeoutMs: number,
  work: (rows: LockedAlert[], writes: LockedAlertWrites) => Promise<T>,
): Promise<T> {
  return db.$transaction(
    async (tx) => {
      const rows = await tx.$queryRaw<LockedAlert[]>`
        SELECT n.id, n."userId", n.kind::text AS kind, n.crs, n.detail, n.attempts, u.email,
               (u."unsubscribedAt" IS NOT NULL OR u."alertConsentAt" IS NULL) AS unsubscribed
        FROM "Notification" n JOIN "User" u ON u.id = n."userId"
        WHERE n.id = ANY(${ids}::text[]) AND n.status = 'PENDING'
        ORDER BY n.id
        FOR UPDATE OF n`;
      return work(rows, {
        async remove(removed) {
          await tx.notification.deleteMany({ where: { id: { in: removed } } });
        },
        async markFailed(failed, reason) {
          await tx.$executeRaw`
            UPDATE "Notification" SET status = 'FAILED', attempts = attempts + 1, "lastError" = ${reason}, "updatedAt" = now()
            WHERE id = ANY(${failed}::text[])`;
        },
        async markSent(sent, emailIds) {
          await tx.$executeRaw`
            UPDATE "Notification" AS n SET status = 'SENT', "emailId" = s."emailId", "sentAt" = now(), "lastError" = NULL, "updatedAt" = now()
            FROM unnest(${sent}::text[], ${emailIds}::text[]) AS s(id, "emailId")
            WHERE n.id = s.id`;
        },
      });
    },
    { maxWait: 30_000, timeout: timeoutMs },
  );
}

/** Marks those of `ids` still PENDING as FAILED with `reason`, one more attempt. Returns how many. */
export function markPendingAlertsFailed(ids: string[], reason: string): Promise<number> {
  return db.$executeRaw`
    UPDATE "Notification" SET status = 'FAILED', attempts = attempts + 1, "lastError" = ${reason}, "updatedAt" = now()
    WHERE id = ANY(${ids}::text[]) AND status = 'PENDING'`;
}

// Delivery state, for the admin.

export type AlertStatusCount = { roundId: string; status: 'PENDING' | 'SENT' | 'FAILED'; count: number };

/** How many alerts each of the rounds has in each state (states with none are left out). */
export async function countAlertsByStatus(roundIds: string[]): Promise<AlertStatusCount[]> {
  const groups = await db.notification.groupBy({ by: ['roundId', 'status'], where: { roundId: { in: roundIds } }, _count: { _all: true } });
  return groups.map((group) => ({ roundId: group.roundId, status: group.status, count: group._count._all }));
}

export type FailedAlert = {
  id: string;
  roundId: string;
  roundNumber: string;
  email: string;
  kind: string;
  attempts: number;
  lastError: string | null;
  updatedAt: Date;
};

/** Failed alerts, newest first, at most `limit`. */
export async function listFailedAlerts(limit: number): Promise<FailedAlert[]> {
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
 * Puts FAILED alerts back to PENDING (those among `ids`, or every one without it) and, in the same
 * transaction, hands them to `queueDelivery` with their round's date ("YYYY-MM-DD"), ordered by
 * round then id. Returns how many; with none, nothing is written and `queueDelivery` is not called.
 */
export function resetFailedAlerts(
  ids: string[] | undefined,
  queueDelivery: (reset: { id: string; roundId: string; roundDate: string }[], sql: TransactionSql) => Promise<void>,
): Promise<number> {
  return db.$transaction(async (tx) => {
    const rows = await tx.notification.findMany({
      where: { status: 'FAILED', ...(ids ? { id: { in: ids } } : {}) },
      select: { id: true, roundId: true, round: { select: { date: true } } },
      orderBy: [{ roundId: 'asc' }, { id: 'asc' }],
    });
    if (rows.length === 0) return 0;
    await tx.notification.updateMany({ where: { id: { in: rows.map((row) => row.id) }, status: 'FAILED' }, data: { status: 'PENDING' } });
    await queueDelivery(
      rows.map((row) => ({ id: row.id, roundId: row.roundId, roundDate: row.round.date.toISOString().slice(0, 10) })),
      tx,
    );
    return rows.length;
  });
}
