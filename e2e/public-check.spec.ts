import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { calculateCrs, evaluate } from '@/lib/rules';
import type { Profile } from '@/lib/schemas/profile';
import { signUp, uniqueEmail } from './fixtures/accounts';

const artifacts = 'e2e/artifacts';
const AS_OF = '2026-11-15';

/** A civil engineer (NOC 21300, on the STEM list in force): master's, IELTS CLB 9, Canadian work since 2023. */
const engineer = {
  version: 1,
  dateOfBirth: '1995-03-14',
  maritalStatus: 'single',
  spouse: null,
  dependentChildren: 0,
  education: [{ level: 'masters', completedOn: '2019-11-30', canadian: false, eca: true }],
  languageTests: [{ test: 'ielts_general', date: '2026-02-21', listening: 8, reading: 7, writing: 7, speaking: 7 }],
  firstOfficialLanguage: 'english',
  workHistory: [
    {
      noc: '21300', title: 'Civil engineer', country: 'CA', start: '2023-04-03', end: null,
      hoursPerWeek: 40, paid: true, selfEmployed: false, fullTimeStudent: false, authorized: true,
    },
  ],
  certificateOfQualification: null,
  jobOffer: null,
  provincialNomination: null,
  siblingInCanada: false,
  relativeInCanada: false,
  proofOfFundsCad: null,
  expressEntry: null,
} satisfies Profile;

async function fillEngineer(page: Page) {
  const p = engineer;
  await page.getByLabel('Date of birth').fill(p.dateOfBirth);
  await page.getByRole('button', { name: 'Add a credential' }).click();
  const credential = page.getByRole('group', { name: 'Credential 1' });
  await credential.getByLabel('Level').selectOption(p.education[0].level);
  await credential.getByLabel('Completed on').fill(p.education[0].completedOn);

  await page.getByRole('button', { name: 'Add a language test' }).click();
  const testRow = page.getByRole('group', { name: 'Test 1' });
  const ielts = p.languageTests[0];
  await testRow.getByLabel('Test', { exact: true }).selectOption(ielts.test);
  await testRow.getByLabel('Test date').fill(ielts.date);
  await testRow.getByLabel('Listening').fill(String(ielts.listening));
  await testRow.getByLabel('Reading').fill(String(ielts.reading));
  await testRow.getByLabel('Writing').fill(String(ielts.writing));
  await testRow.getByLabel('Speaking').fill(String(ielts.speaking));
  await page.getByLabel('First official language').selectOption('english');

  await page.getByRole('button', { name: 'Add a job' }).click();
  const job = page.getByRole('group', { name: 'Job 1' });
  const occupation = job.getByRole('combobox', { name: 'Occupation (NOC 2021)' });
  await occupation.fill('civil engineers');
  await job.getByRole('option', { name: /21300 Civil engineers/ }).click();
  await job.getByLabel('Job title').fill(p.workHistory[0].title);
  await job.getByLabel('Start date').fill(p.workHistory[0].start);
}

