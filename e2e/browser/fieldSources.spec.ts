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
  // The list and the reader's header mark that date as the file's, not a publication date (review
  // 13, #14); a date the text gave is not marked.
  const row = app.libraryRows.filter({ hasText: 'Talks collapse in southern Syria' });
  const tip = 'Date the file was saved, not published (from the file’s properties)';
  await expect(row.getByTestId('file-date')).toHaveAttribute('title', tip);
  await expect(row.getByTestId('file-date')).toContainText('2026');
  await expect(app.libraryRows.filter({ hasText: 'Russia strikes Daraa' }).getByTestId('file-date')).toHaveCount(0);
  await row.click();
  const headerDate = page.locator('.reader__kicker').getByTestId('file-date');
  await expect(headerDate).toHaveAttribute('title', tip);
  await expect(headerDate).toContainText('(file saved)');
  await page.getByTestId('edit-details-button').click();
  await expect(page.getByTestId('source-publishedAt')).toHaveText("from the file's properties (the day it was saved, not necessarily published)");
  await expect(page.getByTestId('source-byline')).toHaveText("from the file's properties");
  // A date the user corrects is theirs: no longer marked.
  await page.getByTestId('edit-publishedAt').fill('2026-11-30');
  await page.getByTestId('edit-details-save').click();
  await expect(page.locator('.reader__kicker')).toContainText('2026');
  await expect(headerDate).toHaveCount(0);
  await expect(row.getByTestId('file-date')).toHaveCount(0);
});
