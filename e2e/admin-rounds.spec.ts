import { expect, test, type APIRequestContext, type Browser, type Page, type Request } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { signUp, uniqueEmail } from './fixtures/accounts';

// The admin side of rounds: every admin page refuses visitors and non-admins, the feed import
// through the page, recording with a preview, editing with its log, and direct POSTs of the
// pages' server actions by a non-admin (which must change nothing).

const admin = { email: 'admin@e2e.test', password: 'e2e-admin-password' };
const userPassword = 'e2e-user-password-1';

async function signIn(page: Page, email: string, password: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('signed-in-as')).toHaveText(email);
}

async function roundCount(): Promise<number> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return Number((await client.query<{ count: string }>('SELECT count(*) FROM "Round"')).rows[0].count);
  } finally {
    await client.end();
  }
}

async function sql(query: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(query, values)).rows;
  } finally {
    await client.end();
  }
}

/** A server action's POST as the browser sent it (captured and not delivered), to send again as someone else. */
type CapturedPost = { url: string; headers: Record<string, string>; body: Buffer };

async function captureActionPost(page: Page, path: string, submit: () => Promise<void>): Promise<CapturedPost> {
  let captured: CapturedPost | undefined;
  await page.route(`**${path}`, async (route, request: Request) => {
    if (request.method() !== 'POST' || !request.headers()['next-action']) return route.continue();
    const headers = Object.fromEntries(Object.entries(request.headers()).filter(([name]) => !['cookie', 'content-length', 'host'].includes(name)));
    captured = { url: request.url(), headers, body: request.postDataBuffer() ?? Buffer.alloc(0) };
    await route.abort();
  });
  await submit();
  await expect.poll(() => captured !== undefined).toBe(true);
  await page.unroute(`**${path}`);
  return captured as CapturedPost;
}

function replay(request: APIRequestContext, post: CapturedPost) {
  return request.fetch(post.url, { method: 'POST', headers: post.headers, data: post.body, maxRedirects: 0, failOnStatusCode: false });
}

async function userPage(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signUp(page, uniqueEmail('rounds-user'), userPassword);
  return page;
}

