import { makeDocx } from '../../electron/library/import/fixtures/makeDocx';
import { expect, test, writeFolder } from '../support/fixtures';

test('Edit details says where each field came from, and that a date from the file is the day it was saved', async ({ app, page, served }) => {
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

  // A Word file whose text gives no date: its date is its creation date (the day it was saved), and
  // the dialog says so. (PDFs and Word files whose text carries a date are dated by the text.)
  const folder = writeFolder(served.dir, 'undated', {
    'talks.docx': makeDocx({
      paragraphs: [
        'Talks collapse in southern Syria',
        'Rebels in Daraa said on Wednesday that talks with Russian officers over the south of the country had failed, and that the regime offensive would go on.'
      ],
      core: { created: '2026-12-01T09:30:00Z', creator: 'Leila Mansour' }
    })
  });
  await app.importPaths([folder]);
  await page.keyboard.press('Escape');
  await app.libraryRows.filter({ hasText: 'Talks collapse in southern Syria' }).click();
  await page.getByTestId('edit-details-button').click();
  await expect(page.getByTestId('source-publishedAt')).toHaveText("from the file's properties (the day it was saved, not necessarily published)");
  await expect(page.getByTestId('source-byline')).toHaveText("from the file's properties");
});
