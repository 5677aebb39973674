import { db } from '@/lib/db';
import type { Role } from '@/lib/generated/prisma/client';

const sessionUserSelect = { id: true, email: true, role: true, emailVerified: true, name: true } as const;

export type SessionUser = { id: string; email: string; role: Role; emailVerified: Date | null; name: string | null };

export function findSessionUser(id: string): Promise<SessionUser | null> {
  return db.user.findUnique({ where: { id }, select: sessionUserSelect });
}

export function findUserWithPassword(email: string) {
  return db.user.findUnique({ where: { email }, select: { ...sessionUserSelect, passwordHash: true } });
}

/** Creates the admin account, or makes an existing account with that email the admin, with this password. */
export async function upsertAdmin(email: string, passwordHash: string) {
  return db.user.upsert({
    where: { email },
    create: { email, passwordHash, role: 'ADMIN', emailVerified: new Date(), name: 'Administrator' },
    update: { role: 'ADMIN', passwordHash, emailVerified: new Date() },
    select: sessionUserSelect,
  });
}
