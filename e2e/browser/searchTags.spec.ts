import { NotesPanelPage } from '../pages/NotesPanelPage';
import { expect, test } from '../support/fixtures';

/**
 * Tags in the search box and the facets (user review: `tag:` folded ASCII case only, and no Tag
 * facet): notes tagged `Été` and `ÉTÉ` are one tag, which `tag:été` finds and the Tag facet counts
 * and toggles in the query like the other facets.
 */
test('the Tag facet counts one tag in any case and toggles tag: in the query; tag:été finds Été and ÉTÉ', async ({ app, page }) => {
  const notes = new NotesPanelPage(page);
  await expect(app.libraryRows).toHaveCount(5);
  const [a, b, c] = await notes.articles();
  const note = (articleId: number, tags: string[]) => notes.api('annotations:create', { kind: 'article-note', articleId, note: 'n', tags });
  await note(a!.id, ['Été', 'wire']);
  await note(b!.id, ['ÉTÉ', 'wire']);
  await note(c!.id, ['wire']);

  await app.search('Russia');
  await expect(app.searchHits).toHaveCount(5);
  const group = page.locator('[data-testid="facet-group"][data-facet="tag"]');
  await expect(group.getByRole('button', { name: 'Tag' })).toBeVisible();
  const chips = group.getByTestId('facet-value');
  await expect(chips).toHaveCount(2);
  await expect(chips.nth(0)).toContainText('wire');
  await expect(chips.nth(0).getByTestId('facet-count')).toHaveText('3');
  await expect(chips.nth(1)).toContainText(/été/i);
  await expect(chips.nth(1).getByTestId('facet-count')).toHaveText('2');

  // A click adds the tag to the query and narrows the results; a second click takes it out.
  await chips.nth(1).click();
  await expect(app.searchInput).toHaveValue(/^Russia tag:"(été|Été|ÉTÉ)"$/);
  await expect(app.searchHits).toHaveCount(2);
  await expect(chips.nth(1)).toHaveAttribute('aria-pressed', 'true');
  await chips.nth(1).click();
  await expect(app.searchInput).toHaveValue('Russia');
  await expect(app.searchHits).toHaveCount(5);

  // Typed in another case of an accented letter: both notes' articles.
  await app.search('tag:été');
  await expect(app.searchHits).toHaveCount(2);
  await expect(page.getByTestId('search-notes')).toHaveCount(0);
});
