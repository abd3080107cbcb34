import path from 'node:path';
import { expect, test } from '../support/fixtures';

const FORMATS = path.join(import.meta.dirname, '../../electron/library/import/fixtures/formats');

test('Edit details says where each field came from, and that a date from the file is the day it was saved', async ({ app, page }) => {
  await app.libraryRows.filter({ hasText: 'Russia strikes Daraa after failure of ceasefire talks' }).click();
  await page.getByTestId('edit-details-button').click();
  await expect(page.getByTestId('source-title')).toHaveText('found in the text');
  await expect(page.getByTestId('source-publishedAt')).toHaveText('found in the text');
  await expect(page.getByTestId('source-language')).toHaveText('detected from the text');
  await expect(page.getByTestId('edit-language')).toHaveValue('en');
  // The text's "Follow us @The_NewArab" line named the outlet; the user corrects it.
  await expect(page.getByTestId('source-outlet')).toHaveText('found in the text');
  await page.getByTestId('edit-outlet').fill('Al-Araby Al-Jadeed');
  await page.getByTestId('edit-details-save').click();
  await expect(app.reader).toContainText('Al-Araby Al-Jadeed');
  await page.getByTestId('edit-details-button').click();
  await expect(page.getByTestId('source-outlet')).toHaveText('corrected by you');
  await page.keyboard.press('Escape');

  // A PDF whose text gives no year: its date is its creation date, and the dialog says so.
  await app.importPaths([path.join(FORMATS, 'pandoc.pdf')]);
  await page.keyboard.press('Escape');
  // The sample it was made from has the same title: pick the imported one.
  await app.libraryRows.filter({ hasText: 'South Syria rebels say negotiations with Russia have failed', hasNotText: 'Sample' }).click();
  await page.getByTestId('edit-details-button').click();
  await expect(page.getByTestId('source-publishedAt')).toHaveText("from the file's properties (the day it was saved, not necessarily published)");
  await expect(page.getByTestId('source-byline')).toHaveText("from the file's properties");
});
