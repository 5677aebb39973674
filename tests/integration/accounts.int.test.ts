import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startLocalResend } from '@/scripts/lib/local-resend';
import { developerProfile } from '@/e2e/fixtures/profiles';

// Account server actions and the export route, in this process, against a real database and the
// real Resend SDK talking to the local server. The session is the one thing replaced: `requireUser`
// and `getCurrentUser` return whoever the test says is signed in.
const resend = await startLocalResend({ apiKey: 're_accounts_test' });
process.env.RESEND_API_KEY = 're_accounts_test';
process.env.RESEND_BASE_URL = resend.url;
process.env.APP_URL = 'https://alerts.example.test';

type Signed = { id: string; email: string; role: 'USER'; emailVerified: Date | null; name: string | null };
const session = vi.hoisted(() => ({ user: null as Signed | null }));

const renewed = vi.hoisted(() => ({ versions: [] as number[] }));
vi.mock('@/lib/auth', () => ({
  renewSession: async (version: number) => void renewed.versions.push(version),
  clearSessionCookies: async () => undefined,
  getCurrentUser: async () => session.user,
  requireUser: async () => {
    if (!session.user) throw new Error('NEXT_REDIRECT /sign-in');
    return session.user;
  },
}));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));
vi.mock('next/headers', () => ({ cookies: async () => ({ delete: () => undefined }) }));
vi.mock('next/navigation', () => ({
  redirect: (to: string) => {
    throw new Error(`NEXT_REDIRECT ${to}`);
  },
}));

const { db } = await import('@/lib/db');
const { resetDatabase } = await import('@/tests/integration/database');
const { verifyPassword } = await import('@/lib/passwords');
const { consumeToken } = await import('@/lib/data/tokens');
const { saveProfile } = await import('@/lib/data/profiles');
const { signUp } = await import('@/app/(auth)/sign-up/actions');
const { confirmEmail, resendVerification } = await import('@/app/(auth)/verify-email/actions');
const { resetPassword } = await import('@/app/(auth)/reset-password/actions');
const { saveProfileAction } = await import('@/app/(account)/profile/actions');
const { GET: exportProfile } = await import('@/app/(account)/profile/export/route');
const { changePassword, deleteAccount, saveAlertPreferences } = await import('@/app/(account)/settings/actions');
const { issueToken } = await import('@/lib/data/tokens');

afterAll(() => resend.close());
beforeEach(async () => {
  await resetDatabase();
  resend.reset();
  session.user = null;
  renewed.versions = [];
});

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

const emptySignUp = { ok: false, errors: {}, values: { email: '', password: '', alertConsent: false } };
const emptyForm = { ok: false, errors: {} };

async function signIn(email: string) {
  session.user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, email: true, role: true, emailVerified: true, name: true } }) as Signed;
  return session.user;
}

async function createAccount(email: string, password = 'correct horse battery', consent = false) {
  const state = await signUp(emptySignUp, form({ email, password, ...(consent ? { alertConsent: 'on' } : {}) }));
  expect(state.ok).toBe(true);
  return signIn(email.trim().toLowerCase());
}

function tokenIn(text: string, path: string): string {
  const link = text.match(new RegExp(`https://alerts\\.example\\.test${path}\\?token=[\\w-]+`))?.[0];
  if (!link) throw new Error(`no ${path} link in ${text}`);
  return new URL(link).searchParams.get('token') as string;
}

describe('signUp', () => {
  it('creates the account with a normalized email and an argon2id hash, without consent when the box is left unticked', async () => {
    const state = await signUp(emptySignUp, form({ email: '  Ana.Silva@Example.TEST ', password: 'correct horse battery' }));
    expect(state).toMatchObject({ ok: true, errors: {} });
    const user = await db.user.findUniqueOrThrow({ where: { email: 'ana.silva@example.test' }, omit: { passwordHash: false } });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(user.passwordHash as string, 'correct horse battery')).toBe(true);
    expect(user.alertConsentAt).toBeNull();
    expect(user.emailVerified).toBeNull();
  });

  it('records the consent time when the box is ticked', async () => {
    const before = Date.now();
    await signUp(emptySignUp, form({ email: 'ana@example.test', password: 'correct horse battery', alertConsent: 'on' }));
    const after = Date.now();
    const { alertConsentAt } = await db.user.findUniqueOrThrow({ where: { email: 'ana@example.test' } });
    expect(alertConsentAt?.getTime()).toBeGreaterThanOrEqual(before);
    expect(alertConsentAt?.getTime()).toBeLessThanOrEqual(after);
  });

  it('mails a verification link whose token confirms the email once', async () => {
    await signUp(emptySignUp, form({ email: 'ana@example.test', password: 'correct horse battery' }));
    const [mail] = resend.emails();
    expect(mail.to).toEqual(['ana@example.test']);
    expect(mail.subject).toBe('Confirm your email for Draw Alerts');
    expect(mail.text).toContain('Draw Alerts, 100 Example Street');
    const token = tokenIn(mail.text, '/verify-email');
    await expect(confirmEmail({ error: null }, form({ token }))).rejects.toThrow('NEXT_REDIRECT /sign-in?verified=1');
    expect((await db.user.findUniqueOrThrow({ where: { email: 'ana@example.test' } })).emailVerified).toBeInstanceOf(Date);
    expect(await confirmEmail({ error: null }, form({ token }))).toEqual({ error: expect.stringContaining('not valid any more') });
  });

  it.each([
    [{ email: 'not-an-email', password: 'correct horse battery' }, { email: 'Enter an email address like name@example.com.' }],
    [{ email: 'ana@example.test', password: 'short' }, { password: 'Use at least 10 characters.' }],
    [{ email: '', password: '' }, { email: 'Enter your email address.', password: 'Use at least 10 characters.' }],
  ])('refuses %j with field errors, echoing what was typed', async (fields, errors) => {
    const state = await signUp(emptySignUp, form(fields));
    expect(state).toEqual({ ok: false, errors, values: { ...fields, alertConsent: false } });
    expect(await db.user.count()).toBe(0);
  });

  it('refuses a second account for the same email, however it is typed', async () => {
    await createAccount('ana@example.test');
    const state = await signUp(emptySignUp, form({ email: 'ANA@example.test', password: 'another long password' }));
    expect(state.errors.email).toContain('already exists');
    expect(await db.user.count()).toBe(1);
  });
});

