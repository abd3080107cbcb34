import { expect, test } from '../support/fixtures';

// Seeds 002 and 003 carry no date (docs/import.md, "The seeds").
const UNDATED = ['Syrian rebels and Russia ceasefire deal breaks down', 'South Syria rebels say negotiations with Russia have failed'];

test.describe('Edit details of picked articles', () => {
  test('sets the outlet and date of two picked articles, which date: then finds; before, the search says why it found none', async ({
    app,
    page
  }) => {
    await expect(app.libraryRows.filter({ hasText: UNDATED[0]! })).toBeVisible();

    await app.search('date:2005');
    await expect(page.getByTestId('search-notes')).toContainText(
      'articles that match the rest have no date, so date:2005 cannot match them — set dates with Edit details'
    );
    await page.keyboard.press('Escape');

    await app.pickRows(UNDATED);
    await expect(page.getByTestId('selection-bar')).toContainText('2 picked');
    await page.getByTestId('bulk-edit-button').click();
    const dialog = page.getByTestId('bulk-edit');
    await expect(dialog).toContainText('Edit details of 2 articles');
    await expect(page.getByTestId('bulk-edit-save')).toBeDisabled();
    await page.getByTestId('bulk-edit-publishedAt').fill('4 March 2005');
    await expect(dialog).toContainText('Write the date as YYYY-MM-DD');
    await expect(page.getByTestId('bulk-edit-save')).toBeDisabled();
    await page.getByTestId('bulk-edit-publishedAt').fill('2005-03-04');
    await page.getByTestId('bulk-edit-outlet').fill('Wire desk');
    await page.getByTestId('bulk-edit-save').click();
    await expect(dialog).toBeHidden();

    // The list reloads with the new details; the other articles keep their own.
    for (const title of UNDATED) await expect(app.libraryRows.filter({ hasText: title })).toContainText('Wire desk');
    await expect(app.libraryRows.filter({ hasText: 'Wire desk' })).toHaveCount(2);

    await app.search('date:2005');
    await expect(page.getByTestId('search-count')).toHaveAttribute('data-total', '2');
    await expect(app.searchHits.filter({ hasText: UNDATED[0]! })).toBeVisible();
  });
});