test.describe('public check without an account', () => {
  test.beforeAll(() => mkdirSync(artifacts, { recursive: true }));

  test('a visitor fills a STEM profile and sees the CRS the rules compute, then carries it into a new account', async ({ page }) => {
    await page.goto('/check');
    await expect(page.getByTestId('signed-in-as')).toHaveCount(0);
    await page.getByLabel('Evaluate on').fill(AS_OF);
    await fillEngineer(page);
    await page.getByRole('button', { name: 'Check this profile' }).click();

    const results = page.getByTestId('check-results');
    const expected = calculateCrs(engineer, { asOf: AS_OF });
    await expect(results.getByTestId('crs-total')).toHaveText(String(expected.total));
    expect(expected.total).toBe(evaluate(engineer, { asOf: AS_OF }).crs.total);
    await expect(results.getByTestId('crs-core')).toHaveText(String(expected.core));
    await expect(results.getByTestId('crs-transferability')).toHaveText(String(expected.transferability));
    await expect(results.getByTestId('factor-firstLanguage')).toHaveText(String(expected.factors.firstLanguage));
    await expect(results.getByTestId('rules-used')).toContainText(`As of ${AS_OF}`);
    await expect(results.getByTestId('clb-table')).toContainText('English, CLB');
    await expect(results.getByTestId('program-cec')).toContainText('Eligible');
    const stem = results.getByTestId('categories').getByRole('listitem').first();
    await expect(stem).toContainText('STEM');
    await expect(stem).toContainText('You qualify');
    await expect(stem).toContainText('21300 Civil engineers');
    await expect(results.getByTestId('rounds')).toBeVisible();
    const invitation = results.getByRole('link', { name: 'Create an account to save this profile and get alerts' });
    await expect(invitation).toBeVisible();
    await page.screenshot({ path: `${artifacts}/public-check.png`, fullPage: true });

    // Nothing typed is lost, and the checked profile is offered once the visitor has an account.
    await expect(page.getByLabel('Date of birth')).toHaveValue(engineer.dateOfBirth);
    await signUp(page, uniqueEmail('visitor'), 'correct horse battery');
    await page.goto('/profile');
    await page.getByRole('button', { name: 'Use the checked profile' }).click();
    await expect(page.getByLabel('Date of birth')).toHaveValue(engineer.dateOfBirth);
    await expect(page.getByRole('group', { name: 'Job 1' }).getByTestId('noc-info')).toHaveText('TEER 1 · Civil engineers');
  });

  test('an invalid paste lists each problem by its JSON path and keeps the text', async ({ page }) => {
    await page.goto('/check');
    await page.getByRole('button', { name: 'Paste or upload JSON' }).click();
    const textarea = page.getByLabel('Profile JSON');

    await textarea.fill('{ "version": 1,');
    await page.getByRole('button', { name: 'Check this JSON' }).click();
    await expect(page.getByTestId('json-error')).toHaveCount(1);
    await expect(page.getByTestId('json-error')).toContainText('(root): is not valid JSON');

    const broken = { ...engineer, dateOfBirth: undefined, workHistory: [{ ...engineer.workHistory[0], start: '2023-02-30', noc: '2130' }] };
    const text = JSON.stringify(broken, null, 2);
    await textarea.fill(text);
    await page.getByRole('button', { name: 'Check this JSON' }).click();
    await expect(page.getByTestId('json-error')).toHaveText([
      'dateOfBirth: is required',
      'workHistory[0].noc: must be a 5-digit NOC 2021 code, e.g. "21232"',
      'workHistory[0].start: must be a calendar date YYYY-MM-DD',
    ]);
    await expect(textarea).toHaveValue(text);
    await expect(page.getByTestId('check-results')).toHaveCount(0);

    // Fixed, the same paste is evaluated on the server.
    await textarea.fill(JSON.stringify(engineer));
    await page.getByLabel('Evaluate on').fill(AS_OF);
    await page.getByRole('button', { name: 'Check this JSON' }).click();
    await expect(page.getByTestId('json-errors')).toHaveCount(0);
    await expect(page.getByTestId('check-results').getByTestId('crs-total')).toHaveText(String(calculateCrs(engineer, { asOf: AS_OF }).total));
    await expect(page.getByTestId('check-results').getByTestId('categories-need-program')).toHaveCount(0);

    // Two years after the test, the engineer still meets STEM's requirements but no program's.
    const later = '2028-03-01';
    expect(Object.values(evaluate(engineer, { asOf: later }).programs).map((program) => program.eligible)).toEqual([false, false, false]);
    expect(evaluate(engineer, { asOf: later }).categories.stem?.eligible).toBe(true);
    await page.getByLabel('Evaluate on').fill(later);
    await page.getByRole('button', { name: 'Check this JSON' }).click();
    await expect(page.getByTestId('check-results').getByTestId('categories-need-program')).toContainText(
      'A category round invites only candidates eligible for an Express Entry program.',
    );
  });

  test('the public API answers the evaluation, path-named errors, and 405 to GET', async ({ request }) => {
    const ok = await request.post('/api/v1/evaluate', { data: { profile: engineer, asOf: AS_OF } });
    expect(ok.status()).toBe(200);
    expect(ok.headers()['cache-control']).toContain('no-store');
    expect(await ok.json()).toEqual(JSON.parse(JSON.stringify(evaluate(engineer, { asOf: AS_OF }))));

    const bad = await request.post('/api/v1/evaluate', { data: { profile: { ...engineer, workHistory: [{ ...engineer.workHistory[0], start: 'soon' }] } } });
    expect(bad.status()).toBe(400);
    expect(await bad.json()).toEqual({ errors: [{ path: 'profile.workHistory[0].start', message: 'must be a calendar date YYYY-MM-DD' }] });

    expect((await request.get('/api/v1/evaluate')).status()).toBe(405);
  });
});