test.describe('admin rounds', () => {
  test('an anonymous visitor is sent to sign in from every admin page', async ({ page }) => {
    const [{ id }] = await sql('SELECT id FROM "Round" LIMIT 1');
    for (const path of ['/admin', '/admin/rounds/new', '/admin/import', `/admin/rounds/${id}`]) {
      await page.goto(path);
      await expect(page, path).toHaveURL(/\/sign-in/);
    }
  });

  test('a signed-in user who is not an admin gets "not found" on every admin page', async ({ browser }) => {
    const page = await userPage(browser);
    const [{ id }] = await sql('SELECT id FROM "Round" LIMIT 1');
    for (const path of ['/admin', '/admin/rounds/new', '/admin/import', `/admin/rounds/${id}`]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole('heading', { name: 'Admin' })).toHaveCount(0);
    }
  });

  test('the admin imports the official feed: 438 added, then the public STEM table shows #274', async ({ page }) => {
    // The seed imported the feed already; start from no rounds so the upload adds them all.
    await sql('DELETE FROM "Round"');
    await signIn(page, admin.email, admin.password);
    await page.goto('/admin/import');

    await page.getByLabel('Feed file (JSON)').setInputFiles('data/ee_rounds.json');
    await page.getByRole('button', { name: 'Import rounds' }).click();

    await expect(page.getByTestId('import-report')).toContainText('438 rounds read');
    await expect(page.getByTestId('report-added')).toHaveText('438');
    await expect(page.getByTestId('report-changed')).toHaveText('0');
    await expect(page.getByTestId('report-unchanged')).toHaveText('0');
    expect(await roundCount()).toBe(438);

    await page.goto('/rounds');
    const row274 = page.getByTestId('stem-round-274');
    await expect(row274).toContainText('December 8, 2023');
    await expect(row274.getByRole('cell').nth(2)).toHaveText('481');
    await expect(row274.getByRole('cell').nth(3)).toHaveText('5,900');

    await page.goto('/admin/import');
    await page.getByLabel('Feed file (JSON)').setInputFiles('data/ee_rounds.json');
    await page.getByRole('button', { name: 'Import rounds' }).click();
    await expect(page.getByTestId('report-added')).toHaveText('0');
    await expect(page.getByTestId('report-changed')).toHaveText('0');
    await expect(page.getByTestId('report-unchanged')).toHaveText('438');
    await page.goto('/admin');
    // The audience column counts only users an alert would be written to, and says so.
    await expect(page.getByTestId('admin-rounds').getByRole('columnheader', { name: 'Alert audience' })).toBeVisible();
    await expect(page.getByTestId('alert-audience-note')).toContainText('Users without alerts are not counted');
  });

  test('a malformed feed is refused with the problems and nothing is imported', async ({ page }) => {
    await signIn(page, admin.email, admin.password);
    await page.goto('/admin/import');
    const before = await roundCount();

    await page.getByLabel('Feed file (JSON)').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ rounds: [{ drawNumber: '9999' }] })),
    });
    await page.getByRole('button', { name: 'Import rounds' }).click();

    await expect(page.getByTestId('import-refused')).toContainText('broken.json was refused');
    await expect(page.getByTestId('import-refused')).toContainText('rounds[0].drawDate: missing key');
    expect(await roundCount()).toBe(before);
  });

  test('the admin previews, records, is refused a duplicate number, and edits a round with a logged change', async ({ page }) => {
    await signIn(page, admin.email, admin.password);
    await page.goto('/admin/rounds/new');
    await page.getByLabel('Round number').fill('990');
    await page.getByLabel('Date of the round').fill('2025-06-01');
    await page.getByLabel('Tie-break date and time (UTC)').fill('2025-05-20T10:11:12');
    await page.getByLabel('Category').selectOption('trade');
    await page.getByLabel('CRS cutoff').fill('470');
    await page.getByLabel('Invitations issued').fill('1,000');

    await page.getByRole('button', { name: 'Preview' }).click();
    await expect(page.getByTestId('preview-audience')).toContainText('Would be invited: 0 users');
    await expect(page.getByTestId('category-list')).toContainText('Trade occupations: list Version 2 (in force from February 27, 2025 to February 17, 2026), 25 occupations');
    expect(await sql('SELECT 1 FROM "Round" WHERE number = $1', ['990'])).toHaveLength(0);

    await page.getByRole('button', { name: 'Record round' }).click();
    await expect(page.getByTestId('round-recorded')).toContainText('No alerts were scheduled');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Round #990: Trade occupations (Version 2)');
    await expect(page.getByText('May 20, 2025 at 10:11:12 UTC')).toBeVisible();

    await page.getByLabel('CRS cutoff').fill('472');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByTestId('form-saved')).toHaveText('Saved. Changed: cutoff.');
    await expect(page.getByTestId('edit-log')).toContainText('cutoff: 470 → 472');
    await expect(page.getByTestId('edit-log')).toContainText(admin.email);
    await expect(page.getByLabel('Category')).toHaveValue('trade');
    // On a phone the page does not scroll sideways: the edit log stacks.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: 'e2e/artifacts/admin-round-mobile.png', fullPage: true });
    await page.setViewportSize({ width: 1280, height: 720 });
    expect(await sql('SELECT cutoff, category, "alertsScheduled" FROM "Round" WHERE number = $1', ['990'])).toEqual([
      { cutoff: 472, category: 'trade', alertsScheduled: false },
    ]);

    await page.goto('/admin/rounds/new');
    await page.getByLabel('Round number').fill('274');
    await page.getByLabel('Date of the round').fill('2023-12-08');
    await page.getByLabel('Tie-break date and time (UTC)').fill('2023-09-07T09:24:49');
    await page.getByLabel('CRS cutoff').fill('481');
    await page.getByLabel('Invitations issued').fill('5900');
    await page.getByRole('button', { name: 'Record round' }).click();
    await expect(page.getByTestId('error-number')).toHaveText('Round 274 is already recorded. Edit that round instead, or check the number.');
    await expect(page.getByLabel('Round number')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('CRS cutoff')).toHaveValue('481');
  });

  test('POSTing the record, edit and import server actions as a non-admin or anonymously changes nothing', async ({ page, browser, playwright }) => {
    await signIn(page, admin.email, admin.password);
    const [{ id: editedId }] = await sql('SELECT id FROM "Round" WHERE number = $1', ['254']);

    await page.goto('/admin/rounds/new');
    await page.getByLabel('Round number').fill('991');
    await page.getByLabel('Date of the round').fill('2025-06-02');
    await page.getByLabel('Tie-break date and time (UTC)').fill('2025-05-20T10:11:12');
    await page.getByLabel('CRS cutoff').fill('470');
    await page.getByLabel('Invitations issued').fill('1000');
    const record = await captureActionPost(page, '/admin/rounds/new', () => page.getByRole('button', { name: 'Record round' }).click());

    await page.goto(`/admin/rounds/${editedId}`);
    await page.getByLabel('CRS cutoff').fill('1');
    const edit = await captureActionPost(page, `/admin/rounds/${editedId}`, () => page.getByRole('button', { name: 'Save changes' }).click());

    // A one-round feed whose round (#992, a copy of #1 of 2015) is not recorded yet.
    const feed = JSON.parse((await readFile('data/ee_rounds.json', 'utf8')).replace(/^\uFEFF/, '')) as { rounds: Record<string, string>[] };
    const first = feed.rounds.find((round) => round.drawNumber === '1');
    await page.goto('/admin/import');
    await page.getByLabel('Feed file (JSON)').setInputFiles({
      name: 'one-round.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ rounds: [{ ...first, drawNumber: '992' }] })),
    });
    const importing = await captureActionPost(page, '/admin/import', () => page.getByRole('button', { name: 'Import rounds' }).click());

    const user = await userPage(browser);
    const anonymous = await playwright.request.newContext();
    for (const request of [user.request, anonymous]) {
      await replay(request, record);
      await replay(request, edit);
      await replay(request, importing);
    }
    expect(await sql('SELECT 1 FROM "Round" WHERE number = ANY($1)', [['991', '992']])).toHaveLength(0);
    expect(await sql('SELECT cutoff FROM "Round" WHERE id = $1', [editedId])).toEqual([{ cutoff: 486 }]);
    expect(await sql('SELECT count(*)::int AS edits FROM "RoundEdit" WHERE "roundId" = $1', [editedId])).toEqual([{ edits: 0 }]);

    // The same captured requests do work for the admin: the refusals above were about who sent them.
    await replay(page.request, record);
    await replay(page.request, importing);
    expect(await sql('SELECT number FROM "Round" WHERE number = ANY($1) ORDER BY number', [['991', '992']])).toEqual([{ number: '991' }, { number: '992' }]);
    await anonymous.dispose();
  });
});
