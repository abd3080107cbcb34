import { expect, test } from '../support/fixtures';
import { NotesPanelPage } from '../pages/NotesPanelPage';

// Seed 002: the only seed with these words (seeds/).
const TITLE = 'Syrian rebels and Russia ceasefire deal breaks down';
const QUOTE = 'aimed at a comprehensive cease-fire';

test.describe('Deleting articles', () => {
  test('Delete in the list asks first (focus on Cancel, the notes that become orphans counted); the article leaves list and search, its note stays as an orphan', async ({
    app,
    page
  }) => {
    const notes = new NotesPanelPage(page);
    await expect(app.libraryRows).toHaveCount(5);
    const id = (await notes.articles()).find((a) => a.title === TITLE)!.id;
    await notes.highlight(id, QUOTE, { colour: 4, note: 'Check against the SNC statement' });

    await app.libraryRows.filter({ hasText: TITLE }).click();
    await page.keyboard.press('Delete');
    const dialog = page.getByTestId('delete-articles');
    await expect(dialog).toContainText('Delete 1 article?');
    await expect(page.getByTestId('delete-articles-orphans')).toHaveText(
      '1 highlight on it will become an orphan: kept, with its words and note, in the notes panel under “Not found in the text”.'
    );
    // Enter on the focused Cancel deletes nothing.
    await expect(page.getByTestId('delete-articles-cancel')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(app.libraryRows).toHaveCount(5);

    await app.libraryRows.filter({ hasText: TITLE }).click();
    await page.keyboard.press('Delete');
    await page.getByTestId('delete-articles-confirm').click();
    await expect(dialog).toBeHidden();
    await expect(app.libraryRows).toHaveCount(4);
    await expect(app.libraryRows.filter({ hasText: TITLE })).toHaveCount(0);

    await app.search('"Negotiations Commission"');
    await expect(page.getByTestId('search-count')).toHaveAttribute('data-total', '0');
    await page.keyboard.press('Escape');

    await notes.open();
    const entry = notes.entry('Check against the SNC statement');
    await expect(entry).toHaveAttribute('data-state', 'orphan');
    await expect(entry).toContainText(QUOTE);
    await expect(entry.getByTestId('notes-entry-orphan')).toHaveText('Article deleted');
  });
});
