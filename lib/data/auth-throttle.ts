import { db } from '@/lib/db';

// Failed sign-ins are counted per key (the normalized email, registered or not, so the answer
// never reveals whether an account exists). MAX_FAILURES inside WINDOW_MS pauses the key for LOCK_MS.
export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60_000;
export const LOCK_MS = 15 * 60_000;

export async function lockedUntil(key: string, now: Date): Promise<Date | null> {
  const row = await db.authThrottle.findUnique({ where: { key }, select: { lockedUntil: true } });
  return row?.lockedUntil && row.lockedUntil > now ? row.lockedUntil : null;
}

export async function recordFailure(key: string, now: Date): Promise<void> {
  await db.$transaction(async (tx) => {
    const row = await tx.authThrottle.findUnique({ where: { key } });
    const windowOpen = row && now.getTime() - row.firstFailureAt.getTime() < WINDOW_MS;
    const failures = windowOpen ? row.failures + 1 : 1;
    const data = {
      failures,
      firstFailureAt: windowOpen ? row.firstFailureAt : now,
      lockedUntil: failures >= MAX_FAILURES ? new Date(now.getTime() + LOCK_MS) : null,
    };
    await tx.authThrottle.upsert({ where: { key }, create: { key, ...data }, update: data });
  });
}

export async function clearFailures(key: string): Promise<void> {
  await db.authThrottle.deleteMany({ where: { key } });
}
