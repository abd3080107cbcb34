import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { listStoredHighlights } from '../support/callChannel';
import { CONVOY_AND_TALKS, CONVOY_TITLE, openConvoy } from '../support/convoy';
import { expect, test } from '../support/fixtures';
import { HighlightsPage } from '../pages/HighlightsPage';

// Comparing and importing under a loaded machine take their time.
test.setTimeout(180_000);

// A paragraph added at the top, the shelling sentence gone, and three days now four.
const AFTER = [
  CONVOY_TITLE,
  '',
  'Updated on Wednesday with comment from the United Nations, which welcomed the delivery.',
  '',
  'An aid convoy reached Daraa on Tuesday after four days of waiting at the border. Officials said forty trucks carried food and medicine.',
  '',
  'A spokesman for the rebels said talks would resume on Friday.'
].join('\n');

/** The highlights the engine holds, oldest first (the order the test made them in). */
async function stored(page: Page) {
  return (await listStoredHighlights(page, 'created'))
    .reverse()
    .map((h) => ({ state: h.state, exact: h.anchor.quote.exact, placed: h.current !== null }));
}

test('re-import: a highlight follows its text, one whose words changed says what it was made on, one whose sentence was deleted becomes an orphan and is re-attached', async ({
  app,
  served,
  page
}) => {
  const hl = new HighlightsPage(page);
  const folder = await openConvoy(app, served.dir, CONVOY_AND_TALKS);
  await hl.highlightWithMouse(app.readerBody, 'forty trucks carried food', 2);
  await hl.highlightWithMouse(app.readerBody, 'shelling stopped overnight', 4);
  await hl.highlightWithMouse(app.readerBody, 'three days of waiting', 1);
  await expect(hl.runs(app.readerBody)).toHaveText([
    'three days of waiting',
    'forty trucks carried food',
    'shelling stopped overnight'
  ]);

  fs.writeFileSync(path.join(folder, 'convoy.txt'), AFTER);
  await app.importPaths([folder]);
  // The report says a highlight reads differently as plainly as it says one lost its words (review 14, finding 3).
  const updated = page.getByTestId('import-problem').filter({ hasText: 'convoy.txt' });
  await expect(updated).toContainText('1 highlight now reads differently: “four days of waiting” (made on “three days of waiting”)');
  await expect(updated).toContainText('1 of your highlights lost its words');
  await page.keyboard.press('Escape');
  await app.libraryRows.filter({ hasText: CONVOY_TITLE }).click();
  await expect(app.readerBody).toContainText('Updated on Wednesday');

  // The first moved with its words; the second lost them; the third is on words that now read otherwise.
  await expect(hl.runs(app.readerBody)).toHaveText(['four days of waiting', 'forty trucks carried food']);
  await expect
    .poll(() => stored(page))
    .toEqual([
      { state: 'moved', exact: 'forty trucks carried food', placed: true },
      { state: 'orphan', exact: 'shelling stopped overnight', placed: false },
      { state: 'changed', exact: 'four days of waiting', placed: true }
    ]);
  await expect(page.getByTestId('highlight-orphans')).toContainText('shelling stopped overnight');
  // The reader marks the reworded highlight with a dotted outline, and only that one.
  const changedRun = hl.runs(app.readerBody).filter({ hasText: 'four days of waiting' });
  await expect(changedRun).toHaveClass(/hl--changed/);
  await expect(changedRun).toHaveCSS('outline-style', 'dotted');
  await expect(hl.runs(app.readerBody).filter({ hasText: 'forty trucks carried food' })).toHaveCSS('outline-style', 'none');
  await app.readerBody.screenshot({ path: test.info().outputPath('changed-highlight-light.png') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(changedRun).toHaveCSS('outline-style', 'dotted');
  await app.readerBody.screenshot({ path: test.info().outputPath('changed-highlight-dark.png') });
  await page.emulateMedia({ colorScheme: 'light' });
  // The notes panel says so too: the words it was made on (review 10: it showed only today's).
  await page.getByTestId('notes-button').click();
  const changed = page.getByTestId('notes-entry').filter({ hasText: 'four days of waiting' });
  await expect(changed.getByTestId('notes-entry-changed')).toHaveText('Wording changed');
  await expect(changed.getByTestId('notes-entry-made-on')).toHaveText('Made on “three days of waiting”');
  await expect(
    page.getByTestId('notes-entry').filter({ hasText: 'forty trucks' }).getByTestId('notes-entry-made-on')
  ).toHaveCount(0);
  await page.getByTestId('notes-button').click();

  // Re-attach: select new words and confirm.
  await page.getByTestId('highlight-reattach').click();
  await expect(page.getByTestId('highlight-retarget')).toBeVisible();
  await hl.dragSelect(app.readerBody, 'talks would resume on Friday');
  await page.getByTestId('highlight-retarget-confirm').click();
  await expect(page.getByTestId('highlight-retarget')).toBeHidden();
  await expect(hl.runs(app.readerBody)).toHaveText([
    'four days of waiting',
    'forty trucks carried food',
    'talks would resume on Friday'
  ]);
  await expect(page.getByTestId('highlight-orphans')).toBeHidden();
  const after = await stored(page);
  expect(after[1]).toEqual({ state: 'placed', exact: 'talks would resume on Friday', placed: true });
});
