import { createHash, randomBytes } from 'node:crypto';
import { db } from '@/lib/db';

// Single-use email tokens (verification, password reset). The link carries 32 random bytes; only
// their SHA-256 is stored, with the identifier "<purpose>:<email>" and an expiry.

export type TokenPurpose = 'verify' | 'reset';

export const TOKEN_LIFETIME_MS: Record<TokenPurpose, number> = {
  verify: 24 * 60 * 60_000,
  reset: 60 * 60_000,
};

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function identifier(purpose: TokenPurpose, email: string): string {
  return `${purpose}:${email}`;
}

/**
 * Makes a new token for `email` and returns it (base64url, 43 characters). Earlier tokens of the
 * same purpose for that email stop working: only the newest link counts.
 */
export async function issueToken(purpose: TokenPurpose, email: string, now: Date): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const id = identifier(purpose, email);
  await db.$transaction([
    db.verificationToken.deleteMany({ where: { identifier: id } }),
    db.verificationToken.create({
      data: { identifier: id, token: hashToken(token), expires: new Date(now.getTime() + TOKEN_LIFETIME_MS[purpose]) },
    }),
  ]);
  return token;
}

/**
 * Uses a token once: returns the email it was issued for, or null when it is unknown, of another
 * purpose, expired or already used. The row is deleted in the same statement that checks it, so
 * two requests with the same token cannot both succeed.
 */
export async function consumeToken(purpose: TokenPurpose, token: string, now: Date): Promise<string | null> {
  const rows = await db.$queryRaw<{ identifier: string; expires: Date }[]>`
    DELETE FROM "VerificationToken" WHERE token = ${hashToken(token)} AND identifier LIKE ${`${purpose}:%`}
    RETURNING identifier, expires`;
  const row = rows[0];
  if (!row || row.expires <= now) return null;
  return row.identifier.slice(purpose.length + 1);
}

/** Removes every token of an email (after its account is deleted). */
export async function deleteTokensFor(email: string): Promise<void> {
  await db.verificationToken.deleteMany({ where: { identifier: { in: [identifier('verify', email), identifier('reset', email)] } } });
}
