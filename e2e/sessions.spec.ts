import { expect, test, type BrowserContext } from '@playwright/test';
import { signIn, signUp, uniqueEmail } from './fixtures/accounts';

// A session is a cookie the browser holds: these prove it ends when the user says so, even for a
// copy of the cookie kept somewhere else.

const password = 'correct horse battery';

async function isSignedIn(context: BrowserContext): Promise<boolean> {
  const page = await context.newPage();
  await page.goto('/dashboard');
  const signedIn = !new URL(page.url()).pathname.startsWith('/sign-in');
  await page.close();
  return signedIn;
}

test.describe('sessions', () => {
  test('signing out ends the session, also for a copy of its cookie', async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signUp(page, uniqueEmail('sid'), password);
    const cookies = await context.cookies();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();

    const copy = await browser.newContext();
    await copy.addCookies(cookies);
    expect(await isSignedIn(copy)).toBe(false);
    await Promise.all([context.close(), copy.close()]);
  });

  test('a new password signs out every other browser and keeps this one signed in', async ({ browser }) => {
    const email = uniqueEmail('pat');
    const laptop = await browser.newContext();
    const phone = await browser.newContext();
    const laptopPage = await laptop.newPage();
    await signUp(laptopPage, email, password);
    await signIn(await phone.newPage(), email, password);
    expect(await isSignedIn(phone)).toBe(true);

    await laptopPage.goto('/settings');
    await laptopPage.getByLabel('Current password').fill(password);
    await laptopPage.getByLabel('New password').fill('a brand new passphrase');
    await laptopPage.getByRole('button', { name: 'Change password' }).click();
    await expect(laptopPage.getByTestId('password-saved')).toBeVisible();

    expect(await isSignedIn(laptop)).toBe(true);
    expect(await isSignedIn(phone)).toBe(false);
    await Promise.all([laptop.close(), phone.close()]);
  });
});
