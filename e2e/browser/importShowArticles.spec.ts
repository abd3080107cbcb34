import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '../support/fixtures';

/** Three undated articles: in the default list (newest published first) they sort after every dated one. */
function writeFolder(dir: string): { folder: string; titles: string[] } {
  const folder = path.join(dir, 'bbc-undated');
  fs.mkdirSync(folder);
  const stories = [
    [
      'Harbour pilots vote to strike',
      'Pilots who guide tankers into the harbour voted to walk out over night shifts, their union said on Tuesday, and the port warned of delays.'
    ],
    [
      'Ferry timetable cut for winter',
      'The island ferry will sail twice a day instead of five times from November, the operator announced, blaming fuel costs and a shortage of crew.'
    ],
    [
      'Lighthouse keepers return',
      'Two keepers moved back into the old lighthouse on the point this week, forty years after its lamp was automated, to run it as a museum.'
    ]
  ];
  const titles = stories.map(([title]) => title!);
  stories.forEach(([title, body], i) => fs.writeFileSync(path.join(folder, `story-${i + 1}.txt`), `${title}\n\n${body}\n`));
  return { folder, titles };
}

/**
 * Review 17, #10: after an import, the articles it brought in were nowhere in sight (undated, at
 * the end of a long list). The report's "Show these N articles" lists only them, by keyboard.
 */
test('the import report shows the articles it imported, and Esc goes back to the whole library', async ({
  app,
  page,
  served
}) => {
  const { folder, titles } = writeFolder(served.dir);
  await expect(page.getByTestId('library-count')).toHaveAttribute('data-total', /\d+/);
  const before = await app.libraryCount();
  await app.importPaths([folder]);
  expect(await app.reportCount('new')).toBe(titles.length);

  // From the keyboard: Tab through the report to the button, Enter.
  const show = app.importReport.getByTestId('import-report-show');
  await expect(show).toHaveText(`Show these ${titles.length} articles`);
  for (let i = 0; i < 10 && !(await show.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(show).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(app.importReport).toBeHidden();
  await expect(page.getByTestId('import-heading')).toBeVisible();
  await expect(page.getByTestId('import-heading-count')).toHaveText(`${titles.length} articles`);
  await expect(app.libraryRows).toHaveCount(titles.length);
  for (const title of titles) await expect(app.libraryRows.filter({ hasText: title })).toHaveCount(1);
  // The keyboard carries on in the list: ↓ Enter opens one of them.
  await expect(page.getByTestId('library-list')).toBeFocused();
  await page.screenshot({ path: test.info().outputPath('import-shown.png') });
  await page.keyboard.press('Enter');
  await expect(app.readerTitle).toHaveText(new RegExp(titles.join('|')));

  // Esc in the list (or "All articles") is the way back to every article.
  await page.getByTestId('library-list').focus();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('import-heading')).toHaveCount(0);
  await expect(page.getByTestId('library-count')).toHaveAttribute('data-total', String(before + titles.length));
});

/**
 * Review 17, #5: the report of an import made from the Import dialog gave the focus back to
 * nothing (the page's body) when it closed; it goes back to Import, as every dialog gives it back
 * to what opened it.
 */
test('closing the report of a dialog import puts the focus back on Import', async ({ app, page, served }) => {
  const { folder } = writeFolder(served.dir);
  const importButton = page.getByTestId('import-button');
  await importButton.focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('import-paths-input').fill(folder);
  await page.keyboard.press('Control+Enter');
  await app.importReport.waitFor();
  await page.keyboard.press('Escape');
  await expect(app.importReport).toBeHidden();
  await expect(importButton).toBeFocused();
});
