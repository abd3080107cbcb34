import { CONVOY_AND_TALKS, openConvoy } from '../support/convoy';
import { expect, test } from '../support/fixtures';
import { HighlightsPage } from '../pages/HighlightsPage';
import { NotesPanelPage } from '../pages/NotesPanelPage';

// Imports and saves under a loaded machine take their time; each step still has its own expect timeout.
test.setTimeout(180_000);

test('Adjust from the keyboard moves either edge: Shift+Alt+←/→ the start, Shift+←/→ the end', async ({ app, served, page }) => {
  const hl = new HighlightsPage(page);
  const notes = new NotesPanelPage(page);
  await openConvoy(app, served.dir, CONVOY_AND_TALKS);
  const body = app.readerBody;
  await hl.highlightWithMouse(body, 'three days of waiting', 3);
  await expect(hl.runs(body)).toHaveText(['three days of waiting']);

  await hl.openHighlight(body, 'three days');
  await page.getByTestId('highlight-adjust').click();
  await expect(page.getByTestId('highlight-retarget')).toBeVisible();
  // The bar says which keys move which edge.
  await expect(page.getByTestId('highlight-retarget-keys')).toContainText(/Shift.*←.*→.*end.*Shift.*(Alt|⌥).*start/);
  await app.reader.focus();
  await page.keyboard.press('Shift+Alt+ArrowLeft');
  await page.keyboard.press('Shift+Alt+ArrowLeft');
  await page.keyboard.press('Shift+Alt+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('highlight-retarget')).toBeHidden();
  await expect(hl.runs(body)).toHaveText(['after three days of waiting at']);
  const stored = await notes.api<{ items: Array<{ anchor: { quote: { exact: string } } }> }>('annotations:list', {
    filter: { kinds: ['highlight'] }
  });
  expect(stored.items.map((h) => h.anchor.quote.exact)).toEqual(['after three days of waiting at']);

  // And undo puts the old extent back.
  await app.reader.focus();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(hl.runs(body)).toHaveText(['three days of waiting']);
});

test('a colour renamed in Settings is renamed at once in the reader legend, the toolbar, the popover and the panel', async ({
  app,
  served,
  page
}) => {
  const hl = new HighlightsPage(page);
  const notes = new NotesPanelPage(page);
  await openConvoy(app, served.dir, CONVOY_AND_TALKS);
  const body = app.readerBody;
  await hl.highlightWithMouse(body, 'forty trucks carried food', 2);
  const legend = page.getByTestId('highlight-legend');
  await expect(legend).toHaveText('Quote');
  await notes.open();
  await expect(notes.legend.getByTestId('colour-legend-2')).toContainText('Quote');

  await page.getByTestId('settings-button').click();
  // The dialog opens on its first field, not on × (review #18).
  await expect(page.getByTestId('colour-name-1')).toBeFocused();
  await page.getByTestId('colour-name-2').fill('Direct speech');
  await page.getByTestId('settings-save').click();
  await expect(page.getByTestId('settings-dialog')).toBeHidden();

  // No reload: every place that names colour 2 says the new name.
  await expect(legend).toHaveText('Direct speech');
  await expect(notes.legend.getByTestId('colour-legend-2')).toContainText('Direct speech');
  await expect(notes.entries.first()).toContainText('Direct speech');
  await hl.openHighlight(body, 'forty trucks');
  await expect(hl.popover.locator('.hl-popover__meaning')).toHaveText('Direct speech');
  await expect(page.getByTestId('highlight-recolour-2')).toHaveAccessibleName(/Direct speech/);
  await hl.closePopover();
  await hl.dragSelect(body, 'shelling stopped overnight');
  await expect(hl.toolbar).toBeVisible();
  await expect(page.getByTestId('highlight-colour-2')).toHaveAccessibleName(/Direct speech/);
});

test('the tag field suggests the tags in use, as typed', async ({ app, served, page }) => {
  const hl = new HighlightsPage(page);
  await openConvoy(app, served.dir, CONVOY_AND_TALKS);
  const body = app.readerBody;
  await hl.highlightWithMouse(body, 'forty trucks carried food', 1);
  await hl.openHighlight(body, 'forty trucks');
  await hl.addTag('casualties');
  await hl.addTag('convoys');
  await hl.closePopover();

  await hl.highlightWithMouse(body, 'shelling stopped overnight', 2);
  await hl.openHighlight(body, 'shelling stopped');
  await hl.tagInput.fill('cas');
  // The field's list (a <datalist>, which the browser shows under the field) holds the tags in use that start so.
  const suggested = hl.popover.locator(`datalist[id="${await hl.tagInput.getAttribute('list')}"] option`);
  await expect(suggested).toHaveCount(1);
  await expect(suggested).toHaveAttribute('value', 'casualties');
  await hl.tagInput.fill('');
  await expect(suggested).toHaveCount(2);
});
