import { expect, test } from '../support/fixtures';
import { CrosscheckPage } from '../pages/CrosscheckPage';
import { HighlightsPage } from '../pages/HighlightsPage';
import { NotesPanelPage } from '../pages/NotesPanelPage';

// Imports and saves under a loaded machine take their time; each step still has its own expect timeout.
test.setTimeout(180_000);

// Review 16, finding 3: window A made a highlight, window B recoloured it, and Ctrl+Z in A deleted
// it from the library, B's change with it, with no word to either window.
test('undo in one tab leaves a highlight another tab changed since, and says why', async ({ app, served, page }) => {
  const title = 'Syrian rebels and Russia ceasefire deal breaks down';
  const other = new CrosscheckPage(await page.context().newPage());
  await other.page.goto(served.url);
  for (const tab of [app, other]) {
    await tab.libraryRows.filter({ hasText: title }).click();
    await expect(tab.readerTitle).toHaveText(title);
  }
  const stored = async () =>
    (await new NotesPanelPage(page).api<{ items: Array<{ kind: string; colour: number | null }> }>('annotations:list', {})).items
      .filter((a) => a.kind === 'highlight')
      .map((a) => a.colour);

  // A marks a figure; B sees it and makes the same words a claim.
  await new HighlightsPage(page).highlightWithMouse(app.readerBody, 'Quneitra', 3);
  await expect(other.readerBody.getByTestId('highlight').first()).toContainText('Quneitra');
  await new HighlightsPage(other.page).highlightWithMouse(other.readerBody, 'Quneitra', 1);
  await expect.poll(stored).toEqual([1]);

  // A's Ctrl+Z would delete the highlight B changed: it is refused with a sentence, and B's claim stays.
  await app.reader.focus();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(page.getByTestId('toast').filter({ hasText: 'changed in another window since' })).toBeVisible();
  await page.waitForTimeout(500);
  expect(await stored()).toEqual([1]);
  await expect(app.readerBody.getByTestId('highlight')).toHaveCount(1);
  await expect(other.readerBody.getByTestId('highlight')).toHaveCount(1);
});
