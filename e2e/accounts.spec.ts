import { mkdirSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { nextCostlyBirthday } from '@/app/(account)/dashboard/reminders';
import { calculateCrs, evaluate } from '@/lib/rules';
import { latestMail, linkIn, signUp, torontoToday, uniqueEmail } from './fixtures/accounts';
import { DEVELOPER_CRS_ON_2026_12_03, couplesProfile, developerProfile } from './fixtures/profiles';

const password = 'correct horse battery';
const artifacts = 'e2e/artifacts';

async function fillJob(row: Locator, job: (typeof developerProfile)['workHistory'][number], useSearch: boolean) {
  const occupation = row.getByRole('combobox', { name: 'Occupation (NOC 2021)' });
  if (useSearch) {
    await occupation.fill('software developers');
    await row.getByRole('option', { name: /21232 Software developers and programmers/ }).click();
  } else {
    await occupation.fill(job.noc);
    await occupation.press('Escape');
  }
  await expect(row.getByTestId('noc-info')).toHaveText('TEER 1 · Software developers and programmers');
  await row.getByLabel('Job title').fill(job.title);
  await row.getByLabel('Country').fill(job.country);
  await row.getByLabel('Paid hours per week').fill(String(job.hoursPerWeek));
  await row.getByLabel('Start date').fill(job.start);
  if (job.end) await row.getByLabel('End date').fill(job.end);
}

/** Fills the editor with developerProfile, field by field, as a person would. */
async function fillDeveloperProfile(page: Page) {
  const p = developerProfile;
  await page.getByLabel('Date of birth').fill(p.dateOfBirth);
  await page.getByLabel('Dependent children').fill(String(p.dependentChildren));

  await page.getByRole('button', { name: 'Add a credential' }).click();
  const credential = page.getByRole('group', { name: 'Credential 1' });
  await credential.getByLabel('Level').selectOption(p.education[0].level);
  await credential.getByLabel('Completed on').fill(p.education[0].completedOn);
  await credential.getByLabel('Has an Educational Credential Assessment (ECA)').check();

  await page.getByRole('button', { name: 'Add a language test' }).click();
  const testRow = page.getByRole('group', { name: 'Test 1' });
  const ielts = p.languageTests[0];
  await testRow.getByLabel('Test', { exact: true }).selectOption(ielts.test);
  await testRow.getByLabel('Test date').fill(ielts.date);
  await testRow.getByLabel('Listening').fill(String(ielts.listening));
  await testRow.getByLabel('Reading').fill(String(ielts.reading));
  await testRow.getByLabel('Writing').fill(String(ielts.writing));
  await testRow.getByLabel('Speaking').fill(String(ielts.speaking));
  // The live conversion beside each score (IELTS 8 / 7 / 7 / 6.5 -> CLB 9 / 9 / 9 / 8).
  await expect(testRow.getByTestId('level-languageTests[0].listening')).toHaveText('→ CLB 9');
  await expect(testRow.getByTestId('level-languageTests[0].speaking')).toHaveText('→ CLB 8');
  await page.getByLabel('First official language').selectOption('english');

  await page.getByRole('button', { name: 'Add a job' }).click();
  await fillJob(page.getByRole('group', { name: 'Job 1' }), p.workHistory[0], true);
  await page.getByRole('button', { name: 'Add a job' }).click();
  await fillJob(page.getByRole('group', { name: 'Job 2' }), p.workHistory[1], false);

  await page.getByLabel('Settlement funds (CAD)').fill(p.proofOfFundsCad.toLocaleString('en-CA')); // "25,000", as people write it
  await page.getByLabel('Express Entry profile submitted (UTC)').fill(p.expressEntry.submittedAt.slice(0, 16));
}

test.describe('accounts, profile editor and dashboard', () => {
  test.beforeAll(() => mkdirSync(artifacts, { recursive: true }));

  test('sign up, verify by email, fill the profile: the dashboard shows the CRS the rules compute', async ({ page }) => {
    const email = uniqueEmail('ana');
    // Typed with capitals and spaces: the account is stored normalized.
    await signUp(page, `  ${email.toUpperCase()} `, password, { consent: true });
    await expect(page.getByTestId('signed-in-as')).toHaveText(email);
    await expect(page.getByTestId('verify-banner')).toContainText('Check your email');

    const mail = await latestMail(email, 'Confirm your email');
    await page.goto(linkIn(mail, '/verify-email'));
    await page.getByRole('button', { name: 'Confirm my email' }).click();
    await expect(page.getByTestId('notice')).toHaveText('Your email is confirmed.');
    await expect(page.getByTestId('verify-banner')).toHaveCount(0);
    await expect(page.getByTestId('empty-dashboard')).toBeVisible();

    await page.goto('/profile');
    await fillDeveloperProfile(page);
    await page.screenshot({ path: `${artifacts}/profile-editor.png`, fullPage: true });
    await page.getByRole('button', { name: 'Save profile' }).click();

    await expect(page).toHaveURL(/\/dashboard\?saved=1$/);
    const expected = calculateCrs(developerProfile, { asOf: torontoToday() });
    await expect(page.getByTestId('crs-total')).toHaveText(String(expected.total));
    await expect(page.getByTestId('crs-core')).toHaveText(String(expected.core));
    await expect(page.getByTestId('crs-transferability')).toHaveText(String(expected.transferability));
    await expect(page.getByTestId('factor-age')).toHaveText(String(expected.factors.age));
    // The hand-checked figure for the project's reference date.
    expect(calculateCrs(developerProfile, { asOf: '2026-12-03' }).total).toBe(DEVELOPER_CRS_ON_2026_12_03);
    await expect(page.getByTestId('rules-used')).toContainText(`As of ${torontoToday()}`);
    await expect(page.getByTestId('disclaimer')).toContainText("IRCC's own Express Entry system governs");
    const fsw = evaluate(developerProfile, { asOf: torontoToday() }).programs.fsw;
    await expect(page.getByTestId('program-fsw')).toContainText(
      `Selection grid: ${fsw.points} / 100 (pass mark 67). Experience scored: ${fsw.experienceYears} years of continuous work in 21232 Software developers and programmers.`,
    );
    const birthday = nextCostlyBirthday(developerProfile, torontoToday());
    if (birthday) await expect(page.getByTestId('reminders')).toContainText(`${birthday.date}, your age points drop from ${birthday.from} to ${birthday.to}`);
    await expect(page.getByTestId('reminders')).toContainText('Your Express Entry profile expires on 2027-03-02');
    await expect(page.getByTestId('categories').getByRole('listitem').first()).toContainText('STEM');
    await page.screenshot({ path: `${artifacts}/dashboard.png`, fullPage: true });

    // The export is exactly the profile entered, in the interchange format.
    const exported = await page.request.get('/profile/export');
    expect(exported.status()).toBe(200);
    expect(await exported.json()).toEqual(developerProfile);
  });

  test('invalid input shows each error next to its field and keeps what was typed', async ({ page }) => {
    await signUp(page, uniqueEmail('ben'), password);
    await page.goto('/profile');
    await page.getByRole('button', { name: 'Add a language test' }).click();
    const testRow = page.getByRole('group', { name: 'Test 1' });
    await testRow.getByLabel('Test', { exact: true }).selectOption('ielts_general');
    await testRow.getByLabel('Test date').fill('2025-09-20');
    await testRow.getByLabel('Listening').fill('9.7');
    await page.getByRole('button', { name: 'Add a job' }).click();
    const job = page.getByRole('group', { name: 'Job 1' });
    await job.getByLabel('Paid hours per week').fill('200');
    await job.getByLabel('Start date').fill('2024-05-01');
    await job.getByLabel('End date').fill('2023-05-01');
    await page.getByRole('button', { name: 'Save profile' }).click();

    await expect(page.getByTestId('form-error')).toContainText('need attention');
    await expect(page.getByTestId('error-dateOfBirth')).toHaveText('is required');
    await expect(page.getByTestId('error-languageTests[0].listening')).toHaveText('must be an IELTS band from 0 to 9 in steps of 0.5');
    await expect(page.getByTestId('error-workHistory[0].hoursPerWeek')).toHaveText('must be a number of paid hours per week from 1 to 168');
    await expect(page.getByTestId('error-workHistory[0].end')).toHaveText('must be on or after start');
    await expect(page.getByTestId('error-workHistory[0].noc')).toBeVisible();
    await expect(testRow.getByLabel('Listening')).toHaveAttribute('aria-invalid', 'true');
    await expect(testRow.getByLabel('Listening')).toHaveValue('9.7');
    await expect(testRow.getByTestId('level-languageTests[0].listening')).toHaveText('');
    await expect(job.getByLabel('Paid hours per week')).toHaveValue('200');
    await expect(page).toHaveURL(/\/profile$/);

    // Fixing a field clears its message as you type.
    await testRow.getByLabel('Listening').fill('8.5');
    await expect(page.getByTestId('error-languageTests[0].listening')).toHaveCount(0);
    await expect(testRow.getByTestId('level-languageTests[0].listening')).toHaveText('→ CLB 10');
  });

  test("a second user sees none of the first user's data, and the export route gives them nothing", async ({ page, browser }) => {
    const first = uniqueEmail('cleo');
    await signUp(page, first, password);
    await page.goto('/profile');
    await fillDeveloperProfile(page);
    await page.getByRole('button', { name: 'Save profile' }).click();
    await expect(page).toHaveURL(/\/dashboard\?saved=1$/);

    const other = await browser.newContext();
    const otherPage = await other.newPage();
    await signUp(otherPage, uniqueEmail('dev'), password);
    await expect(otherPage.getByTestId('empty-dashboard')).toBeVisible();
    await otherPage.goto('/profile');
    await expect(otherPage.getByLabel('Date of birth')).toHaveValue('');
    const theirs = await otherPage.request.get('/profile/export');
    expect(theirs.status()).toBe(404);
    expect(await theirs.text()).not.toContain(developerProfile.dateOfBirth);
    await other.close();

    const anonymous = await browser.newContext();
    const response = await anonymous.request.get('/profile/export');
    expect(response.status()).toBe(401);
    expect(await response.text()).not.toContain(developerProfile.dateOfBirth);
    await anonymous.close();
  });

  test('forgot password: the same answer for any email, and the emailed link sets a new password once', async ({ page }) => {
    const email = uniqueEmail('eva');
    await signUp(page, email, password);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();

    const answer = 'If an account exists for that email, we have sent a link to reset its password. It works once, for 1 hour.';
    await page.goto('/forgot-password');
    await page.getByLabel('Email').fill(uniqueEmail('nobody'));
    await page.getByRole('button', { name: 'Email me a reset link' }).click();
    await expect(page.getByTestId('form-success')).toHaveText(answer);
    await page.goto('/forgot-password');
    await page.getByLabel('Email').fill(email.toUpperCase());
    await page.getByRole('button', { name: 'Email me a reset link' }).click();
    await expect(page.getByTestId('form-success')).toHaveText(answer);

    const link = linkIn(await latestMail(email, 'Reset your Draw Alerts password'), '/reset-password');
    await page.goto(link);
    await page.getByLabel('New password').fill('a brand new passphrase');
    await page.getByRole('button', { name: 'Save new password' }).click();
    await expect(page.getByTestId('notice')).toHaveText('Your password was changed. Sign in with the new one.');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('a brand new passphrase');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByTestId('signed-in-as')).toHaveText(email);

    await page.goto(link);
    await page.getByLabel('New password').fill('yet another passphrase');
    await page.getByRole('button', { name: 'Save new password' }).click();
    await expect(page.getByTestId('form-error')).toContainText('This reset link is not valid any more');
  });

  test('settings: alert consent and choices, change password, delete the account', async ({ page }) => {
    const email = uniqueEmail('finn');
    await signUp(page, email, password);
    await page.goto('/settings');
    await page.getByLabel('Yes, email me draw alerts').check();
    await page.getByLabel('Near misses').check();
    await page.getByRole('button', { name: 'Save alert preferences' }).click();
    await expect(page.getByTestId('alerts-saved')).toBeVisible();
    await page.reload();
    await expect(page.getByTestId('consent-record')).toContainText('You agreed to receive draw alert emails on');
    await expect(page.getByLabel('STEM rounds')).toBeChecked();
    await expect(page.getByLabel('Near misses')).toBeChecked();
    await expect(page.getByLabel('Other rounds')).not.toBeChecked();

    await page.getByLabel('Current password').fill('not my password');
    await page.getByLabel('New password').fill('a brand new passphrase');
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect(page.getByTestId('error-currentPassword')).toHaveText('This is not your current password.');
    await page.getByLabel('Current password').fill(password);
    await page.getByLabel('New password').fill('a brand new passphrase');
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect(page.getByTestId('password-saved')).toBeVisible();

    await page.getByLabel('Your password').fill('a brand new passphrase');
    await page.getByRole('button', { name: 'Delete my account' }).click();
    await expect(page).toHaveURL(/\/\?deleted=1$/);
    await expect(page.getByTestId('signed-in-as')).toHaveCount(0);
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('a brand new passphrase');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByTestId('form-error')).toHaveText('The email or password is not correct.');
  });

  test('importing a JSON profile fills the form, spouse included, and validates it', async ({ page }) => {
    await signUp(page, uniqueEmail('gus'), password);
    await page.goto('/profile');
    const importFile = page.getByLabel('Import a profile file');
    await importFile.setInputFiles({ name: 'couple.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(couplesProfile)) });
    await expect(page.getByTestId('form-notice')).toHaveText('Imported couple.json. Check it, then save.');
    await expect(page.getByLabel('Marital status')).toHaveValue('married');
    const spouse = page.getByTestId('spouse-section');
    await expect(spouse.getByLabel('Will come with me to Canada')).toBeChecked();
    await expect(spouse.getByRole('group', { name: 'Test 1' }).getByTestId('level-spouse.languageTests[0].listening')).toHaveText('→ CLB 7');
    await expect(spouse.getByRole('group', { name: 'Job 1' }).getByTestId('noc-info')).toHaveText('TEER 1 · Registered nurses and registered psychiatric nurses');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await expect(page).toHaveURL(/\/dashboard\?saved=1$/);
    const expected = calculateCrs(couplesProfile, { asOf: torontoToday() });
    await expect(page.getByTestId('crs-total')).toHaveText(String(expected.total));
    await expect(page.getByTestId('crs-spouse')).toHaveText(String(expected.spouse));
    expect((await page.request.get('/profile/export').then((response) => response.json()))).toEqual(couplesProfile);

    await page.goto('/profile');
    const broken = { ...couplesProfile, spouse: { ...couplesProfile.spouse, workHistory: [{ ...couplesProfile.spouse.workHistory[0], noc: '3130' }] } };
    await page.getByLabel('Import a profile file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    await expect(page.getByTestId('error-spouse.workHistory[0].noc')).toHaveText('must be a 5-digit NOC 2021 code, e.g. "21232"');
    await expect(page.getByTestId('form-notice')).toHaveCount(0);
    await page.getByRole('button', { name: 'Undo import' }).click();
    await expect(page.getByTestId('form-notice')).toHaveText('The import was undone: the form is as it was before.');
    await expect(page.getByTestId('error-spouse.workHistory[0].noc')).toHaveCount(0);
    await expect(page.getByTestId('spouse-section').getByRole('group', { name: 'Job 1' }).getByTestId('noc-info')).toHaveText('TEER 1 · Registered nurses and registered psychiatric nurses');

    // A file that is not a profile is refused and the form keeps what it had.
    await page.getByLabel('Import a profile file').setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ version: 2, dateOfBirth: 'x' })) });
    await expect(page.getByTestId('form-error')).toContainText('other.json was not imported: it is not a profile in the interchange format (an object with "version": 1). Your form is unchanged.');
    await expect(page.getByLabel('Marital status')).toHaveValue('married');
    await expect(page.getByLabel('Date of birth').first()).toHaveValue(couplesProfile.dateOfBirth);

    // A worked case or an evaluation request wraps the profile: its profile is imported.
    await page.getByLabel('Import a profile file').setInputFiles({ name: 'request.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ profile: developerProfile, asOf: '2026-12-03' })) });
    await expect(page.getByTestId('form-notice')).toHaveText('Imported request.json. Check it, then save.');
    await expect(page.getByLabel('Marital status')).toHaveValue('single');
  });
});
