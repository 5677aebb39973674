import { createHash } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { resetDatabase } from '@/tests/integration/database';
import { consumeToken, hashToken, issueToken, TOKEN_LIFETIME_MS } from './tokens';

const NOW = new Date('2026-12-03T15:00:00.000Z');
const later = (ms: number) => new Date(NOW.getTime() + ms);

beforeEach(resetDatabase);

describe('issueToken', () => {
  it('returns 32 random bytes as base64url and stores only their SHA-256, with its purpose, email and expiry', async () => {
    const token = await issueToken('verify', 'ana@example.test', NOW);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    const rows = await db.verificationToken.findMany();
    expect(rows).toEqual([
      {
        identifier: 'verify:ana@example.test',
        token: createHash('sha256').update(token).digest('hex'),
        expires: new Date('2026-12-04T15:00:00.000Z'),
      },
    ]);
  });

  it.each([
    ['verify', '2026-12-04T15:00:00.000Z'],
    ['reset', '2026-12-03T16:00:00.000Z'],
  ] as const)('a %s token expires at %s', async (purpose, expires) => {
    await issueToken(purpose, 'ana@example.test', NOW);
    expect((await db.verificationToken.findFirstOrThrow()).expires.toISOString()).toBe(expires);
  });

  it('makes earlier tokens of the same purpose and email stop working', async () => {
    const first = await issueToken('reset', 'ana@example.test', NOW);
    const second = await issueToken('reset', 'ana@example.test', NOW);
    expect(await consumeToken('reset', first, NOW)).toBeNull();
    expect(await consumeToken('reset', second, NOW)).toBe('ana@example.test');
  });
});

describe('consumeToken', () => {
  it('gives the email once: a second use is refused', async () => {
    const token = await issueToken('verify', 'ana@example.test', NOW);
    expect(await consumeToken('verify', token, later(1000))).toBe('ana@example.test');
    expect(await consumeToken('verify', token, later(2000))).toBeNull();
    expect(await db.verificationToken.count()).toBe(0);
  });

  it.each([
    ['verify', TOKEN_LIFETIME_MS.verify - 1, 'ana@example.test'],
    ['verify', TOKEN_LIFETIME_MS.verify, null],
    ['reset', TOKEN_LIFETIME_MS.reset - 1, 'ana@example.test'],
    ['reset', TOKEN_LIFETIME_MS.reset, null],
  ] as const)('a %s token used %i ms after issue gives %s', async (purpose, age, expected) => {
    const token = await issueToken(purpose, 'ana@example.test', NOW);
    expect(await consumeToken(purpose, token, later(age))).toBe(expected);
  });

  it('refuses a token of the other purpose, and leaves it usable for its own', async () => {
    const token = await issueToken('verify', 'ana@example.test', NOW);
    expect(await consumeToken('reset', token, NOW)).toBeNull();
    expect(await consumeToken('verify', token, NOW)).toBe('ana@example.test');
  });

  it('refuses an unknown token', async () => {
    await issueToken('verify', 'ana@example.test', NOW);
    expect(await consumeToken('verify', 'x'.repeat(43), NOW)).toBeNull();
  });

  it('lets only one of two simultaneous uses succeed', async () => {
    const token = await issueToken('reset', 'ana@example.test', NOW);
    const results = await Promise.all([consumeToken('reset', token, NOW), consumeToken('reset', token, NOW)]);
    expect(results.filter((email) => email !== null)).toEqual(['ana@example.test']);
  });
});

describe('hashToken', () => {
  it('is the hex SHA-256 of the token', () => {
    expect(hashToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
