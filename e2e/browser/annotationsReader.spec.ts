import type { Locator, Page } from '@playwright/test';
import { listStoredHighlights } from '../support/callChannel';
import { CONVOY_AND_TALKS, openConvoy } from '../support/convoy';
import { expect, test, writeFolder } from '../support/fixtures';
import { HighlightsPage } from '../pages/HighlightsPage';

// Imports and saves under a loaded machine take their time; each step still has its own expect timeout.
test.setTimeout(180_000);

/** The highlights stored for the library, straight from the engine (what a restart would show), in text order. */
const storedHighlights = (page: Page) => listStoredHighlights(page, 'position');

test('reader: highlight with the mouse, note, tag, recolour, undo and redo; all saved across a reload', async ({
  app,
  served,
  page
}) => {
  const hl = new HighlightsPage(page);
  await openConvoy(app, served.dir, CONVOY_AND_TALKS);
  const body = app.readerBody;

  await hl.highlightWithMouse(body, 'forty trucks carried food', 2);
  await expect(hl.runs(body)).toHaveText(['forty trucks carried food']);
  await expect(hl.runs(body).first()).toHaveAttribute('data-colour', '2');

  await hl.openHighlight(body, 'forty trucks');
  await hl.writeNote('Check the **count** against UN figures');
  await expect(page.getByTestId('note-markdown').locator('strong')).toHaveText('count');
  await hl.addTag('numbers');
  await expect(page.getByTestId('highlight-tag')).toHaveText(['numbers×']);
  await page.getByTestId('highlight-recolour-4').click();
  await expect(hl.runs(body).first()).toHaveAttribute('data-colour', '4');
  await hl.closePopover();

  // The screen shows each write at once; the engine has it when its call has been answered.
  await expect
    .poll(async () => (await storedHighlights(page)).map((h) => [h.anchor.quote.exact, h.colour, h.note, h.tags]))
    .toEqual([['forty trucks carried food', 4, 'Check the **count** against UN figures', ['numbers']]]);

  // Undo walks back recolour, tag, note, creation; redo brings each back.
  await app.reader.focus();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(hl.runs(body).first()).toHaveAttribute('data-colour', '2');
  await page.keyboard.press('ControlOrMeta+z');
  await page.keyboard.press('ControlOrMeta+z');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(hl.runs(body)).toHaveCount(0);
  await expect.poll(() => storedHighlights(page)).toEqual([]);
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect(hl.runs(body)).toHaveText(['forty trucks carried food']);
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect(hl.runs(body).first()).toHaveAttribute('data-colour', '4');
  await expect
    .poll(async () => (await storedHighlights(page)).map((h) => [h.colour, h.note, h.tags]))
    .toEqual([[4, 'Check the **count** against UN figures', ['numbers']]]);

  await page.reload();
  await page.getByTestId('library-row').filter({ hasText: 'Convoy reaches Daraa' }).click();
  await expect(hl.runs(app.readerBody)).toHaveText(['forty trucks carried food']);
  await hl.openHighlight(app.readerBody, 'forty trucks');
  await expect(hl.noteInput).toHaveValue('Check the **count** against UN figures');
  await expect(page.getByTestId('highlight-tag')).toHaveText(['numbers×']);
  await hl.closePopover();

  // A highlight wrapping over two lines, clicked on its first: the popover opens under that line,
  // not under the highlight's last line (nor, near the window's foot, far above its first).
  await hl.highlightWithMouse(app.readerBody, 'three days of waiting at the border. Officials said', 3);
  const wrapped = hl.runs(app.readerBody).filter({ hasText: 'three days' });
  const lines = await wrapped.evaluate((e) => [...e.getClientRects()].map((r) => ({ x: r.left, y: r.top, bottom: r.bottom })));
  expect(lines.length).toBeGreaterThan(1);
  await page.mouse.click(lines[0]!.x + 10, (lines[0]!.y + lines[0]!.bottom) / 2);
  await expect(hl.popover).toBeVisible();
  const popoverTop = (await hl.popover.boundingBox())!.y;
  expect(popoverTop).toBeGreaterThanOrEqual(lines[0]!.bottom);
  expect(popoverTop).toBeLessThan(lines[1]!.bottom);
});

