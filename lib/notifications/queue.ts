import PgBoss from 'pg-boss';
import type { TransactionSql } from '@/lib/data/notifications';
import { env } from '@/lib/env';

// pg-boss 10 is the job queue for alerts. It keeps its own schema (`pgboss`) in the app's database.
// `ensureQueue()` creates that schema and the two queues; it runs once per process, before the first
// job is sent (scheduleRoundAlerts calls it) and when a worker starts, so the app needs no separate
// setup step. A job row only lands when its queue exists (pg-boss joins on pgboss.queue), which is
// why sending checks the id it gets back.

export const FANOUT_QUEUE = 'alerts-fanout';
export const DELIVER_QUEUE = 'alerts-deliver';

export type FanoutJob = { roundId: string };
/** `deferrals`: how many times the provider's retry-after has postponed this batch. */
export type DeliverJob = { roundId: string; notificationIds: string[]; deferrals?: number };

/** Seconds a job may stay active before pg-boss fails it and retries it on another worker (a crash). */
export const jobTimeoutSeconds = () => env.ALERT_JOB_TIMEOUT_SECONDS;

/** Retries with exponential backoff (pg-boss doubles retryDelay on each attempt). */
export function fanoutJobOptions(): PgBoss.SendOptions {
  return { retryLimit: 10, retryDelay: 2, retryBackoff: true, expireInSeconds: jobTimeoutSeconds() };
}
export function deliverJobOptions(priority = 0): Omit<PgBoss.JobInsert, 'name'> {
  return { priority, retryLimit: 12, retryDelay: 2, retryBackoff: true, expireInSeconds: jobTimeoutSeconds() };
}

/** Delivery priority of a round's alerts: the older the round, the sooner (pg-boss takes higher first). */
export function roundPriority(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  return 100_000 - Date.UTC(year, month - 1, day) / 86_400_000;
}

/**
 * pg-boss's `db` option backed by a transaction that lib/data lends (or the one scheduleRoundAlerts
 * is given), so jobs commit with the rows. pg-boss passes JSON payloads as objects and leaves unset
 * options undefined; the pg driver would serialise those itself, so the adapter does the same before
 * handing them to Prisma.
 */
// Kept here, not in lib/data: it runs only pg-boss's own SQL, and its parameter rules are pg-boss's.
export function prismaExecutor(runner: TransactionSql): PgBoss.Db {
  return {
    async executeSql(text, values) {
      const params = values.map((value) =>
        value === undefined ? null : typeof value === 'object' && value !== null && !(value instanceof Date) ? JSON.stringify(value) : value,
      );
      const rows = await runner.$queryRawUnsafe<unknown[]>(text, ...params);
      return { rows };
    },
  };
}

type BossState = { boss: PgBoss; ready: Promise<PgBoss> };
const globalForBoss = globalThis as unknown as { alertsBoss?: BossState };

/**
 * The process's pg-boss instance, started (schema created or migrated) with both queues in place.
 * Maintenance (failing expired jobs so they are retried) runs at a third of the job timeout.
 */
export function ensureQueue(): Promise<PgBoss> {
  if (globalForBoss.alertsBoss) return globalForBoss.alertsBoss.ready;
  const boss = new PgBoss({
    connectionString: env.DATABASE_URL,
    max: 4,
    schedule: false,
    maintenanceIntervalSeconds: Math.max(1, Math.floor(jobTimeoutSeconds() / 3)),
  });
  // One line per error: pg-boss retries on its own, and a stopping database (Ctrl-C) is no news.
  boss.on('error', (error) => console.error(`[alerts] queue error: ${error instanceof Error ? error.message : String(error)}`));
  const ready = (async () => {
    await boss.start();
    for (const name of [FANOUT_QUEUE, DELIVER_QUEUE]) {
      if (!(await boss.getQueue(name))) await boss.createQueue(name).catch(async (error: unknown) => {
        // Another process created it between the check and the insert.
        if (!(await boss.getQueue(name))) throw error;
      });
    }
    return boss;
  })();
  ready.catch(() => {
    if (globalForBoss.alertsBoss?.boss === boss) globalForBoss.alertsBoss = undefined;
  });
  globalForBoss.alertsBoss = { boss, ready };
  return ready;
}

/** Stops this process's pg-boss (workers finish their current job first, up to `graceMs`). */
export async function stopQueue(graceMs = 10_000): Promise<void> {
  const state = globalForBoss.alertsBoss;
  if (!state) return;
  globalForBoss.alertsBoss = undefined;
  const boss = await state.ready.catch(() => null);
  await boss?.stop({ graceful: true, timeout: graceMs, wait: true });
}
