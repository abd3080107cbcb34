import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../support/fixtures';

// Seeds 002 and 003 carry no date (docs/import.md, "The seeds").
const TWO = [
  'Syrian rebels and Russia ceasefire deal breaks down',
  'South Syria rebels say negotiations with Russia have failed'
];

test.describe('The library list’s context menu', () => {
  test('right-click, Shift+F10: the row’s actions or the picks’, from the mouse and the keyboard', async ({
    app,
    page,
    context
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const list = page.getByTestId('library-list');
    const menu = page.getByRole('menu', { name: /^Article: / });
    const row = app.libraryRows.filter({ hasText: TWO[0]! });

    // One article: Compare cannot apply, and says why; the keyboard is on the first item.
    await row.click({ button: 'right' });
    await expect(menu).toBeVisible();
    await expect(menu.getByRole('menuitem')).toHaveText([
      'Open',
      'Compare',
      'Move to story…',
      'Edit details…',
      'Export…',
      'Copy citation',
      'Copy title',
      'Delete…Del'
    ]);
    await expect(menu.getByRole('menuitem', { name: 'Open' })).toBeFocused();
    const compare = menu.getByTestId('article-menu-compare');
    await expect(compare).toHaveAttribute('aria-disabled', 'true');
    await expect(compare).toHaveAttribute('title', 'Choose at least 2 articles to compare.');
    // ↓ walks the items, the disabled one included (it says why); Esc gives the list back, on the row.
    // Nothing serious for axe in the open menu (its roles, names, contrast).
    const axe = await new AxeBuilder({ page }).include('[data-testid="article-menu"]').analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    await page.keyboard.press('ArrowDown');
    await expect(compare).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect(list).toBeFocused();
    await expect(row).toHaveAttribute('aria-selected', 'true');
    const rowId = await row.getAttribute('id');
    await expect(list).toHaveAttribute('aria-activedescendant', rowId!);

    // Shift+F10 on the list: the same menu, under the row; Copy title from the keyboard.
    await page.keyboard.press('Shift+F10');
    await expect(menu.getByRole('menuitem', { name: 'Open' })).toBeFocused();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowUp');
    await expect(menu.getByTestId('article-menu-copy-title')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(menu).toBeHidden();
    await expect(page.getByTestId('toast')).toContainText('Copied the title of 1 article.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(TWO[0]);

    // Edit details… of one article: the reader's dialog, with its title.
    await row.click({ button: 'right' });
    await menu.getByTestId('article-menu-edit').click();
    await expect(page.getByTestId('edit-details')).toBeVisible();
    await expect(page.getByTestId('edit-details').getByLabel('Title')).toHaveValue(TWO[0]!);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('edit-details')).toBeHidden();

    // Move to story…: the stories menu opens where the menu was, the keyboard in it; the seeds are one story.
    await row.click({ button: 'right' });
    await menu.getByTestId('article-menu-move').click();
    const stories = page.getByRole('menu', { name: 'Move to story' });
    await expect(stories.getByRole('menuitem').first()).toBeFocused();
    await stories.getByRole('menuitem').first().click();
    await expect(page.getByTestId('toast').filter({ hasText: 'That article is already in' })).toBeVisible();

    // On a picked row: the picks' actions. Delete… asks about both; Compare 2 compares them.
    await app.pickRows(TWO);
    await app.libraryRows.filter({ hasText: TWO[1]! }).click({ button: 'right' });
    const picked = page.getByRole('menu', { name: '2 picked articles' });
    await expect(picked).toBeVisible();
    await expect(picked.getByTestId('article-menu-copy-citation')).toHaveText('Copy citations');
    await picked.getByTestId('article-menu-delete').click();
    await expect(page.getByTestId('delete-articles')).toContainText('Delete 2 articles?');
    await page.getByTestId('delete-articles-cancel').click();
    await app.libraryRows.filter({ hasText: TWO[0]! }).click({ button: 'right' });
    await picked.getByTestId('article-menu-compare').click();
    await expect(page.getByTestId('compare-view')).toBeVisible();
    await expect(page.getByTestId('compare-column')).toHaveCount(2);
  });
});

test.describe('The search results’ context menu', () => {
  test('the library list’s menu on a hit: right-click, Shift+F10, the picks, Delete', async ({ app, page }) => {
    await app.search('ceasefire');
    const results = page.getByTestId('search-results');
    const hit = app.searchHits.filter({ hasText: TWO[0]! });
    await expect(hit).toBeVisible();
    const menu = page.getByRole('menu', { name: `Article: ${TWO[0]}` });

    // The same items as the library list's, for the hit alone; Open opens it in the reader.
    await hit.click({ button: 'right' });
    await expect(menu.getByRole('menuitem')).toHaveText([
      'Open',
      'Compare',
      'Move to story…',
      'Edit details…',
      'Export…',
      'Copy citation',
      'Copy title',
      'Delete…Del'
    ]);
    await expect(menu.getByRole('menuitem', { name: 'Open' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(menu).toBeHidden();
    await expect(app.readerTitle).toHaveText(TWO[0]!);

    // Esc gives the results back with the keyboard, on the hit; Shift+F10 opens the same menu there.
    await hit.click({ button: 'right' });
    // NB: Esc before the menu is up goes to the results, where it leaves the search (flaky in CI at 188afb6).
    await expect(menu.getByRole('menuitem', { name: 'Open' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(results).toBeFocused();
    await expect(results).toHaveAttribute('aria-activedescendant', (await hit.getAttribute('id'))!);
    await page.keyboard.press('Shift+F10');
    await expect(menu.getByRole('menuitem', { name: 'Open' })).toBeFocused();
    await page.keyboard.press('Escape');

    // On a picked hit: the picks' actions; Delete… (and the Delete key) ask about both.
    await hit.click();
    await app.searchHits.filter({ hasText: TWO[1]! }).click({ modifiers: ['ControlOrMeta'] });
    await hit.click({ button: 'right' });
    const picked = page.getByRole('menu', { name: '2 picked articles' });
    await expect(picked.getByTestId('article-menu-compare')).toHaveText('Compare 2');
    await picked.getByTestId('article-menu-delete').click();
    await expect(page.getByTestId('delete-articles')).toContainText('Delete 2 articles?');
    await page.getByTestId('delete-articles-cancel').click();
    await results.focus();
    await page.keyboard.press('Delete');
    await expect(page.getByTestId('delete-articles')).toContainText('Delete 2 articles?');
  });
});
