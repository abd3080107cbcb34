import { makeDocx } from '../../electron/library/import/fixtures/makeDocx';
import { NotesPanelPage } from '../pages/NotesPanelPage';
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

test('a date from the file’s properties is marked in the search results, the reader’s title line, the comparison and the notes panel', async ({
  app,
  page,
  served
}) => {
  // A long Word file whose text gives no date: dated by its creation date, the day it was saved.
  const paragraphs = Array.from(
    { length: 40 },
    (_, i) => `Aid workers in Quneitra counted ${i + 3} families who arrived overnight from the villages near Daraa, carrying what they could.`
  );
  const folder = writeFolder(served.dir, 'saved', {
    'quneitra.docx': makeDocx({ paragraphs: ['Families reach Quneitra', ...paragraphs], core: { created: '2016-07-03T09:30:00Z' } })
  });
  await app.importPaths([folder]);
  await page.keyboard.press('Escape');
  const tip = 'Date the file was saved, not published (from the file’s properties)';

  // Search results: the hit of the saved file is marked, in words too; a seed's hit is not.
  await app.search('Daraa');
  const savedHit = app.searchHits.filter({ hasText: 'Families reach Quneitra' });
  await expect(savedHit.getByTestId('file-date')).toHaveAttribute('title', tip);
  await expect(savedHit.getByTestId('file-date')).toContainText('2016 (file saved)');
  await expect(app.searchHits.filter({ hasText: 'Russia strikes Daraa' }).getByTestId('file-date')).toHaveCount(0);

  // The reader's title line, shown once the header is scrolled away, marks it as the header does.
  await savedHit.click();
  await expect(app.readerTitle).toHaveText('Families reach Quneitra');
  await app.readerBody.hover();
  await page.mouse.wheel(0, 2000);
  const sticky = page.getByTestId('reader-sticky-title');
  await expect(sticky.getByTestId('file-date')).toHaveAttribute('title', tip);
  await expect(sticky.getByTestId('file-date')).toContainText('(file saved)');

  // The comparison's column of the saved file marks it; the seed's column does not.
  await page.keyboard.press('Control+K');
  await page.getByTestId('search-input').fill('');
  await app.pickRows(['Families reach Quneitra', 'Russia strikes Daraa']);
  await page.getByTestId('compare-button').click();
  await expect(page.getByTestId('compare-view')).toHaveAttribute('data-phase', 'done');
  const column = (title: string) => page.getByTestId('compare-column').filter({ has: page.getByRole('heading', { name: title }) });
  await expect(column('Families reach Quneitra').getByTestId('file-date')).toHaveAttribute('title', tip);
  await expect(column('Russia strikes Daraa after failure of ceasefire talks with Syria rebels').getByTestId('file-date')).toHaveCount(0);
  await page.keyboard.press('Escape');

  // The notes panel's entry on it says where it is with the date marked.
  const notes = new NotesPanelPage(page);
  const [saved] = (await notes.articles()).filter((a) => a.title === 'Families reach Quneitra');
  await notes.highlight(saved!.id, 'Aid workers in Quneitra');
  await notes.open();
  await expect(notes.entry('Aid workers in Quneitra').getByTestId('file-date')).toHaveAttribute('title', tip);
});
