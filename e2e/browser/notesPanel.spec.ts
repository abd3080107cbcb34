import { expect, test } from '../support/fixtures';
import { NotesPanelPage } from '../pages/NotesPanelPage';

/** Words of the seeds' clean bodies, one per article (seeds/), to highlight. */
const QUOTES = {
  heavy: 'declined to surrender heavy weapons',
  towns: 'resumed air strikes on the south of the country',
  displaced: 'aimed at a comprehensive cease-fire',
  room: 'Southern Operations Room',
  strikes: 'resumed their air strikes'
};

async function seedAnnotations(notes: NotesPanelPage) {
  const articles = await notes.articles();
  const idOf = async (quote: string) => {
    for (const a of articles) {
      const body = (await notes.api<{ body: string }>('articles:get', { id: a.id })).body;
      if (body.includes(quote)) return a.id;
    }
    throw new Error(`no seed holds “${quote}”`);
  };
  await notes.highlight(await idOf(QUOTES.heavy), QUOTES.heavy, { colour: 1, note: 'The **sticking point**', tags: ['weapons'] });
  await notes.highlight(await idOf(QUOTES.towns), QUOTES.towns, { colour: 3, tags: ['evidence', 'numbers'] });
  await notes.highlight(await idOf(QUOTES.displaced), QUOTES.displaced, { colour: 3, note: 'Compare the UN figure', tags: ['numbers'] });
  await notes.highlight(await idOf(QUOTES.room), QUOTES.room, { colour: 2 });
  await notes.api('annotations:create', { kind: 'article-note', articleId: await idOf(QUOTES.strikes), note: 'Reads like the AFP wire' });
  return { articles, idOf };
}

test.describe('notes panel', () => {
  test('lists highlights and notes with counts; groups by colour and story; filters by colour, tag, outlet and words', async ({ app, page }) => {
    const notes = new NotesPanelPage(page);
    await expect(app.libraryRows).toHaveCount(5);
    await seedAnnotations(notes);
    await notes.open();

    await expect(notes.entries).toHaveCount(5);
    await expect(notes.total).toHaveText('5 entries');
    // On one line beside the buttons (review #7: it wrapped, "5 / entries", at 1440×900).
    const lines = await notes.total.evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return range.getClientRects().length;
    });
    expect(lines).toBe(1);
    // …and not by pushing the header's buttons out of the panel.
    expect(await notes.panel.locator('.notes-panel__head').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await expect(notes.entry(QUOTES.heavy)).toContainText('sticking point');
    await expect(notes.entry(QUOTES.heavy).locator('strong')).toHaveText('sticking point');
    await expect(notes.entry('Reads like the AFP wire')).toContainText('Note on the article');
    // Colour counts: colour 3 holds two, colour 1 one.
    await expect(notes.legend.getByTestId('colour-legend-3')).toContainText('2');
    await expect(notes.legend.getByTestId('colour-legend-1')).toContainText('1');
    await expect(notes.panel.getByTestId('notes-tag-chip').filter({ hasText: 'numbers' })).toContainText('2');

    await page.getByTestId('notes-group-colour').click();
    await expect(notes.panel.getByTestId('notes-heading')).toHaveText(['Claim1', 'Quote1', 'Figure2', 'Notes without a colour1']);
    await page.getByTestId('notes-group-story').click();
    await expect(notes.panel.getByTestId('notes-heading')).toHaveCount(1);
    await expect(notes.panel.getByTestId('notes-heading')).toContainText('5');
    await page.getByTestId('notes-group-article').click();

    await notes.legend.getByTestId('colour-legend-3').click();
    await expect(notes.entries).toHaveCount(2);
    await notes.legend.getByTestId('colour-legend-3').click();
    await expect(notes.entries).toHaveCount(5);

    await notes.panel.getByTestId('notes-tag-chip').filter({ hasText: 'weapons' }).click();
    await expect(notes.entries).toHaveCount(1);
    await expect(notes.entries).toContainText(QUOTES.heavy);
    await notes.panel.getByTestId('notes-tag-chip').filter({ hasText: 'weapons' }).click();

    await notes.search.fill('UN figure');
    await expect(notes.entries).toHaveCount(1);
    await expect(notes.entries).toContainText(QUOTES.displaced);
    await notes.search.fill('tag:numbers');
    await expect(notes.entries).toHaveCount(2);
    await notes.search.fill('author:Smith');
    await expect(page.getByTestId('notes-query-notes')).toContainText('Notes cannot be searched by author:');
  });
});
