import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import pg from 'pg';
import { addDays, calculateCrs } from '@/lib/rules';
import { linkIn, mailTo, signIn, torontoToday, uniqueEmail, type Mail } from './fixtures/accounts';
import { fillProfile } from './fixtures/profile-editor';
import { civilEngineerProfile } from './fixtures/profiles';
import { formatIrccDate } from '@/lib/rounds/format';

// The whole product in one journey, as a candidate and the admin live it: a visitor signs up with
// alert consent, confirms the email from the local Resend mailbox, fills a civil engineer's STEM
// profile in the editor and reads the CRS on the dashboard; the admin records a STEM round dated
// today whose cutoff the candidate meets, the app's worker (inside `next start`) mails them once;
// they unsubscribe from the email without signing in; a second STEM round sends them nothing.
// Every step leaves a full-page screenshot in e2e/artifacts/journey/ (desktop 1280 wide, and
// 390x844 for the dashboard, the rounds page and the alert email).

const artifacts = 'e2e/artifacts/journey';
const admin = { email: 'admin@e2e.test', password: 'e2e-admin-password' };
const password = 'bridges and culverts 2026';
const baseUrl = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3100';
const mobile = { width: 390, height: 844 };
const desktop = { width: 1280, height: 720 };

const today = torontoToday();
const tieBreakAt = `${addDays(today, -1)}T12:00:00`;
const candidate = uniqueEmail('journey-civil');
const crs = calculateCrs(civilEngineerProfile, { asOf: today });
// Fresh round numbers: above every real round and those the other specs record (990, 4274, 4275).
const firstRound = String(6000 + Math.floor(Math.random() * 3000));
const secondRound = String(Number(firstRound) + 1);
const firstCutoff = crs.total - 33;
const secondCutoff = 401;

async function sql<T = Record<string, unknown>>(query: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(query, values)).rows as T[];
  } finally {
    await client.end();
  }
}

async function shot(page: Page, name: string) {
  // From the top, so sticky bars sit where a reader sees them at the end of the page.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${artifacts}/${name}.png`, fullPage: true });
}

async function mobileShot(page: Page, name: string) {
  await page.setViewportSize(mobile);
  await shot(page, name);
  await page.setViewportSize(desktop);
}

const alertsTo = async (email: string): Promise<Mail[]> => (await mailTo(email)).filter((mail) => mail.subject.startsWith('Round #'));
const words = (text: string) => text.replace(/\s+/g, ' ');

/** Records a STEM round dated today through /admin/rounds/new (preview first); returns its admin page. */
async function recordRound(page: Page, number: string, cutoff: number, audience: string, screenshot: string): Promise<string> {
  await page.goto('/admin/rounds/new');
  await page.getByLabel('Round number').fill(number);
  await page.getByLabel('Date of the round').fill(today);
  await page.getByLabel('Tie-break date and time (UTC)').fill(tieBreakAt);
  await page.getByLabel('Category').selectOption('stem');
  await page.getByLabel('CRS cutoff').fill(String(cutoff));
  await page.getByLabel('Invitations issued').fill('3,500');
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByTestId('preview-audience')).toContainText(audience);
  await shot(page, screenshot);
  await page.getByRole('button', { name: 'Record round' }).click();
  await expect(page).toHaveURL(/\/admin\/rounds\/[^/?]+\?recorded=alerts$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`Round #${number}`);
  return page.url().split('?')[0];
}

/** The delivery line of a round's admin page, reloaded until it reads `expected`. */
async function waitForDeliveries(page: Page, roundPage: string, expected: string) {
  await expect.poll(async () => {
    await page.goto(roundPage);
    return page.getByText(/^Emails: \d+ sent/).textContent();
  }, { timeout: 60_000, intervals: [1000, 2000] }).toBe(expected);
}

test.describe.configure({ mode: 'serial' });

