import { expect, test } from '../support/fixtures';

/**
 * Review 14 #16: at 1440×900 with a search on, the reader's toolbar folded everything into ⋯, Export
 * and Edit details included. It now folds the view settings first: Export and Edit details stay in
 * the row at 1440 with results showing and in the narrowest reader the window leaves; at 1920
 * nothing folds.
 */
test('the reader toolbar keeps Export and Edit details in its row at 1440×900 with a search on', async ({ app, page }) => {
  const toolbar = page.getByTestId('reader-toolbar');
  const inRow = (testId: string) => toolbar.locator(`[data-testid="${testId}"]:not([role^="menuitem"])`);

  await page.setViewportSize({ width: 1440, height: 900 });
  await expect(app.libraryRows).toHaveCount(5);
  await app.search('Daraa');
  await app.searchHits.first().click();
  await expect(toolbar.locator('.match-nav__count')).toBeVisible();
  await expect(inRow('reader-export')).toBeVisible();
  await expect(inRow('edit-details-button')).toBeVisible();
  // The view settings are one click away in ⋯, from which Export and Edit details are gone (no item twice).
  await page.getByTestId('reader-more').click();
  const menu = page.getByRole('menu', { name: 'Reader actions' });
  await expect(menu.getByTestId('reading-width-wide')).toBeVisible();
  await expect(menu.getByTestId('reader-export')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await inRow('edit-details-button').click();
  await expect(page.getByTestId('edit-details')).toBeVisible();
  await page.keyboard.press('Escape');

  await page.setViewportSize({ width: 1920, height: 1080 });
  await expect(page.getByTestId('reader-more')).toHaveCount(0);
  await expect(inRow('reading-width')).toBeVisible();
  await expect(inRow('reader-export')).toBeVisible();

  // The narrowest reader the window leaves (400 px: 1024×700 with the notes open): the view
  // settings in ⋯, Export and Edit details still in the row.
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.getByTestId('notes-button').click();
  await expect(page.getByTestId('notes-panel')).toBeVisible();
  await expect(page.getByTestId('reader-more')).toBeVisible();
  await expect(inRow('reading-width')).toHaveCount(0);
  await expect(inRow('reader-export')).toBeVisible();
  await expect(inRow('edit-details-button')).toBeVisible();
});
