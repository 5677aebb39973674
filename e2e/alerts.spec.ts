import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import pg from 'pg';
import { candidateProfile } from '@/lib/notifications/candidates';
import { addDays, calculateCrs, evaluateRound, reasonText, testExpiresOn, type RoundInput } from '@/lib/rules';
import type { Profile } from '@/lib/schemas/profile';
import { formatIrccDate, formatUtc } from '@/lib/rounds/format';
import { torontoToday } from './fixtures/accounts';

// Draw alerts end to end: five candidates seeded in the app's database, the admin records a STEM
// round dated today through the admin form with round #274's figures, and the app (its worker runs
// inside `next start`) mails exactly the two the rules invite, through the real Resend SDK to the
// local Resend server. Then: one-click unsubscribe from the email, a duplicate recording refused,
// and an edit that sends nothing.

const admin = { email: 'admin@e2e.test', password: 'e2e-admin-password' };
const resendUrl = process.env.LOCAL_RESEND_URL ?? 'http://127.0.0.1:3999';
const baseUrl = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3100';

// Today in Ottawa (the round's date, as the admin would type it) and instants around it.
const today = torontoToday();
const submittedBefore = `${addDays(today, -30)}T10:00:00.000Z`;
const tieBreakAt = `${addDays(today, -20)}T12:00:00.000Z`;
const submittedAfter = `${addDays(today, -10)}T10:00:00.000Z`;
const roundNumber = '4274';
const secondRoundNumber = '4275';
const round: RoundInput = { number: roundNumber, date: today, category: 'stem', cutoff: 481, tieBreakAt };

const run = randomUUID().slice(0, 8);
const candidates = {
  civil: { email: `civil-${run}@alerts.e2e.test`, consent: true, profile: candidateProfile({ asOf: today, noc: '21300', score: 'HIGH', submittedAt: submittedBefore }) },
  electricalBefore: { email: `electrical-before-${run}@alerts.e2e.test`, consent: true, profile: candidateProfile({ asOf: today, noc: '21310', score: 'CUTOFF', submittedAt: submittedBefore }) },
  electricalAfter: { email: `electrical-after-${run}@alerts.e2e.test`, consent: true, profile: candidateProfile({ asOf: today, noc: '21310', score: 'CUTOFF', submittedAt: submittedAfter }) },
  developer: { email: `developer-${run}@alerts.e2e.test`, consent: true, profile: candidateProfile({ asOf: today, noc: '21232', score: 'HIGH', submittedAt: submittedBefore }) },
  noConsent: { email: `no-consent-${run}@alerts.e2e.test`, consent: false, profile: candidateProfile({ asOf: today, noc: '21300', score: 'HIGH', submittedAt: submittedBefore }) },
};
const ourEmails = new Set(Object.values(candidates).map((candidate) => candidate.email));

async function sql<T = Record<string, unknown>>(query: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(query, values)).rows as T[];
  } finally {
    await client.end();
  }
}

/** A verified user with a saved profile, as sign-up, email confirmation and the profile editor leave them. */
async function seedCandidate({ email, consent, profile }: { email: string; consent: boolean; profile: Profile }) {
  const [{ id }] = await sql<{ id: string }>(
    `INSERT INTO "User" (id, email, "emailVerified", "alertConsentAt", "alertStem", "updatedAt")
     VALUES ($1, $2, now(), $3, true, now()) RETURNING id`,
    [randomUUID(), email, consent ? new Date() : null],
  );
  const test = profile.languageTests[0];
  await sql(
    `INSERT INTO "Profile" (id, "userId", data, "dateOfBirth", "nocCodes", "hasNomination", "languageValidTo", "expressEntryAt", "updatedAt")
     VALUES ($1, $2, $3, $4, $5, false, $6, $7, now())`,
    [randomUUID(), id, JSON.stringify(profile), profile.dateOfBirth, [...new Set(profile.workHistory.map((job) => job.noc))], testExpiresOn(test.date), profile.expressEntry?.submittedAt ?? null],
  );
}

type LocalEmail = { id: string; to: string[]; subject: string; html: string; text: string; headers: Record<string, string> };

async function ourMail(): Promise<LocalEmail[]> {
  const response = await fetch(`${resendUrl}/_local/emails`);
  return ((await response.json()) as LocalEmail[]).filter((email) => ourEmails.has(email.to[0]));
}

async function signIn(page: Page) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(admin.email);
  await page.getByLabel('Password').fill(admin.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('signed-in-as')).toHaveText(admin.email);
}

async function fillRound(page: Page, number = roundNumber) {
  await page.goto('/admin/rounds/new');
  await page.getByLabel('Round number').fill(number);
  await page.getByLabel('Date of the round').fill(today);
  await page.getByLabel('Tie-break date and time (UTC)').fill(tieBreakAt.slice(0, 19));
  await page.getByLabel('Category').selectOption('stem');
  await page.getByLabel('CRS cutoff').fill('481');
  await page.getByLabel('Invitations issued').fill('5,900');
}

