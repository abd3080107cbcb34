import type { Page } from '@playwright/test';
import { listStoredHighlights } from '../support/callChannel';
import { openConvoy } from '../support/convoy';
import { expect, test } from '../support/fixtures';
import { HighlightsPage } from '../pages/HighlightsPage';

// Imports and saves under a loaded machine take their time; each step still has its own expect timeout.
test.setTimeout(180_000);

/** The highlights the engine holds (what a restart or `crosscheck annotate list` would show). */
async function storedHighlights(page: Page) {
  return (await listStoredHighlights(page, 'position')).map((h) => ({ id: h.id, colour: h.colour, exact: h.anchor.quote.exact }));
}

/**
 * Review 14 #6: highlighting exactly the same words again made a second, identical highlight, and
 * a click on them then offered a chooser of two. The same colour now opens the highlight there;
 * another colour recolours it; a different range still makes a new one.
 */
test('highlighting the same words again opens or recolours the highlight there, never a duplicate', async ({
  app,
  served,
  page
}) => {
  const hl = new HighlightsPage(page);
  await openConvoy(app, served.dir);
  const body = app.readerBody;
  const words = 'forty trucks carried food';

  await hl.highlightWithMouse(body, words, 3);
  await expect.poll(() => storedHighlights(page)).toEqual([expect.objectContaining({ colour: 3, exact: words })]);
  const [first] = await storedHighlights(page);

  // The same words, the same colour: that highlight opens, in its colour; nothing new is stored.
  await hl.dragSelect(body, words);
  await page.getByTestId('highlight-colour-3').click();
  await expect(hl.popover).toBeVisible();
  await expect(page.getByTestId('highlight-recolour-3')).toHaveAttribute('aria-pressed', 'true');
  await hl.closePopover();
  expect(await storedHighlights(page)).toEqual([first]);

  // The same words, another colour: the highlight takes it.
  await hl.dragSelect(body, words);
  await page.getByTestId('highlight-colour-1').click();
  await expect(hl.runs(body)).toHaveAttribute('data-colour', '1');
  await expect.poll(() => storedHighlights(page)).toEqual([{ ...first, colour: 1 }]);
  // A click on the words opens the one highlight there, not a chooser of two.
  await hl.runs(body).first().click();
  await expect(hl.popover).toBeVisible();
  await expect(hl.chooser).toBeHidden();
  await hl.closePopover();

  // The keyboard path decides the same way: the sentence, then 1 twice, is one highlight.
  await body.focus();
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe(`Officials said ${words} and medicine.`);
  await page.keyboard.press('1');
  await expect.poll(async () => (await storedHighlights(page)).length).toBe(2);
  await page.keyboard.press('k');
  await page.keyboard.press('j');
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe(`Officials said ${words} and medicine.`);
  await page.keyboard.press('1');
  await expect(hl.popover).toBeVisible();
  await hl.closePopover();
  expect((await storedHighlights(page)).map((h) => h.exact)).toEqual([`Officials said ${words} and medicine.`, words]);
});