test('reader: highlight with the keyboard only (sentence cursor, word steps, keys 1–6), overlapping and across paragraphs', async ({
  app,
  served,
  page
}) => {
  const hl = new HighlightsPage(page);
  await openConvoy(app, served.dir, CONVOY_AND_TALKS);
  const body = app.readerBody;
  await app.reader.focus();

  // J: the first sentence (the title line, which the reader does not draw, is passed over);
  // Shift+←: one word shorter; 3 highlights it.
  await page.keyboard.press('j');
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('3');
  await expect(hl.runs(body)).toHaveText(['An aid convoy reached Daraa on Tuesday after three days of waiting at the']);

  // J J: the second sentence; Shift+J: on into the next paragraph; 5.
  await page.keyboard.press('j');
  await page.keyboard.press('Shift+j');
  await page.keyboard.press('5');
  // The highlight is saved, then drawn: poll rather than read once (CI read it one frame early).
  await expect.poll(async () => [...(await hl.highlightedText(body)).values()]).toEqual([
    'An aid convoy reached Daraa on Tuesday after three days of waiting at the',
    'Officials said forty trucks carried food and medicine.Residents said the shelling stopped overnight.'
  ]);
  await expect(body.locator('[data-colour="5"]')).toHaveCount(2);

  // An overlapping one with the mouse: the shared words show both, and a click there offers both.
  // The two paragraphs' texts meet with nothing between them on screen.
  await hl.highlightWithMouse(body, 'food and medicine.Residents said', 1);
  const stacked = hl.runs(body).filter({ hasText: 'food and medicine.' });
  await expect(stacked).toHaveAttribute('data-hl-ids', /^\d+ \d+$/);
  await stacked.click();
  await expect(hl.chooser).toBeVisible();
  await expect(page.getByTestId('highlight-chooser-item')).toHaveCount(2);
  await page.getByTestId('highlight-chooser-item').nth(1).click();
  await expect(hl.popover).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(hl.popover).toBeHidden();

  // Resize by keyboard: Adjust selects the highlight, Shift+→ takes one more word, Enter saves.
  await hl.openHighlight(body, 'waiting at the');
  await page.getByTestId('highlight-adjust').click();
  await expect(page.getByTestId('highlight-retarget')).toBeVisible();
  await app.reader.focus();
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('highlight-retarget')).toBeHidden();
  await expect(hl.runs(body).first()).toHaveText(
    'An aid convoy reached Daraa on Tuesday after three days of waiting at the border.'
  );
  expect((await storedHighlights(page)).map((h) => h.anchor.quote.exact)[0]).toBe(
    'An aid convoy reached Daraa on Tuesday after three days of waiting at the border.'
  );
});

test('reader: Enter right after 1–6 opens the new highlight with the note field focused: typing writes the note, never recolours', async ({
  app,
  served,
  page
}) => {
  const hl = new HighlightsPage(page);
  await openConvoy(app, served.dir, CONVOY_AND_TALKS);
  await app.reader.focus();
  // J J: the second sentence; 2 highlights it and lets the selection go (so its colour shows).
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await page.keyboard.press('2');
  await expect(hl.runs(app.readerBody)).toHaveText(['Officials said forty trucks carried food and medicine.']);
  await expect.poll(async () => (await storedHighlights(page)).length).toBe(1);
  // Enter opens it (it opened nothing: no selection was left to be "under"), and the keys typed
  // next are the note: the focus was on the first colour button, whose Space made the highlight
  // colour 1 and left the note empty (review 13, #1).
  await page.keyboard.press('Enter');
  await expect(hl.popover).toBeVisible();
  await expect(hl.noteInput).toBeFocused();
  await page.keyboard.type('Forty trucks: check against the UN figure');
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect
    .poll(async () => (await storedHighlights(page)).map((h) => [h.colour, h.note]))
    .toEqual([[2, 'Forty trucks: check against the UN figure']]);
  // A letter typed on a colour button goes to the note too, and recolours nothing.
  await page.getByTestId('highlight-recolour-4').focus();
  await page.keyboard.type('x');
  await expect(hl.noteInput).toBeFocused();
  await expect(hl.noteInput).toHaveValue('Forty trucks: check against the UN figurex');
  await expect(page.getByTestId('highlight-recolour-2')).toHaveAttribute('aria-pressed', 'true');
});