const words = (text: string) => text.replace(/\s+/g, ' ');

test.describe.configure({ mode: 'serial' });

test.describe('draw alerts', () => {
  // Leave the database as the other specs expect it (they count the STEM rounds and the latest round).
  test.afterAll(async () => {
    await sql('DELETE FROM "Round" WHERE number = ANY($1)', [[roundNumber, secondRoundNumber]]);
    await sql('DELETE FROM "User" WHERE email = ANY($1)', [[...ourEmails]]);
  });

  test('the rules module scores the five candidates as the scenario needs', () => {
    expect(Object.values(candidates).map(({ profile }) => calculateCrs(profile, { asOf: today }).total)).toEqual([496, 481, 481, 496, 496]);
    const verdicts = Object.values(candidates).map(({ profile }) => evaluateRound(profile, round));
    expect(verdicts.map((verdict) => verdict.invited)).toEqual([true, true, false, false, true]);
    expect(verdicts[2].reasons).toEqual(['ROUND_SUBMITTED_AFTER_TIE_BREAK']);
    expect(verdicts[3].reasons).toContain('CATEGORY_NOC_NOT_ON_LIST');
    expect(reasonText('CATEGORY_NOC_NOT_ON_LIST')).toBe('None of your occupations is on the category list in force on that date.');
  });

  test('recording a STEM round today mails exactly the two invited candidates, once each', async ({ page }) => {
    for (const candidate of Object.values(candidates)) await seedCandidate(candidate);
    await signIn(page);
    await fillRound(page);
    await page.getByRole('button', { name: 'Record round' }).click();
    await expect(page).toHaveURL(/\/admin\/rounds\/[^/?]+\?recorded=alerts/);
    const roundPage = page.url().split('?')[0];

    await expect.poll(async () => (await ourMail()).length, { timeout: 45_000 }).toBe(2);
    // Nothing else arrives afterwards (no second send, nobody else).
    await page.waitForTimeout(3000);
    const mail = await ourMail();
    expect(mail.map((email) => email.to[0]).sort()).toEqual([candidates.civil.email, candidates.electricalBefore.email].sort());

    const civil = mail.find((email) => email.to[0] === candidates.civil.email) as LocalEmail;
    expect(civil.subject).toBe(`Round #${roundNumber}: your CRS 496 meets the cutoff of 481`);
    for (const piece of [
      `#${roundNumber} on ${formatIrccDate(today)}`,
      'CRS cutoff: 481',
      'Invitations: 5,900',
      `Tie-break time: ${formatUtc(tieBreakAt)}`,
      `Your CRS on ${formatIrccDate(today)}: 496`,
      'Your CRS of 496 is above the cutoff of 481.',
      'Program: Federal Skilled Worker Program',
      'NOC 21300 Civil engineers, 13 months of qualifying experience',
      `${baseUrl}/dashboard`,
      'the official Express Entry system governs',
      'Draw Alerts, 100 Example Street, Suite 200, Ottawa ON K1A 0A1, Canada',
    ]) {
      expect(words(civil.text)).toContain(piece);
    }
    expect(civil.headers['List-Unsubscribe']).toMatch(new RegExp(`^<${baseUrl}/api/unsubscribe\\?token=[^>]+>$`));
    expect(civil.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');

    const electrical = mail.find((email) => email.to[0] === candidates.electricalBefore.email) as LocalEmail;
    expect(electrical.subject).toBe(`Round #${roundNumber}: your CRS 481 meets the cutoff of 481`);
    expect(words(electrical.text)).toContain(
      `Your CRS of 481 equals the cutoff, and your Express Entry profile was submitted on ${formatUtc(submittedBefore)}, no later than the tie-break time of ${formatUtc(tieBreakAt)}.`,
    );
    expect(words(electrical.text)).toContain('NOC 21310 Electrical and electronics engineers');

    await expect.poll(async () => {
      await page.goto(roundPage);
      return page.getByText(/Emails: \d+ sent/).textContent();
    }).toBe('Emails: 2 sent, 0 pending, 0 failed');
  });

  test('the unsubscribe link works without signing in: opening it changes nothing, the button unsubscribes', async ({ browser, request }) => {
    const [civil] = (await ourMail()).filter((email) => email.to[0] === candidates.civil.email);
    const link = /href="([^"]*\/unsubscribe\?token=[^"]+)"/.exec(civil.html)?.[1].replace(/&amp;/g, '&') as string;
    expect(link.startsWith(`${baseUrl}/unsubscribe?token=`)).toBe(true);
    const unsubscribedAt = async (email: string) => (await sql<{ unsubscribedAt: Date | null }>('SELECT "unsubscribedAt" FROM "User" WHERE email = $1', [email]))[0].unsubscribedAt;

    const visitor = await browser.newContext();
    const page = await visitor.newPage();
    await page.goto(link);
    await expect(page.getByRole('heading', { name: 'Unsubscribe from draw alerts' })).toBeVisible();
    await expect(page.getByText(candidates.civil.email)).toBeVisible();
    expect(await unsubscribedAt(candidates.civil.email)).toBeNull();
    await page.getByRole('button', { name: 'Unsubscribe from draw alerts' }).click();
    await expect(page.getByTestId('unsubscribed')).toContainText(`${candidates.civil.email} will get no more draw alerts`);
    expect(await unsubscribedAt(candidates.civil.email)).not.toBeNull();
    await visitor.close();

    // RFC 8058: the mail client's one-click POST to the List-Unsubscribe URL.
    const [electrical] = (await ourMail()).filter((email) => email.to[0] === candidates.electricalBefore.email);
    const oneClick = /^<(.+)>$/.exec(electrical.headers['List-Unsubscribe'])?.[1] as string;
    expect((await request.get(oneClick, { failOnStatusCode: false })).status()).toBe(405);
    expect(await unsubscribedAt(candidates.electricalBefore.email)).toBeNull();
    const response = await request.post(oneClick, { form: { 'List-Unsubscribe': 'One-Click' } });
    expect(response.status()).toBe(200);
    expect(await unsubscribedAt(candidates.electricalBefore.email)).not.toBeNull();
  });

  test('recording the same round again is refused, and editing it sends nothing', async ({ page }) => {
    // Subscribed again, so an edit that (wrongly) re-notified would show up as new mail.
    await sql('UPDATE "User" SET "unsubscribedAt" = NULL WHERE email = ANY($1)', [[candidates.civil.email, candidates.electricalBefore.email]]);
    await signIn(page);
    await fillRound(page);
    await page.getByRole('button', { name: 'Record round' }).click();
    await expect(page.getByTestId('error-number')).toHaveText(`Round ${roundNumber} is already recorded. Edit that round instead, or check the number.`);

    const [{ id }] = await sql<{ id: string }>('SELECT id FROM "Round" WHERE number = $1', [roundNumber]);
    await page.goto(`/admin/rounds/${id}`);
    await page.getByLabel('CRS cutoff').fill('480');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(async () => (await sql<{ cutoff: number }>('SELECT cutoff FROM "Round" WHERE id = $1', [id]))[0].cutoff).toBe(480);
    await page.waitForTimeout(5000);
    expect((await ourMail()).length).toBe(2);
    expect(await sql('SELECT count(*)::int AS count FROM "Notification" WHERE "roundId" = $1', [id])).toEqual([{ count: 2 }]);
    await page.goto(`/admin/rounds/${id}`);
    await expect(page.getByTestId('alerts-already-sent')).toContainText('went out when it was recorded: 2 alert emails were sent.');
    await expect(page.getByTestId('alerts-already-sent')).toContainText('emails already sent are neither re-sent nor withdrawn');
  });

  test('a refused batch is listed with its reason at /admin/deliveries, and the retry button sends it', async ({ page }) => {
    const before = (await ourMail()).length;
    await fetch(`${resendUrl}/_local/fail`, { method: 'POST', body: JSON.stringify({ status: 422, count: 1 }) });
    await signIn(page);
    await fillRound(page, secondRoundNumber);
    await page.getByRole('button', { name: 'Record round' }).click();
    await expect(page).toHaveURL(/\?recorded=alerts/);

    await expect.poll(async () => {
      await page.goto('/admin/deliveries');
      return page.getByTestId('failed-deliveries').locator('tbody tr').count();
    }, { timeout: 45_000 }).toBe(2);
    const rows = page.getByTestId('failed-deliveries').locator('tbody tr');
    for (const email of [candidates.civil.email, candidates.electricalBefore.email]) {
      await expect(rows.filter({ hasText: email })).toContainText(`#${secondRoundNumber}`);
      await expect(rows.filter({ hasText: email })).toContainText('422: invalid_request: Planned 422 answer');
    }
    expect((await ourMail()).length).toBe(before);

    await page.getByRole('button', { name: 'Retry all' }).click();
    await expect(page.getByTestId('retry-status')).toHaveText('2 alerts re-queued');
    await expect.poll(async () => (await ourMail()).length, { timeout: 45_000 }).toBe(before + 2);
    await page.goto('/admin/deliveries');
    await expect(page.getByTestId('no-failures')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Retry all' })).toHaveCount(0);
  });

  test('the development outbox does not exist outside development', async ({ request }) => {
    expect((await request.get('/dev/mail', { failOnStatusCode: false })).status()).toBe(404);
  });
});
