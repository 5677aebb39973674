import { expect, test } from '@playwright/test';

const admin = { email: 'admin@e2e.test', password: 'e2e-admin-password' };

test.describe('home and sign-in', () => {
  test('the home page renders the product and its calls to action', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Express Entry');
    await expect(page.getByRole('link', { name: 'Create a free account' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  });

  test('the seeded admin signs in, sees the admin link, and signs out', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(admin.email.toUpperCase());
    await page.getByLabel('Password').fill(admin.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByTestId('signed-in-as')).toHaveText(admin.email);
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' })).toBeVisible();
    await expect(page.getByTestId('admin-shortcut').getByRole('link', { name: 'Open the admin dashboard' })).toHaveAttribute('href', '/admin');
    await page.goto('/sign-in');
    await expect(page).toHaveURL(/\/admin$/);
    await page.goto('/');
    await expect(page.getByRole('main').getByRole('link', { name: 'Open your dashboard' })).toHaveAttribute('href', '/dashboard');
    await expect(page.getByRole('link', { name: 'Create a free account' })).toHaveCount(0);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
    await expect(page.getByTestId('signed-in-as')).toHaveCount(0);
  });

  test('a wrong password is refused without saying whether the email exists', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(admin.email);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByTestId('form-error')).toHaveText('The email or password is not correct.');

    await page.getByLabel('Email').fill('nobody@e2e.test');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByTestId('form-error')).toHaveText('The email or password is not correct.');
  });
});