describe('resendVerification', () => {
  it('sends a new link to the signed-in, unverified user; the earlier link stops working', async () => {
    await createAccount('ana@example.test');
    expect(await resendVerification()).toEqual({ sent: true });
    const [first, second] = resend.emails().map((mail) => tokenIn(mail.text, '/verify-email'));
    expect(second).not.toBe(first);
    expect(await confirmEmail({ error: null }, form({ token: first }))).toEqual({ error: expect.stringContaining('not valid any more') });
    await expect(confirmEmail({ error: null }, form({ token: second }))).rejects.toThrow('NEXT_REDIRECT /dashboard?verified=1');
  });

  it('sends nothing once the email is verified', async () => {
    const ana = await createAccount('ana@example.test');
    session.user = { ...ana, emailVerified: new Date() };
    resend.reset();
    expect(await resendVerification()).toEqual({ sent: false });
    expect(resend.emails()).toEqual([]);
  });
});

describe('resetPassword', () => {
  it('sets the new password with a valid link, once', async () => {
    await createAccount('ana@example.test');
    const token = await issueToken('reset', 'ana@example.test', new Date());
    await expect(resetPassword({ errors: {} }, form({ token, password: 'a brand new password' }))).rejects.toThrow('NEXT_REDIRECT /sign-in?reset=1');
    const user = await db.user.findUniqueOrThrow({ where: { email: 'ana@example.test' }, omit: { passwordHash: false } });
    expect(await verifyPassword(user.passwordHash as string, 'a brand new password')).toBe(true);
    expect(user.sessionVersion).toBe(1);
    expect(await resetPassword({ errors: {} }, form({ token, password: 'yet another password' }))).toEqual({ errors: { token: expect.stringContaining('not valid any more') } });
  });

  it('keeps the token when the new password is refused', async () => {
    await createAccount('ana@example.test');
    const token = await issueToken('reset', 'ana@example.test', new Date());
    expect(await resetPassword({ errors: {} }, form({ token, password: 'short' }))).toEqual({ errors: { password: 'Use at least 10 characters.' } });
    expect(await consumeToken('reset', token, new Date())).toBe('ana@example.test');
  });
});

describe('saveProfileAction', () => {
  it("saves the signed-in user's profile, never another user's named in the data", async () => {
    const ben = await createAccount('ben@example.test');
    const bensProfile = { ...developerProfile, dateOfBirth: '1980-01-01' };
    await saveProfile(ben.id, bensProfile);
    const ana = await createAccount('ana@example.test');

    expect(await saveProfileAction({ ...developerProfile, userId: ben.id, id: ben.id })).toEqual({ ok: true });
    expect((await db.profile.findUniqueOrThrow({ where: { userId: ben.id } })).data).toEqual(bensProfile);
    expect((await db.profile.findUniqueOrThrow({ where: { userId: ana.id } })).data).toEqual(developerProfile);
  });

  it('returns every problem with its path and saves nothing', async () => {
    await createAccount('ana@example.test');
    const result = await saveProfileAction({ ...developerProfile, dateOfBirth: '1994-02-30', dependentChildren: -1 });
    expect(result).toEqual({
      ok: false,
      issues: [
        { path: 'dateOfBirth', message: 'must be a calendar date YYYY-MM-DD' },
        { path: 'dependentChildren', message: 'must be a whole number from 0 to 30' },
      ],
    });
    expect(await db.profile.count()).toBe(0);
  });

  it('refuses a visitor who is not signed in', async () => {
    await expect(saveProfileAction(developerProfile)).rejects.toThrow('NEXT_REDIRECT /sign-in');
    expect(await db.profile.count()).toBe(0);
  });
});