/**
 * What a user sees behind some text, as opaque RGB: the selection's background (`selection`: the run
 * holding the selection's start, its `::selection` colour) or the highlighted run's own, laid over
 * every background behind it. Also the contrast of the text drawn there (selection text colour for a
 * selection), so a stronger selection cannot buy its difference with unreadable text.
 */
async function shownColour(page: Page, target: 'selection' | Locator): Promise<{ rgb: number[]; contrast: number }> {
  const measure = (element: Element, selection: boolean) => {
    const parse = (css: string) => (css.match(/[\d.]+/g) ?? ['0', '0', '0', '0']).map(Number);
    const layers: number[][] = [];
    const own = selection ? getComputedStyle(element, '::selection') : getComputedStyle(element);
    const text = parse(own.color);
    let at: Element = element;
    let style = own;
    for (;;) {
      const [r = 0, g = 0, b = 0, a = 1] = parse(style.backgroundColor);
      if (a > 0) layers.push([r, g, b, a]);
      if (a >= 1 || !at.parentElement) break;
      at = at.parentElement;
      style = getComputedStyle(at);
    }
    // Bottom up; past the root, the canvas is white (the app always paints an opaque surface first).
    let rgb = [255, 255, 255];
    for (const [r, g, b, a] of layers.reverse()) rgb = [r!, g!, b!].map((c, i) => c * a! + rgb[i]! * (1 - a!));
    const luminance = (c: number[]) =>
      c
        .map((v) => v / 255)
        .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
        .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i]!, 0);
    const [l1, l2] = [luminance(rgb), luminance(text.slice(0, 3))].sort((x, y) => y - x);
    return { rgb, contrast: (l1! + 0.05) / (l2! + 0.05) };
  };
  if (target !== 'selection') return target.evaluate(measure, false);
  // The run holding the selection's start (a data-o run: the selection is drawn with its ::selection).
  const start = await page.evaluate(() => {
    const node = window.getSelection()?.anchorNode ?? null;
    const element = node instanceof Element ? node : (node?.parentElement ?? null);
    return element?.closest('[data-o]')?.getAttribute('data-o') ?? null;
  });
  if (start === null) throw new Error('nothing selected in the article');
  return page.locator(`[data-o="${start}"]`).first().evaluate(measure, true);
}

/** How far apart two colours are (RGB, 0–441): the pale accent tint and the Figure tint were about 20. */
function distance(a: readonly number[], b: readonly number[]): number {
  return Math.hypot(...a.map((c, i) => c - b[i]!));
}

