import { db } from '@/lib/db';
import type { Role } from '@/lib/generated/prisma/client';

const sessionUserSelect = { id: true, email: true, role: true, emailVerified: true, name: true, sessionVersion: true } as const;

/** A signed-in user; `sessionVersion` goes up when the password changes, ending older sessions. */
export type SessionUser = { id: string; email: string; role: Role; emailVerified: Date | null; name: string | null; sessionVersion: number };

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

export type NewUser = { email: string; passwordHash: string; alertConsentAt: Date | null };

/** Creates an account; returns null when the email is already registered. */
export async function createUser(input: NewUser): Promise<SessionUser | null> {
  const rows = await db.user.createManyAndReturn({
    data: [{ email: input.email, passwordHash: input.passwordHash, alertConsentAt: input.alertConsentAt }],
    skipDuplicates: true,
    select: sessionUserSelect,
  });
  return rows[0] ?? null;
}

/** Marks the email of an account verified (the first time only); false when no account has it. */
export async function markEmailVerified(email: string, now: Date): Promise<boolean> {
  const user = await db.user.findUnique({ where: { email }, select: { id: true, emailVerified: true } });
  if (!user) return false;
  if (!user.emailVerified) await db.user.update({ where: { id: user.id }, data: { emailVerified: now } });
  return true;
}

export async function isEmailRegistered(email: string): Promise<boolean> {
  return (await db.user.count({ where: { email } })) > 0;
}

export async function findPasswordHash(userId: string): Promise<string | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  return user?.passwordHash ?? null;
}

// A new password ends every session signed in with the old one (the session version goes up).
const newPassword = (passwordHash: string) => ({ passwordHash, sessionVersion: { increment: 1 } });

/** Sets a new password; returns the new session version. */
export async function setPasswordById(userId: string, passwordHash: string): Promise<number> {
  const user = await db.user.update({ where: { id: userId }, data: newPassword(passwordHash), select: { sessionVersion: true } });
  return user.sessionVersion;
}

/** Sets a new password for the account with this email; false when there is none. */
export async function setPasswordByEmail(email: string, passwordHash: string): Promise<boolean> {
  const { count } = await db.user.updateMany({ where: { email }, data: newPassword(passwordHash) });
  return count > 0;
}

/**
 * Deletes the account and every personal row: the profile, notifications and next-auth rows by
 * cascade, its email tokens and sign-in throttle by email, in one transaction.
 */
export async function deleteUser(userId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true } });
    if (!user) return;
    await tx.verificationToken.deleteMany({ where: { identifier: { in: [`verify:${user.email}`, `reset:${user.email}`] } } });
    await tx.authThrottle.deleteMany({ where: { key: `email:${user.email}` } });
    await tx.user.delete({ where: { id: userId } });
  });
}

export type AlertPreferences = {
  alertConsentAt: Date | null;
  alertStem: boolean;
  alertOther: boolean;
  alertNearMiss: boolean;
  unsubscribedAt: Date | null;
};

const alertPreferencesSelect = { alertConsentAt: true, alertStem: true, alertOther: true, alertNearMiss: true, unsubscribedAt: true } as const;

export function findAlertPreferences(userId: string): Promise<AlertPreferences | null> {
  return db.user.findUnique({ where: { id: userId }, select: alertPreferencesSelect });
}

/**
 * Saves alert choices. Consent given now records its time (an existing time is kept); consent is
 * never erased, so turning everything off keeps the record but stops mail. Choosing any alert
 * again clears an earlier unsubscribe.
 */
export async function updateAlertPreferences(
  userId: string,
  choice: { consent: boolean; stem: boolean; other: boolean; nearMiss: boolean },
  now: Date,
): Promise<AlertPreferences> {
  const current = await db.user.findUnique({ where: { id: userId }, select: { alertConsentAt: true } });
  const consentAt = current?.alertConsentAt ?? (choice.consent ? now : null);
  const wantsMail = choice.stem || choice.other || choice.nearMiss;
  return db.user.update({
    where: { id: userId },
    data: {
      alertConsentAt: consentAt,
      alertStem: choice.stem,
      alertOther: choice.other,
      alertNearMiss: choice.nearMiss,
      ...(wantsMail && consentAt ? { unsubscribedAt: null } : {}),
    },
    select: alertPreferencesSelect,
  });
}

/**
 * Stops every draw alert to the user (an earlier unsubscribe time is kept). Returns the user's email,
 * or null when the user no longer exists.
 */
export async function markUnsubscribed(userId: string, now: Date): Promise<{ email: string } | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, unsubscribedAt: true } });
  if (!user) return null;
  if (!user.unsubscribedAt) await db.user.update({ where: { id: userId }, data: { unsubscribedAt: now } });
  return { email: user.email };
}

/** The user's email and whether they have unsubscribed, or null when the user does not exist. */
export async function findUnsubscribeState(userId: string): Promise<{ email: string; unsubscribed: boolean } | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, unsubscribedAt: true } });
  return user ? { email: user.email, unsubscribed: user.unsubscribedAt !== null } : null;
}