describe('GET /profile/export', () => {
  it("downloads the signed-in user's profile and nobody else's", async () => {
    const ana = await createAccount('ana@example.test');
    await saveProfile(ana.id, developerProfile);
    const response = await exportProfile();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="draw-alerts-profile.json"');
    expect(await response.json()).toEqual(developerProfile);

    await createAccount('ben@example.test');
    const bens = await exportProfile();
    expect(bens.status).toBe(404);
    expect(await bens.text()).not.toContain(developerProfile.dateOfBirth);
  });

  it('answers 401 without a session', async () => {
    expect((await exportProfile()).status).toBe(401);
  });
});

describe('saveAlertPreferences', () => {
  it('records consent given in settings with its time, and keeps it when every alert is turned off', async () => {
    const ana = await createAccount('ana@example.test');
    expect(await saveAlertPreferences(emptyForm, form({ consent: 'on', stem: 'on', nearMiss: 'on' }))).toEqual({ ok: true, errors: {} });
    const consented = await db.user.findUniqueOrThrow({ where: { id: ana.id } });
    expect([consented.alertStem, consented.alertOther, consented.alertNearMiss]).toEqual([true, false, true]);
    expect(consented.alertConsentAt).toBeInstanceOf(Date);

    await saveAlertPreferences(emptyForm, form({ consent: 'on' }));
    const off = await db.user.findUniqueOrThrow({ where: { id: ana.id } });
    expect([off.alertStem, off.alertOther, off.alertNearMiss]).toEqual([false, false, false]);
    expect(off.alertConsentAt).toEqual(consented.alertConsentAt);
  });

  it('records no consent when the consent box is left unticked', async () => {
    const ana = await createAccount('ana@example.test');
    await saveAlertPreferences(emptyForm, form({ stem: 'on' }));
    expect((await db.user.findUniqueOrThrow({ where: { id: ana.id } })).alertConsentAt).toBeNull();
  });
});

describe('changePassword', () => {
  it('asks for the current password before setting a new one', async () => {
    const ana = await createAccount('ana@example.test');
    expect(await changePassword(emptyForm, form({ currentPassword: 'wrong password!', newPassword: 'a brand new password' }))).toEqual({
      ok: false,
      errors: { currentPassword: 'This is not your current password.' },
    });
    expect(await changePassword(emptyForm, form({ currentPassword: 'correct horse battery', newPassword: 'a brand new password' }))).toEqual({ ok: true, errors: {} });
    const user = await db.user.findUniqueOrThrow({ where: { id: ana.id }, omit: { passwordHash: false } });
    expect(await verifyPassword(user.passwordHash as string, 'a brand new password')).toBe(true);
    // Older sessions end; this browser's session is issued again under the new version.
    expect(user.sessionVersion).toBe(1);
    expect(renewed.versions).toEqual([1]);
  });
});

describe('deleteAccount', () => {
  it('refuses a wrong password and deletes nothing', async () => {
    await createAccount('ana@example.test');
    expect(await deleteAccount(emptyForm, form({ password: 'wrong password!' }))).toEqual({ ok: false, errors: { password: 'This is not your password.' } });
    expect(await db.user.count()).toBe(1);
  });

  it('removes the user and every personal row, and leaves other users alone', async () => {
    const ben = await createAccount('ben@example.test');
    await saveProfile(ben.id, developerProfile);
    const ana = await createAccount('ana@example.test', 'correct horse battery', true);
    await saveProfile(ana.id, developerProfile);
    await issueToken('reset', 'ana@example.test', new Date());
    await db.authThrottle.create({ data: { key: 'email:ana@example.test', failures: 2, firstFailureAt: new Date() } });
    const round = await db.round.create({ data: { number: '999', date: new Date('2026-12-01T00:00:00Z'), name: 'Test round', cutoff: 500, invitations: 10 } });
    await db.notification.createMany({ data: [ana, ben].map((user) => ({ roundId: round.id, userId: user.id, kind: 'INVITED' as const, crs: 509, detail: {} })) });
    await db.session.create({ data: { sessionToken: 'session-ana', userId: ana.id, expires: new Date('2027-01-01T00:00:00Z') } });

    await expect(deleteAccount(emptyForm, form({ password: 'correct horse battery' }))).rejects.toThrow('NEXT_REDIRECT /?deleted=1');

    const left = {
      users: await db.user.findMany({ select: { email: true } }),
      profiles: await db.profile.findMany({ select: { userId: true } }),
      notifications: await db.notification.findMany({ select: { userId: true } }),
      sessions: await db.session.count(),
      tokens: await db.verificationToken.findMany({ select: { identifier: true } }),
      throttles: await db.authThrottle.count(),
    };
    expect(left).toEqual({
      users: [{ email: 'ben@example.test' }],
      profiles: [{ userId: ben.id }],
      notifications: [{ userId: ben.id }],
      sessions: 0,
      tokens: [{ identifier: 'verify:ben@example.test' }],
      throttles: 0,
    });
  });
});
