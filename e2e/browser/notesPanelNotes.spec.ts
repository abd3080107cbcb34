import fs from 'node:fs';
import path from 'node:path';
import { NotesPanelPage } from '../pages/NotesPanelPage';
import { expect, test, writeFolder } from '../support/fixtures';

const QUOTE = 'declined to surrender heavy weapons';

async function articleHolding(notes: NotesPanelPage, quote: string): Promise<{ id: number; title: string }> {
  for (const a of await notes.articles()) {
    const body = (await notes.api<{ body: string }>('articles:get', { id: a.id })).body;
    if (body.includes(quote)) return a;
  }
  throw new Error(`no seed holds “${quote}”`);
}

test.describe('notes panel: opening, notes on things, orphans, colours, hostile text', () => {
  test('clicking an entry opens its article scrolled to the highlight, which flashes', async ({ app, page }) => {
    const notes = new NotesPanelPage(page);
    await expect(app.libraryRows).toHaveCount(5);
    const article = await articleHolding(notes, QUOTE);
    const made = await notes.highlight(article.id, QUOTE, { colour: 2, note: 'Why here?' });
    await notes.open();
    // The flash lasts a moment: record every highlight run that gets the class, whenever it does.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { flashed: string[] }).flashed = seen;
      new MutationObserver((records) => {
        for (const r of records)
          if (r.target instanceof HTMLElement && r.target.classList.contains('is-hl-flash')) seen.push(r.target.dataset.hlIds ?? '');
      }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['class'] });
    });
    await notes.entry(QUOTE).getByRole('button', { name: QUOTE }).click();
    await expect(app.readerTitle).toHaveText(article.title);
    const mark = app.readerBody.locator(`[data-hl-ids~="${made.id}"]`).first();
    await expect(mark).toBeInViewport();
    await expect.poll(() => page.evaluate(() => (window as unknown as { flashed: string[] }).flashed)).toContain(String(made.id));
  });

  test('notes on an article, a story and a shared passage are made where they are and listed in the panel', async ({ app, page }) => {
    // A comparison of the five seeds runs in the page's worker: slow on a loaded machine.
    test.setTimeout(240_000);
    const notes = new NotesPanelPage(page);
    await expect(app.libraryRows).toHaveCount(5);
    await notes.open();

    await app.libraryRows.first().click();
    await page.getByTestId('article-notes').getByTestId('object-note-add').click();
    await page.getByTestId('article-notes').getByTestId('object-note-input').fill('Article note: *check* the date');
    await page.getByTestId('article-notes').getByTestId('object-note-save').click();
    await expect(page.getByTestId('article-notes').getByTestId('object-note').locator('em')).toHaveText('check');

    await page.getByTestId('story-item').first().locator('.story-item__main').click();
    await page.getByTestId('story-notes-toggle').click();
    await page.getByTestId('story-notes').getByTestId('object-note-add').click();
    await page.getByTestId('story-notes').getByTestId('object-note-input').fill('Story note: five sources, one wire');
    await page.getByTestId('story-notes').getByTestId('object-note-save').click();
    await expect(page.getByTestId('story-notes').getByTestId('object-note')).toHaveText(/five sources/);

    await expect(notes.entries).toHaveCount(2);
    await expect(notes.entry('Article note')).toHaveAttribute('data-kind', 'article-note');
    await expect(notes.entry('Story note')).toHaveAttribute('data-kind', 'story-note');

    // The comparison of the story: pick a passage, note it.
    await page.getByTestId('notes-button').click();
    const story = page.getByTestId('story-item').first();
    await story.hover();
    await story.getByTestId('story-compare').click();
    await expect(page.getByTestId('compare-view')).toHaveAttribute('data-phase', 'done', { timeout: 90_000 });
    const passage = page.getByTestId('compare-passage').first();
    await passage.scrollIntoViewIfNeeded();
    await passage.click();
    await page.getByTestId('passage-notes').getByTestId('object-note-add').click();
    await page.getByTestId('passage-notes').getByTestId('object-note-input').fill('AFP says 140, Al Jazeera 100');
    await page.getByTestId('passage-notes').getByTestId('object-note-save').click();
    await expect(page.getByTestId('passage-notes').getByTestId('object-note')).toHaveText(/AFP says 140/);
    const listed = await notes.api<{ total: number; items: Array<{ kind: string; note: string }> }>('annotations:list', {
      filter: { kinds: ['passage-note'] }
    });
    expect(listed.items.map((i) => i.note)).toEqual(['AFP says 140, Al Jazeera 100']);
  });

  test('an orphan is listed with its quote and note, and offers Re-attach', async ({ app, page, served }) => {
    const notes = new NotesPanelPage(page);
    await expect(app.libraryRows).toHaveCount(5);
    const folder = writeFolder(served.dir, 'mine', {
      'talks.txt': 'Talks fail\n\nOn Wednesday, in Daraa, rebels said the talks with Russia had collapsed after a long night.'
    });
    await notes.api('import:paths', { paths: [folder] });
    const article = (await notes.articles()).find((a) => a.title === 'Talks fail')!;
    await notes.highlight(article.id, 'talks with Russia had collapsed', { colour: 4, note: 'Keep this line' });
    fs.writeFileSync(path.join(folder, 'talks.txt'), 'Talks fail\n\nOn Wednesday the weather in the south was fine and nobody said anything else.');
    await notes.api('import:paths', { paths: [folder] });

    await notes.open();
    await page.getByTestId('notes-orphans-chip').click();
    await expect(notes.entries).toHaveCount(1);
    const orphan = notes.entries.first();
    await expect(orphan).toHaveAttribute('data-state', 'orphan');
    await expect(orphan.getByTestId('notes-entry-quote')).toHaveText('talks with Russia had collapsed');
    await expect(orphan).toContainText('Keep this line');
    await expect(orphan).toContainText('Not found in the text');
    await orphan.getByRole('button', { name: 'Re-attach' }).click();
    await expect(app.readerTitle).toHaveText('Talks fail');
  });

  test('a colour renamed in Settings shows in the legend and the panel', async ({ app, page }) => {
    const notes = new NotesPanelPage(page);
    await expect(app.libraryRows).toHaveCount(5);
    const article = await articleHolding(notes, QUOTE);
    await notes.highlight(article.id, QUOTE, { colour: 5 });
    await notes.open();
    await expect(notes.entries.first()).toContainText('Follow up');

    await page.getByTestId('settings-button').click();
    await page.getByTestId('colour-name-5').fill('Ask the agency');
    await page.getByTestId('settings-save').click();
    await expect(page.getByTestId('settings-dialog')).toBeHidden();
    await expect(notes.legend.getByTestId('colour-legend-5')).toContainText('Ask the agency');
    await expect(notes.entries.first()).toContainText('Ask the agency');
    await page.reload();
    await notes.panel.waitFor();
    await expect(notes.legend.getByTestId('colour-legend-5')).toContainText('Ask the agency');
  });

  test('hostile notes and tags show as text and run nothing', async ({ app, page }) => {
    const notes = new NotesPanelPage(page);
    await expect(app.libraryRows).toHaveCount(5);
    const article = await articleHolding(notes, QUOTE);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await notes.highlight(article.id, QUOTE, {
      note: '<img src=x onerror="alert(1)"> [link](javascript:alert(2)) <script>alert(3)</script>',
      tags: ['<b onmouseover=alert(4)>tag</b>']
    });
    await notes.open();
    const entry = notes.entries.first();
    await expect(entry).toContainText('<img src=x onerror="alert(1)">');
    await expect(entry.getByTestId('notes-entry-tag')).toHaveText('<b onmouseover=alert(4)>tag</b>');
    await expect(entry.locator('img, script, b, a[href^="javascript"]')).toHaveCount(0);
    await entry.getByTestId('notes-entry-tag').hover();
    expect(dialogs).toEqual([]);
  });
});
