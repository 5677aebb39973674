import { createHmac } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { confirmUnsubscribe } from '@/app/(public)/unsubscribe/actions';
import { POST } from '@/app/api/unsubscribe/route';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { resetDatabase } from '@/tests/integration/database';
import { signUnsubscribeToken, unsubscribeHeaders, verifyUnsubscribeToken } from './unsubscribe';

let userId = '';
let otherId = '';

beforeEach(async () => {
  await resetDatabase();
  const consent = { alertConsentAt: new Date('2026-11-01T00:00:00Z'), emailVerified: new Date('2026-11-01T00:00:00Z') };
  userId = (await db.user.create({ data: { email: 'reader@example.test', ...consent } })).id;
  otherId = (await db.user.create({ data: { email: 'other@example.test', ...consent } })).id;
});

const unsubscribedAt = async (id: string) => (await db.user.findUniqueOrThrow({ where: { id } })).unsubscribedAt;

function post(token: string, body: string, contentType = 'application/x-www-form-urlencoded') {
  return POST(new Request(`${env.APP_URL}/api/unsubscribe?token=${encodeURIComponent(token)}`, { method: 'POST', headers: { 'content-type': contentType }, body }));
}

describe('verifyUnsubscribeToken', () => {
  it('accepts the token signed for a user, always the same one (it never expires)', () => {
    const token = signUnsubscribeToken(userId);
    expect(signUnsubscribeToken(userId)).toBe(token);
    expect(verifyUnsubscribeToken(token)).toBe(userId);
  });

  it.each([
    ['a changed signature', (token: string) => `${token.slice(0, -2)}xx`],
    ['another user id with this signature', (token: string) => `${otherId}${token.slice(token.indexOf('.'))}`],
    ['no signature', () => userId],
    ['an empty token', () => ''],
    ['an HMAC of the id with AUTH_SECRET itself (no context string)', () => `${userId}.${createHmac('sha256', env.AUTH_SECRET).update(userId).digest('base64url')}`],
  ])('refuses %s', (_name, forge) => {
    expect(verifyUnsubscribeToken(forge(signUnsubscribeToken(userId)))).toBeNull();
  });
});

describe('unsubscribeHeaders', () => {
  it('gives the RFC 8058 one-click headers pointing at the POST endpoint', () => {
    expect(unsubscribeHeaders(userId)).toEqual({
      'List-Unsubscribe': `<${env.APP_URL.replace(/\/$/, '')}/api/unsubscribe?token=${encodeURIComponent(signUnsubscribeToken(userId))}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
  });
});

describe('POST /api/unsubscribe', () => {
  it.each([
    ['form-encoded', 'List-Unsubscribe=One-Click', 'application/x-www-form-urlencoded'],
    ['multipart', '--b\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--b--\r\n', 'multipart/form-data; boundary=b'],
  ])('unsubscribes at once with a valid token and a one-click body (%s)', async (_name, body, contentType) => {
    const response = await post(signUnsubscribeToken(userId), body, contentType);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ unsubscribed: true });
    expect(await unsubscribedAt(userId)).not.toBeNull();
    expect(await unsubscribedAt(otherId)).toBeNull();
  });

  it.each([
    ['a forged token', () => `${userId}.AAAA`, 'List-Unsubscribe=One-Click', 'INVALID_TOKEN'],
    ['no one-click body', () => signUnsubscribeToken(userId), '', 'ONE_CLICK_BODY_REQUIRED'],
  ])('refuses %s and changes nothing', async (_name, token, body, error) => {
    const response = await post(token(), body);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error });
    expect(await unsubscribedAt(userId)).toBeNull();
  });
});

describe('confirmUnsubscribe (the page button)', () => {
  it.each([
    ['a valid token', () => signUnsubscribeToken(userId), { status: 'done' }, true],
    ['a forged token', () => `${userId}.AAAA`, { status: 'invalid' }, false],
  ] as const)('with %s', async (_name, token, expected, unsubscribed) => {
    const form = new FormData();
    form.set('token', token());
    expect(await confirmUnsubscribe({ status: 'idle' }, form)).toEqual(expected);
    expect((await unsubscribedAt(userId)) !== null).toBe(unsubscribed);
  });
});
