import { expect, test } from '@playwright/test';

// The public history of rounds (the seed imports the official feed, 438 rounds up to #437 on
// 2026-08-19): STEM table, filters, chart, round page, occupation lists, freshness.

test.describe('public rounds', () => {
  test('the STEM table lists the three STEM rounds as IRCC published them, with the list in force', async ({ page }) => {
    await page.goto('/rounds');
    const rows = page.getByTestId('stem-rounds').locator('tbody tr');
    await expect(rows).toHaveCount(3);
    const cells = async (index: number) => (await rows.nth(index).getByRole('cell').allInnerTexts()).map((text) => text.trim());
    expect(await cells(0)).toEqual(['#293', 'April 11, 2024', '491', '4,500', 'Version 1: 24 occupations']);
    expect(await cells(1)).toEqual(['#274', 'December 8, 2023', '481', '5,900', 'Version 1: 24 occupations']);
    expect(await cells(2)).toEqual(['#254', 'July 5, 2023', '486', '500', 'Version 1: 24 occupations']);

    await rows.nth(1).getByRole('link', { name: 'Version 1: 24 occupations' }).click();
    await expect(page).toHaveURL(/\/rounds\/occupations\/stem\/2023-05-31$/);
    await expect(page.getByTestId('list-version')).toHaveText("List Version 1, in force from May 31, 2023 to February 26, 2025.");
    await expect(page.getByTestId('occupation-list').locator('tbody tr')).toHaveCount(24);
    await expect(page.getByTestId('occupation-list')).toContainText('Software engineers and designers');
  });

  test('says when the last round was recorded and warns that it is more than 30 days old', async ({ page }) => {
    await page.goto('/rounds');
    await expect(page.getByTestId('freshness')).toContainText('Last round recorded on August 19, 2026 (#437)');
    await expect(page.getByTestId('stale-warning')).toContainText('days old');
  });

  for (const [query, expected] of [
    ['?category=stem&year=2023', ['#274', '#254']],
    ['?category=stem&year=2024', ['#293']],
  ] as const) {
    test(`filters the history with ${query}`, async ({ page }) => {
      await page.goto(`/rounds${query}`);
      const numbers = await page.getByTestId('rounds-table').locator('tbody tr td:first-child').allInnerTexts();
      expect(numbers).toEqual(expected);
    });
  }

  test('the program filter keeps the rounds open to that program: general rounds and its own', async ({ page }) => {
    await page.goto('/rounds?program=fst&year=2018');
    const numbers = await page.getByTestId('rounds-table').locator('tbody tr td:first-child').allInnerTexts();
    expect(numbers).toHaveLength(27);
    expect(numbers.slice(0, 3)).toEqual(['#107', '#106', '#105']);
    expect(numbers).toContain('#91a');
    expect(numbers).toContain('#100');
    expect(numbers).not.toContain('#91b');
  });

  test('charts cutoffs over time as an accessible SVG with the data as a table', async ({ page }) => {
    await page.goto('/rounds?category=stem');
    const chart = page.getByRole('img', { name: 'CRS cutoff of each round over time, by category' });
    await expect(chart).toBeVisible();
    // One marker a round, whatever its shape, each titled with the round.
    await expect(chart.locator('[data-series] title')).toHaveCount(3);
    await expect(chart.locator('[data-series] title').first()).toContainText('(STEM occupations)');
    await page.getByText('Chart data as a table').click();
    await expect(page.getByRole('row', { name: /STEM occupations #274 December 8, 2023 481/ })).toBeVisible();
  });

  test('a round page gives every detail, tie-break in UTC, and the pool distribution', async ({ page }) => {
    await page.goto('/rounds/274');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Round #274');
    const facts = page.getByTestId('round-facts');
    await expect(facts).toContainText('December 8, 2023');
    await expect(facts).toContainText('December 8, 2023 at 03:02:52 UTC');
    await expect(facts).toContainText('September 7, 2023 at 09:24:49 UTC');
    await expect(facts).toContainText('5,900');
    await expect(facts).toContainText('Version 1 (24 occupations)');
    const pool = page.getByTestId('pool-distribution');
    await expect(pool.getByRole('row', { name: '481-490 10,335' })).toBeVisible();
    await expect(pool.getByRole('row', { name: 'Total 217,370' })).toBeVisible();
  });

  test('a lettered round has its page, and an unknown round is not found', async ({ page }) => {
    await page.goto('/rounds/91a');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Round #91a');
    await expect(page.getByTestId('round-facts')).toContainText('Federal Skilled Trades');
    await expect(page.getByText('IRCC did not publish a pool distribution')).toBeVisible();

    const response = await page.goto('/rounds/100000');
    expect(response?.status()).toBe(404);
  });

  test('the home page shows the latest rounds', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('latest-rounds').locator('tbody tr').first()).toContainText('#437');
  });
});
