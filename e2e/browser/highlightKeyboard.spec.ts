import AxeBuilder from '@axe-core/playwright';
import { CONVOY, openConvoy } from '../support/convoy';
import { expect, test } from '../support/fixtures';
import { HighlightsPage } from '../pages/HighlightsPage';

// Imports and saves under a loaded machine take their time; each step still has its own expect timeout.
test.setTimeout(180_000);

const FIRST = 'An aid convoy reached Daraa on Tuesday after three days of waiting at the border.';
const THIRD = 'The United Nations said more convoys would follow next week.';
/** The convoy with a third sentence in its paragraph. */
const ARTICLE = `${CONVOY} ${THIRD}`;

/**
 * Review 15 #3: a highlight was a plain span with a `title`, which a screen reader skips, and the
 * keyboard reached one only sentence by sentence. Now each is a mark described by its colour's
 * meaning, its note and changed wording; H / Shift H move the focus from one to the next, Enter
 * opens it, Esc (after its popover) gives the focus back. All from the keyboard.
 */
test('H and Shift H walk the highlights, each read out by its meaning and note; Enter opens one', async ({
  app,
  served,
  page
}) => {
  const hl = new HighlightsPage(page);
  await openConvoy(app, served.dir, ARTICLE);
  const body = app.readerBody;
  const selected = () => page.evaluate(() => window.getSelection()?.toString());
  const focusedText = () => page.evaluate(() => document.activeElement?.textContent ?? '');

  // Claim on the first sentence, Figure on the third, with the sentence cursor.
  const reader = page.getByTestId('reader');
  await reader.focus();
  await page.keyboard.press('j');
  await expect.poll(selected).toBe(FIRST);
  await page.keyboard.press('1');
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await expect.poll(selected).toBe(THIRD);
  await page.keyboard.press('3');
  await expect(hl.runs(body)).toHaveCount(2);
  // A screen reader meets each as a mark (a role Playwright's types do not list yet).
  const marks = body.locator('[role="mark"]');
  await expect(marks).toHaveCount(2);

  // Back to the top with the cursor, then H: the focus is on the Claim, which says what it is.
  await page.keyboard.press('k');
  await page.keyboard.press('k');
  await page.keyboard.press('h');
  const claim = marks.filter({ hasText: FIRST });
  await expect(claim).toBeFocused();
  await expect(claim).toHaveAccessibleDescription('Claim highlight');
  await page.keyboard.press('h');
  const figure = marks.filter({ hasText: THIRD });
  await expect(figure).toBeFocused();
  await expect(figure).toHaveAccessibleDescription('Figure highlight');
  // Past the last, the focus stays; Shift H goes back.
  await page.keyboard.press('h');
  await expect(figure).toBeFocused();
  await page.keyboard.press('Shift+H');
  await expect(claim).toBeFocused();
  expect(await focusedText()).toBe(FIRST);

  // Enter opens it; a note typed there is said from then on; Esc brings the focus back to it.
  await page.keyboard.press('Enter');
  await expect(hl.popover).toBeVisible();
  await expect(hl.noteInput).toBeFocused();
  await page.keyboard.type('Checked against the UN statement');
  await page.keyboard.press('ControlOrMeta+Enter');
  await page.keyboard.press('Escape');
  await expect(hl.popover).toBeHidden();
  await expect(claim).toBeFocused();
  await expect(claim).toHaveAccessibleDescription('Claim highlight, has a note');

  // axe finds nothing serious on the reader with its highlights, one of them focused.
  const axe = await new AxeBuilder({ page }).include('[data-testid="reader"]').analyze();
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`)).toEqual([]);
  await body.screenshot({ path: test.info().outputPath('highlight-focused-light.png') });
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await new AxeBuilder({ page }).include('[data-testid="reader"]').withRules(['color-contrast']).analyze();
  expect(dark.violations.map((v) => v.id)).toEqual([]);
  await body.screenshot({ path: test.info().outputPath('highlight-focused-dark.png') });

  // Esc on a focused highlight gives the focus back to the text (not back to the list), and J
  // goes on from the highlight.
  await page.keyboard.press('Escape');
  await expect(reader).toBeFocused();
  await page.keyboard.press('j');
  await expect.poll(selected).toBe('Officials said forty trucks carried food and medicine.');
});