test('reader: a new highlight of any colour looks unlike the selection it was made from, light and dark (review 12, 5)', async ({
  app,
  served,
  page
}) => {
  const hl = new HighlightsPage(page);
  await openConvoy(app, served.dir, CONVOY_AND_TALKS);
  await app.reader.focus();
  // J J: the second sentence is selected; 3 (Figure) highlights it and lets the selection go.
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await expect
    .poll(() => page.evaluate(() => window.getSelection()?.toString()))
    .toBe('Officials said forty trucks carried food and medicine.');
  const selectedLight = await shownColour(page, 'selection');
  await page.keyboard.press('3');
  const run = hl.runs(app.readerBody).filter({ hasText: 'Officials said' });
  await expect(run).toHaveAttribute('data-colour', '3');
  // J: the next sentence selected; measured in each theme (the selection stays as the theme changes).
  await page.keyboard.press('j');
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toMatch(/^Residents said/);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const selected = await shownColour(page, 'selection');
    if (scheme === 'light') expect(selected.rgb).toEqual(selectedLight.rgb);
    expect(selected.contrast).toBeGreaterThanOrEqual(4.5);
    const figure = await shownColour(page, run);
    expect(distance(figure.rgb, selected.rgb), `${scheme}: Figure ${figure.rgb} vs selection ${selected.rgb}`).toBeGreaterThan(
      100
    );
    // The other five colours, drawn on the same run the way a recolour draws them.
    for (const colour of [1, 2, 4, 5, 6]) {
      await run.evaluate((element, c) => (element as HTMLElement).style.setProperty('--hl-bg', `var(--hl-${c})`), colour);
      const other = await shownColour(page, run);
      expect(
        distance(other.rgb, selected.rgb),
        `${scheme}: colour ${colour} ${other.rgb} vs selection ${selected.rgb}`
      ).toBeGreaterThan(100);
    }
    await run.evaluate((element) => (element as HTMLElement).style.setProperty('--hl-bg', 'var(--hl-3)'));
  }
});

test('reader: J starts the sentence cursor where the reader is, not back at the top (an article opened at a match)', async ({
  app,
  served,
  page
}) => {
  const paragraphs = Array.from({ length: 40 }, (_, i) => `Paragraph ${i + 1} says the council met again in the morning.`);
  paragraphs[34] = 'The monitor Zarqawi arrived at the crossing before noon. He counted the trucks.';
  await app.importPaths([writeFolder(served.dir, 'council', { 'council.txt': `Council minutes\n\n${paragraphs.join('\n\n')}` })]);
  await page.keyboard.press('Escape');
  await app.search('Zarqawi');
  await app.searchHits.first().click();
  await expect(app.readerTitle).toHaveText('Council minutes');
  // The reader opens at the match, far down.
  await expect(app.readerBody.locator('mark').first()).toBeInViewport();
  await app.reader.focus();
  await page.keyboard.press('j');
  const selected = () => page.evaluate(() => window.getSelection()?.toString() ?? '');
  await expect.poll(selected).not.toBe('');
  // A sentence on screen near the match (it took "Paragraph 1 …" and scrolled to the top).
  expect(await selected()).not.toMatch(/^Paragraph [1-9] /);
  await expect(app.readerBody.locator('mark').first()).toBeInViewport();

  // Select all (Ctrl/⌘ A) in the reader takes the article's text alone, not the window's.
  await page.keyboard.press('ControlOrMeta+a');
  const all = await selected();
  expect(all).toMatch(/^Paragraph 1 says/);
  expect(all).toContain('The monitor Zarqawi arrived');
  expect(all).not.toContain('Council minutes');
  expect(all).not.toContain('Stories');
});

test('hostile notes are shown as text and run nothing', async ({ app, served, page }) => {
  const hl = new HighlightsPage(page);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await openConvoy(app, served.dir, CONVOY_AND_TALKS);
  await hl.highlightWithMouse(app.readerBody, 'shelling stopped overnight', 1);
  await hl.openHighlight(app.readerBody, 'shelling stopped');
  const hostile = '<img src=x onerror=alert(1)> <script>alert(2)</script> [click](javascript:alert(3)) <b>bold</b>';
  await hl.writeNote(hostile);
  const preview = page.getByTestId('note-markdown');
  await expect(preview).toContainText('<img src=x onerror=alert(1)>');
  await expect(preview).toContainText('<script>alert(2)</script>');
  await expect(preview).toContainText('<b>bold</b>');
  await expect(preview.locator('img, script, b, a[href^="javascript"]')).toHaveCount(0);
  await preview.getByText('[click](javascript:alert(3))').click();
  await page.waitForTimeout(300);
  expect(dialogs).toEqual([]);
});
