import fs from 'node:fs';
import path from 'node:path';
import { expect, test, writeFolder } from '../support/fixtures';

const TITLE = 'Talks fail in Daraa';
const FIRST = `${TITLE}\n\nRebels in Daraa said the talks with Russian officers had failed on Wednesday.\n`;
const ADDED = 'Russian jets struck Tafas hours later.';

test('a metadata correction shows everywhere, survives a reload, and survives re-importing the changed file', async ({
  app,
  page,
  served
}) => {
  // Two imports and a reload: about a minute on a loaded machine, so a longer limit.
  test.setTimeout(120_000);
  const folder = writeFolder(served.dir, 'reports', { 'talks.txt': FIRST });
  await app.importPaths([folder]);
  await page.keyboard.press('Escape');
  const row = app.libraryRows.filter({ hasText: TITLE });
  await row.click();
  await expect(app.readerTitle).toHaveText(TITLE);
  await page.getByTestId('edit-details-button').click();
  await expect(page.getByTestId('edit-title')).toBeFocused();
  await page.getByTestId('edit-outlet').fill('Enab Baladi');
  await page.getByTestId('edit-publishedAt').fill('2018-07-05');
  await page.getByTestId('edit-details-save').click();
  await expect(app.reader).toContainText('Enab Baladi');

  await page.reload();
  await expect(app.libraryRows.filter({ hasText: 'Enab Baladi' })).toHaveCount(1);
  await app.search('outlet:"enab baladi"');
  await expect(app.searchHits).toHaveCount(1);
  await page.keyboard.press('Escape');

  // The file changes on disk (a sentence added) and is imported again: the same article takes
  // the new text and keeps the user's corrections; no second copy appears.
  fs.writeFileSync(path.join(folder, 'talks.txt'), `${FIRST}${ADDED}\n`);
  await app.importPaths([folder]);
  await page.keyboard.press('Escape');
  await expect(row).toHaveCount(1);
  await row.click();
  await expect(app.readerBody).toContainText(ADDED);
  await expect(app.reader).toContainText('Enab Baladi');
  await page.getByTestId('edit-details-button').click();
  await expect(page.getByTestId('edit-outlet')).toHaveValue('Enab Baladi');
  await expect(page.getByTestId('edit-publishedAt')).toHaveValue('2018-07-05');
  await page.keyboard.press('Escape');

  // NB: a phrase only the changed file holds: seed 002 names Tafas too ("the rebel-held towns of Tafas").
  await app.search('"struck Tafas"');
  await expect(app.searchHits).toHaveCount(1);
  await expect(app.searchHits.first()).toContainText('Enab Baladi');
});
