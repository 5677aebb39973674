import { db } from '@/lib/db';

// Signed-out sessions. A session is a signed cookie the browser keeps, so signing out also records
// its id until the cookie would have expired: a copy kept elsewhere is refused all the same.

export async function revokeSession(sessionId: string, expiresAt: Date, now: Date): Promise<void> {
  await db.$transaction([
    db.revokedSession.deleteMany({ where: { expiresAt: { lt: now } } }),
    db.revokedSession.upsert({ where: { sessionId }, create: { sessionId, expiresAt }, update: {} }),
  ]);
}

export async function isSessionRevoked(sessionId: string): Promise<boolean> {
  return (await db.revokedSession.count({ where: { sessionId } })) > 0;
}
