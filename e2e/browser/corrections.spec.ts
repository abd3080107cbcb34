import { SEEDS_DIR, expect, test } from '../support/fixtures';

test('a metadata correction shows everywhere and survives a reload and a re-import', async ({ app, page }) => {
  const row = app.libraryRows.filter({ hasText: 'Russia strikes Daraa after failure of ceasefire talks' });
  await row.click();
  await expect(app.readerTitle).toHaveText('Russia strikes Daraa after failure of ceasefire talks with Syria rebels');
  await page.getByTestId('edit-details-button').click();
  await page.getByTestId('edit-outlet').fill('The New Arab');
  await page.getByTestId('edit-publishedAt').fill('2018-07-04');
  await page.getByTestId('edit-details-save').click();
  await expect(app.reader).toContainText('The New Arab');

  await page.reload();
  await expect(app.libraryRows.filter({ hasText: 'The New Arab' })).toHaveCount(1);
  await app.search('outlet:"new arab"');
  await expect(app.searchHits).toHaveCount(1);

  await page.keyboard.press('Escape');
  await app.importPaths([SEEDS_DIR]);
  await page.keyboard.press('Escape');
  await expect(app.libraryRows.filter({ hasText: 'The New Arab' })).toHaveCount(1);
});
