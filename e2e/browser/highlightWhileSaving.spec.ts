import type { Page } from '@playwright/test';
import { openConvoy } from '../support/convoy';
import { expect, test } from '../support/fixtures';
import { HighlightsPage } from '../pages/HighlightsPage';
import { NotesPanelPage } from '../pages/NotesPanelPage';

// Imports and saves under a loaded machine take their time; each step still has its own expect timeout.
test.setTimeout(180_000);

/**
 * Holds the window's answers to `channel` (the engine has done the write; its answer is on its
 * way) until `release()`: a save on a loaded machine, without waiting on a clock. `sent()` counts
 * the calls made.
 */
async function holdAnswers(page: Page, channel: string): Promise<{ release: () => void; sent: () => number }> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  let sent = 0;
  await page.route(`**/api/${encodeURIComponent(channel)}`, async (route) => {
    sent += 1;
    const response = await route.fetch();
    await held;
    await route.fulfill({ response });
  });
  return { release, sent: () => sent };
}

// Session 14: both steps below failed now and then under CI's load (annotationsReader and
// annotationsCompare, passing on the retry). A click on a highlight still being saved opened
// nothing, and Ctrl Z right after a recolour undid the step before it (here: the highlight itself),
// because the recolour went on the undo stack only when the engine answered.
test('a highlight clicked while it is being saved opens once saved; Ctrl Z while a recolour is being saved takes back the recolour', async ({
  app,
  served,
  page
}) => {
  const hl = new HighlightsPage(page);
  const notes = new NotesPanelPage(page);
  await openConvoy(app, served.dir);
  const body = app.readerBody;
  const stored = async () =>
    (
      await notes.api<{ items: Array<{ id: number; colour: number; note: string }> }>('annotations:list', {
        filter: { kinds: ['highlight'] }
      })
    ).items.map((h) => ({ id: h.id, colour: h.colour, note: h.note }));

  // The highlight shows at once; clicked while its save is on its way, its popover opens when saved.
  const creating = await holdAnswers(page, 'annotations:create');
  await hl.highlightWithMouse(body, 'forty trucks carried food', 2);
  await expect(hl.runs(body)).toHaveText(['forty trucks carried food']);
  await expect.poll(creating.sent).toBe(1);
  await hl.runs(body).first().click();
  creating.release();
  await expect(hl.popover).toBeVisible();
  await expect(hl.noteInput).toBeFocused();
  await expect.poll(stored).toEqual([{ id: expect.any(Number), colour: 2, note: '' }]);
  const id = (await stored())[0]!.id;
  await expect(hl.popover).toHaveAttribute('data-annotation-id', String(id));

  // A note, then a recolour whose save is still on its way when Ctrl Z is pressed.
  await page.keyboard.type('Check the count');
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect.poll(stored).toEqual([{ id, colour: 2, note: 'Check the count' }]);
  const updating = await holdAnswers(page, 'annotations:update');
  await page.getByTestId('highlight-recolour-4').click();
  await expect(hl.runs(body).first()).toHaveAttribute('data-colour', '4');
  await expect.poll(updating.sent).toBe(1);
  await hl.closePopover();
  await app.reader.focus();
  await page.keyboard.press('ControlOrMeta+z');
  updating.release();
  await expect(hl.runs(body).first()).toHaveAttribute('data-colour', '2');
  await expect.poll(stored).toEqual([{ id, colour: 2, note: 'Check the count' }]);
  // The note is the next step back; redo brings the recolour again.
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect(hl.runs(body).first()).toHaveAttribute('data-colour', '4');
  await expect.poll(stored).toEqual([{ id, colour: 4, note: 'Check the count' }]);
  // The last answers still in the hold's hands reach the window before the page closes.
  await page.unrouteAll({ behavior: 'wait' });
});

test('Enter right after 1–6 opens the new highlight once saved, not an older one under the same words', async ({ app, served, page }) => {
  const hl = new HighlightsPage(page);
  const notes = new NotesPanelPage(page);
  await openConvoy(app, served.dir);
  const body = app.readerBody;
  // An older highlight inside the sentence about to be highlighted.
  await hl.highlightWithMouse(body, 'forty trucks', 4);
  const ids = async () =>
    (await notes.api<{ items: Array<{ id: number }> }>('annotations:list', { filter: { kinds: ['highlight'] }, sort: 'created' })).items.map(
      (h) => h.id
    );
  await expect.poll(ids).toHaveLength(1);
  const [older] = await ids();

  // J J: the second sentence; 2 highlights it; Enter while its save is on its way.
  const creating = await holdAnswers(page, 'annotations:create');
  await app.reader.focus();
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await page.keyboard.press('2');
  await expect(body.locator('[data-colour="2"]')).not.toHaveCount(0);
  await expect.poll(creating.sent).toBe(1);
  await page.keyboard.press('Enter');
  creating.release();
  await expect(hl.popover).toBeVisible();
  await expect(hl.noteInput).toBeFocused();
  await expect.poll(ids).toHaveLength(2);
  const newer = (await ids()).find((id) => id !== older);
  await expect(hl.popover).toHaveAttribute('data-annotation-id', String(newer));
  await page.unrouteAll({ behavior: 'wait' });
});