test.describe('the journey of a candidate and the admin', () => {
  test.beforeAll(() => mkdirSync(artifacts, { recursive: true }));

  // Other specs count the rounds and read the latest one: leave the database as it was.
  test.afterAll(async () => {
    await sql('DELETE FROM "Round" WHERE number = ANY($1)', [[firstRound, secondRound]]);
    await sql('DELETE FROM "User" WHERE email = $1', [candidate]);
  });

  test('sign up, confirm, profile, a STEM round alert, unsubscribe, and nothing after', async ({ page, browser }) => {
    test.setTimeout(240_000);
    expect(crs.total).toBeGreaterThan(firstCutoff);
    expect(crs.total - 481).toBeGreaterThanOrEqual(30);

    await test.step('1. a visitor opens the home page and signs up with alert consent', async () => {
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Express Entry');
      await shot(page, '01-home');
      await page.getByRole('main').getByRole('link', { name: 'Create a free account' }).click();
      await expect(page).toHaveURL(/\/sign-up$/);
      await page.getByLabel('Email', { exact: true }).fill(candidate);
      await page.getByLabel('Password', { exact: true }).fill(password);
      await page.getByLabel('Email me draw alerts').check();
      await shot(page, '02-sign-up');
      await page.getByRole('button', { name: 'Create account' }).click();
      await expect(page).toHaveURL(/\/dashboard$/);
      await expect(page.getByTestId('signed-in-as')).toHaveText(candidate);
      await expect(page.getByTestId('verify-banner')).toContainText('Check your email');
      await shot(page, '03-dashboard-unconfirmed');
    });

    await test.step('2. confirms the email with the link from the mailbox', async () => {
      let confirmation: Mail | undefined;
      await expect.poll(async () => (confirmation = (await mailTo(candidate)).find((mail) => mail.subject.includes('Confirm your email'))) !== undefined).toBe(true);
      await page.goto(linkIn(confirmation as Mail, '/verify-email'));
      await shot(page, '04-confirm-email');
      await page.getByRole('button', { name: 'Confirm my email' }).click();
      await expect(page.getByTestId('notice')).toHaveText('Your email is confirmed.');
      await expect(page.getByTestId('verify-banner')).toHaveCount(0);
      await expect(page.getByTestId('empty-dashboard')).toBeVisible();
      await shot(page, '05-dashboard-empty');
    });

    await test.step('3. fills a civil engineer profile and reads the CRS and STEM on the dashboard', async () => {
      await page.goto('/profile');
      await fillProfile(page, civilEngineerProfile);
      // A full-page capture draws the sticky save bar where the first screen ends: show it in flow.
      await page.addStyleTag({ content: '.sticky { position: static !important; }' });
      await shot(page, '06-profile-editor');
      await page.getByRole('button', { name: 'Save profile' }).click();
      await expect(page).toHaveURL(/\/dashboard\?saved=1$/);
      await expect(page.getByTestId('crs-total')).toHaveText(String(crs.total));
      await expect(page.getByTestId('crs-core')).toHaveText(String(crs.core));
      await expect(page.getByTestId('crs-transferability')).toHaveText(String(crs.transferability));
      await expect(page.getByTestId('program-fsw')).toContainText('Eligible');
      await expect(page.getByTestId('program-cec')).toContainText('Eligible');
      const stem = page.getByTestId('category-stem');
      await expect(stem).toContainText('You qualify');
      await expect(stem).toContainText('Counting job: 21300 Civil engineers');
      await shot(page, '07-dashboard');
      await mobileShot(page, '07-dashboard-mobile');
      expect(await page.request.get('/profile/export').then((response) => response.json())).toEqual(civilEngineerProfile);
    });

    const adminContext = await browser.newContext({ viewport: desktop });
    const adminPage = await adminContext.newPage();
    let firstRoundPage = '';

    await test.step('4. the admin records a STEM round today under the candidate\'s CRS; one alert is sent', async () => {
      await signIn(adminPage, admin.email, admin.password);
      firstRoundPage = await recordRound(adminPage, firstRound, firstCutoff, 'Would be invited: 1 user;', '08-admin-round-preview');
      await expect(adminPage.getByTestId('round-recorded')).toContainText('Its alert emails are scheduled.');
      await waitForDeliveries(adminPage, firstRoundPage, 'Emails: 1 sent, 0 pending, 0 failed');
      await shot(adminPage, '09-admin-round-sent');
    });

    let alert: Mail | undefined;
    await test.step('5. the alert is in the mailbox: once, with the round, cutoff, CRS and occupation', async () => {
      await expect.poll(async () => (await alertsTo(candidate)).length, { timeout: 30_000 }).toBe(1);
      alert = (await alertsTo(candidate))[0];
      expect(alert.subject).toBe(`Round #${firstRound}: your CRS ${crs.total} meets the cutoff of ${firstCutoff}`);
      for (const piece of [
        `#${firstRound} on ${formatIrccDate(today)}`,
        `CRS cutoff: ${firstCutoff}`,
        `Your CRS on ${formatIrccDate(today)}: ${crs.total}`,
        `Your CRS of ${crs.total} is above the cutoff of ${firstCutoff}.`,
        'NOC 21300 Civil engineers',
        `${baseUrl}/dashboard`,
      ]) {
        expect(words(alert.text)).toContain(piece);
      }
      expect(alert.html).toContain('21300');
      expect(alert.headers['List-Unsubscribe']).toMatch(new RegExp(`^<${baseUrl}/api/unsubscribe\\?token=[^>]+>$`));
      expect(alert.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');

      const viewer = await browser.newContext({ viewport: desktop });
      const emailPage = await viewer.newPage();
      await emailPage.setContent(alert.html);
      await shot(emailPage, '10-alert-email');
      await mobileShot(emailPage, '10-alert-email-mobile');
      await viewer.close();
    });

    await test.step('6. the unsubscribe link works without signing in; settings then show alerts off', async () => {
      const link = /href="([^"]*\/unsubscribe\?token=[^"]+)"/.exec((alert as Mail).html)?.[1].replace(/&amp;/g, '&') as string;
      expect(link.startsWith(`${baseUrl}/unsubscribe?token=`)).toBe(true);
      const visitor = await browser.newContext({ viewport: desktop });
      const visitorPage = await visitor.newPage();
      await visitorPage.goto(link);
      await expect(visitorPage.getByRole('heading', { name: 'Unsubscribe from draw alerts' })).toBeVisible();
      await expect(visitorPage.getByText(candidate)).toBeVisible();
      await shot(visitorPage, '11-unsubscribe');
      await visitorPage.getByRole('button', { name: 'Unsubscribe from draw alerts' }).click();
      await expect(visitorPage.getByTestId('unsubscribed')).toContainText(`${candidate} will get no more draw alerts`);
      await shot(visitorPage, '12-unsubscribed');
      await visitor.close();

      await page.goto('/settings');
      await expect(page.getByTestId('alerts-off')).toContainText('You unsubscribed from draw alerts on');
      for (const choice of ['STEM rounds', 'Other rounds', 'Near misses']) await expect(page.getByLabel(choice)).not.toBeChecked();
      await shot(page, '13-settings-alerts-off');
    });

    await test.step('7. a second STEM round with a low cutoff sends the candidate nothing', async () => {
      const secondRoundPage = await recordRound(adminPage, secondRound, secondCutoff, 'Would be invited: 0 users;', '14-admin-second-round-preview');
      const roundId = secondRoundPage.split('/').at(-1) as string;
      // The fan-out job of the round (pg-boss, in the app's database) has run to completion: every
      // alert this round will ever send has its Notification row by then.
      await expect.poll(async () => (await sql<{ state: string }>(
        `SELECT state FROM pgboss.job WHERE name = 'alerts-fanout' AND data->>'roundId' = $1`, [roundId],
      )).map((job) => job.state), { timeout: 60_000, intervals: [1000, 2000] }).toEqual(['completed']);
      expect(await sql(
        'SELECT count(*)::int AS count FROM "Notification" n JOIN "User" u ON u.id = n."userId" WHERE n."roundId" = $1 AND u.email = $2', [roundId, candidate],
      )).toEqual([{ count: 0 }]);
      await adminPage.goto(secondRoundPage);
      await shot(adminPage, '15-admin-second-round');
      expect((await alertsTo(candidate)).map((mail) => mail.subject)).toEqual([`Round #${firstRound}: your CRS ${crs.total} meets the cutoff of ${firstCutoff}`]);
      expect((await mailTo(candidate)).length).toBe(2);
    });

    await test.step('the public rounds page lists both rounds', async () => {
      await page.goto('/rounds');
      await expect(page.getByText(`#${secondRound}`).first()).toBeVisible();
      await shot(page, '16-rounds');
      await mobileShot(page, '16-rounds-mobile');
      await adminPage.goto('/admin');
      await shot(adminPage, '17-admin');
    });
    await adminContext.close();
  });
});
