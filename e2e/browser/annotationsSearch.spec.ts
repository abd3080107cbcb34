import AxeBuilder from '@axe-core/playwright';
import { NotesPanelPage } from '../pages/NotesPanelPage';
import { expect, test } from '../support/fixtures';

// A seed sentence far enough down its article that opening it must scroll.
const QUOTE = 'declined to surrender heavy weapons';

test('library search with in:notes shows matches in notes as such, and opening one scrolls to its highlight, which flashes', async ({
  app,
  page
}) => {
  const notes = new NotesPanelPage(page);
  await expect(app.libraryRows).toHaveCount(5);
  let article: { id: number; title: string } | undefined;
  for (const a of await notes.articles()) {
    if ((await notes.api<{ body: string }>('articles:get', { id: a.id })).body.includes(QUOTE)) article = a;
  }
  if (!article) throw new Error(`no seed holds “${QUOTE}”`);
  const made = await notes.highlight(article.id, QUOTE, { colour: 4, note: 'Ask the **zeppelin** desk who counted the weapons' });

  // A word only the note holds: no article matches, the note does, and says it is the user's note.
  await app.search('in:notes zeppelin');
  const rows = page.getByTestId('note-hit');
  await expect(rows).toHaveCount(1);
  await expect(page.getByTestId('search-empty')).toBeHidden();
  await expect(rows.first()).toContainText('In your note on a highlight');
  await expect(rows.first()).toContainText(`article: ${article.title}`);
  await expect(rows.first().getByTestId('note-hit-text').locator('mark')).toHaveText(['zeppelin']);
  // The note reads as the notes panel shows it, and the count counts it (review 12, finding 8).
  await expect(rows.first().getByTestId('note-hit-text').locator('strong')).toHaveText('zeppelin');
  await expect(rows.first().getByTestId('note-hit-text')).toHaveText('Ask the zeppelin desk who counted the weapons');
  await expect(page.getByTestId('search-count')).toHaveText('1 note');
  // One target per row, holding no paragraph or list (review 12: the note's Markdown was inside a
  // <button>); the button says where the note is and is described by the badge and the note.
  const open = rows.first().getByRole('button');
  await expect(open).toHaveCount(1);
  await expect(open).toHaveAccessibleName(`article: ${article.title}`);
  await expect(open).toHaveAccessibleDescription('In your note on a highlight Ask the zeppelin desk who counted the weapons');
  await expect(page.getByTestId('note-hits').locator('button :is(p, ul, ol, li, div, blockquote, pre, h1, h2, h3, h4)')).toHaveCount(0);
  await expect(rows.first().getByTestId('note-hit-text').locator('p')).toHaveCount(1);
  const audit = await new AxeBuilder({ page }).include('[data-testid="note-hits"]').analyze();
  expect(audit.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  // Without in:notes, notes are not searched.
  await app.search('zeppelin');
  await expect(page.getByTestId('search-empty')).toBeVisible();
  await expect(rows).toHaveCount(0);
  // A word the articles hold and no note does: nothing, not an article whose snippet shows no
  // match (review #16).
  await app.search('in:notes AFP');
  await expect(page.getByTestId('search-empty')).toBeVisible();
  await expect(app.searchHits).toHaveCount(0);
  await expect(rows).toHaveCount(0);

  // Words of the highlighted passage: the highlight as the user's, and no article (in:notes
  // searches the notes alone).
  await app.search('in:notes "surrender heavy weapons"');
  await expect(rows).toHaveCount(1);
  await expect(app.searchHits).toHaveCount(0);
  await expect(rows.first()).toContainText('In your highlight');
  await expect(rows.first().getByTestId('note-hit-text').locator('mark')).toHaveText(['surrender heavy weapons']);

  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { flashed: string[] }).flashed = seen;
    new MutationObserver((records) => {
      for (const r of records)
        if (r.target instanceof HTMLElement && r.target.classList.contains('is-hl-flash'))
          seen.push(r.target.dataset.hlIds ?? '');
    }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['class'] });
  });
  await rows.first().click();
  await expect(app.readerTitle).toHaveText(article.title);
  await expect(app.readerBody.locator(`[data-hl-ids~="${made.id}"]`).first()).toBeInViewport();
  await expect.poll(() => page.evaluate(() => (window as unknown as { flashed: string[] }).flashed)).toContain(String(made.id));
});

test('a long note found by in:notes shows the words around its match, not the whole note up to it', async ({ app, page }) => {
  const notes = new NotesPanelPage(page);
  await expect(app.libraryRows).toHaveCount(5);
  const [article] = await notes.articles();
  const body = (await notes.api<{ body: string }>('articles:get', { id: article!.id })).body;
  const quote = body.split(/\s+/).slice(0, 4).join(' ');
  // One paragraph of about 2,300 characters, the match at its end (code review 12: the row showed it all).
  const note = `${'The council said very little about the convoy that day. '.repeat(40)}Ask the desk about the blimp.`;
  await notes.highlight(article!.id, quote, { note });

  await app.search('in:notes blimp');
  const text = page.getByTestId('note-hit').first().getByTestId('note-hit-text');
  await expect(text.locator('mark')).toHaveText(['blimp']);
  const shown = await text.innerText();
  expect(shown.startsWith('…')).toBe(true);
  expect(shown.length).toBeLessThan(400);
  // From the keyboard: the row's one tab stop, and Enter opens its article.
  await page.getByTestId('note-hit').first().getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(app.readerTitle).toHaveText(article!.title);
});

test('in:notes narrows by outlet:, date:, lang:, -word and OR as the notes panel does, and names what it ignores (review 14 #1)', async ({
  app,
  page
}) => {
  const notes = new NotesPanelPage(page);
  await expect(app.libraryRows).toHaveCount(5);
  const [first, second] = await notes.articles();
  const article = await notes.api<{ outlet: string | null; publishedAt: string | null; language: string | null; body: string }>(
    'articles:get',
    { id: first!.id }
  );
  const year = article.publishedAt!.slice(0, 4);
  const quote = article.body.split(/\s+/).slice(0, 4).join(' ');
  await notes.highlight(first!.id, quote, { note: 'Greenspan said the dollar would fall — verify with Fed transcript' });
  await notes.api('annotations:create', { kind: 'article-note', articleId: second!.id, note: 'Which SEC ruling?' });

  const rows = page.getByTestId('note-hit');
  const count = async (query: string, n: number): Promise<void> => {
    await app.search(query);
    await expect(rows, query).toHaveCount(n);
  };
  await count('in:notes transcript', 1);
  await count('in:notes transcript outlet:"Zzzz"', 0);
  await count('in:notes transcript date:1999', 0);
  await count(`in:notes transcript date:${year}`, 1);
  await count('in:notes transcript lang:fr', 0);
  await count(`in:notes transcript lang:${article.language!.slice(0, 2)}`, 1);
  await count('in:notes transcript -Greenspan', 0);
  await count('in:notes SEC OR transcript', 2);
  await expect(rows.getByTestId('note-hit-text').locator('mark')).toHaveText(['SEC', 'transcript']);
  // What notes cannot be searched by is said under the box, as the notes panel says it.
  await count('in:notes transcript author:Smith', 1);
  await expect(page.getByTestId('search-notes')).toContainText('Notes cannot be searched by author:; ignored here.');
});
