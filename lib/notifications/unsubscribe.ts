import { createHmac, timingSafeEqual } from 'node:crypto';
import { findUnsubscribeState, markUnsubscribed } from '@/lib/data/users';
import { env } from '@/lib/env';

// One-click unsubscribe (CASL, RFC 8058): the link in every alert carries a token that names the
// user and is signed with a key derived from AUTH_SECRET for this purpose only. Tokens never expire
// (CASL wants the link to keep working for at least 60 days), need no sign-in, and are checked in
// constant time.

const CONTEXT = 'draw-alerts/unsubscribe/v1';

function signature(userId: string): Buffer {
  const key = createHmac('sha256', env.AUTH_SECRET).update(CONTEXT).digest();
  return createHmac('sha256', key).update(userId).digest();
}

/** `<userId>.<base64url HMAC>`; the same user always gets the same token. */
export function signUnsubscribeToken(userId: string): string {
  return `${userId}.${signature(userId).toString('base64url')}`;
}

/** The user a token was issued for, or null when it is malformed or its signature is wrong. */
export function verifyUnsubscribeToken(token: string): string | null {
  const dot = token.lastIndexOf('.');
  if (dot <= 0) return null;
  const userId = token.slice(0, dot);
  const given = Buffer.from(token.slice(dot + 1), 'base64url');
  const expected = signature(userId);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return userId;
}

export function unsubscribePageUrl(userId: string): string {
  return new URL(`/unsubscribe?token=${encodeURIComponent(signUnsubscribeToken(userId))}`, env.APP_URL).toString();
}

export function unsubscribePostUrl(userId: string): string {
  return new URL(`/api/unsubscribe?token=${encodeURIComponent(signUnsubscribeToken(userId))}`, env.APP_URL).toString();
}

/** RFC 8058 headers: mail clients show an "Unsubscribe" button that POSTs to the URL. */
export function unsubscribeHeaders(userId: string): Record<string, string> {
  return {
    'List-Unsubscribe': `<${unsubscribePostUrl(userId)}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  };
}

/**
 * Stops every draw alert to the user at once: future fan-outs skip them and queued alerts are not
 * sent (delivery re-checks). Returns the user's email, or null when the user no longer exists.
 */
export function unsubscribeUser(userId: string, now: Date = new Date()): Promise<{ email: string } | null> {
  return markUnsubscribed(userId, now);
}

/** The email of the user a token names, for the confirmation page (null when unknown). */
export function unsubscribeTarget(userId: string): Promise<{ email: string; unsubscribed: boolean } | null> {
  return findUnsubscribeState(userId);
}
