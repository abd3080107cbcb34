import { openConvoy } from '../support/convoy';
import { expect, test } from '../support/fixtures';
import { HighlightsPage } from '../pages/HighlightsPage';
import { NotesPanelPage } from '../pages/NotesPanelPage';

// Imports and saves under a loaded machine take their time; each step still has its own expect timeout.
test.setTimeout(180_000);

// Review 13, finding 4: annotation ids were handed out again after a delete, and the undo of
// "Highlight deleted" replaced whatever annotation had taken the id since (a note written in
// another window, a browser tab or `crosscheck annotate add`); its redo then deleted that note.
test('undo and redo of a deleted highlight leave a note written meanwhile elsewhere as it is', async ({ app, served, page }) => {
  const hl = new HighlightsPage(page);
  const notes = new NotesPanelPage(page);
  await openConvoy(app, served.dir);
  const body = app.readerBody;
  await hl.highlightWithMouse(body, 'forty trucks carried food', 2);
  await hl.openHighlight(body, 'forty trucks');
  await page.getByTestId('highlight-delete').click();
  await expect(hl.runs(body)).toHaveCount(0);

  // Another window writes a note on the same article (not on this window's undo stack).
  const articleId = (await notes.api<{ items: Array<{ id: number }> }>('articles:list', { limit: 5 })).items[0]!.id;
  await notes.api('annotations:create', { kind: 'article-note', articleId, note: 'Written in another window', tags: [] });
  const stored = async () =>
    (await notes.api<{ items: Array<{ kind: string; note: string }> }>('annotations:list', { sort: 'created' })).items
      .map((a) => `${a.kind}: ${a.note}`)
      .sort();

  await app.reader.focus();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(hl.runs(body)).toHaveText(['forty trucks carried food']);
  await expect.poll(stored).toEqual(['article-note: Written in another window', 'highlight: ']);

  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect(hl.runs(body)).toHaveCount(0);
  await expect.poll(stored).toEqual(['article-note: Written in another window']);

  await page.keyboard.press('ControlOrMeta+z');
  await expect(hl.runs(body)).toHaveText(['forty trucks carried food']);
  await expect.poll(stored).toEqual(['article-note: Written in another window', 'highlight: ']);
});
