import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';

/** How light the window's background is, 0 (black) to 1 (white): WCAG's relative luminance. */
const backgroundLuminance = (page: Page) =>
  page.evaluate(() => {
    const [r = 0, g = 0, b = 0] = (getComputedStyle(document.body).backgroundColor.match(/[\d.]+/g) ?? []).map(Number);
    const linear = (c: number) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  });

const isDark = async (page: Page) => (await backgroundLuminance(page)) < 0.1;

/**
 * Settings → Appearance (review 14 #17: dark followed the operating system alone): Dark and Light
 * hold whatever the system says, apply at once and survive a reload; System follows the system again.
 */
test('Settings → Appearance: Dark and Light apply at once and are remembered; System follows the system', async ({
  app,
  page
}) => {
  await expect(app.libraryRows).toHaveCount(5);
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await isDark(page)).toBe(false);

  await page.getByTestId('settings-button').click();
  const theme = page.getByTestId('settings-theme');
  await expect(theme).toHaveValue('system');
  await theme.selectOption('dark');
  // At once, with the dialog still open and the system still light.
  await expect.poll(() => isDark(page)).toBe(true);
  await page.getByTestId('settings-dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('settings-dialog')).toBeHidden();

  await page.reload();
  await expect(app.libraryRows).toHaveCount(5);
  expect(await isDark(page)).toBe(true);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await isDark(page)).toBe(true);

  await page.getByTestId('settings-button').click();
  await expect(theme).toHaveValue('dark');
  await theme.selectOption('light');
  // Light holds against a dark system.
  await expect.poll(() => isDark(page)).toBe(false);
  await page.reload();
  await expect(app.libraryRows).toHaveCount(5);
  expect(await isDark(page)).toBe(false);

  await page.getByTestId('settings-button').click();
  await theme.selectOption('system');
  await expect.poll(() => isDark(page)).toBe(true);
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await isDark(page)).toBe(false);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await isDark(page)).toBe(true);
  await page.reload();
  await expect(app.libraryRows).toHaveCount(5);
  expect(await isDark(page)).toBe(true);
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await isDark(page)).toBe(false);
});
