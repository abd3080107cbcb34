import { expect, test } from '../support/fixtures';

// Hooks of the search help and the variants line, beside the page object's.
const variantsLine = (page: import('@playwright/test').Page) => page.getByTestId('search-variants');
const notes = (page: import('@playwright/test').Page) => page.getByTestId('search-notes');
const helpButton = (page: import('@playwright/test').Page) => page.getByTestId('search-help-button');
const help = (page: import('@playwright/test').Page) => page.getByTestId('search-help');

test.describe('search: spelling variants, notes and help', () => {
  test('Deraa also searches Daraa, says so, and marks Daraa as a variant', async ({ app, page }) => {
    await app.search('Deraa');
    await expect(app.searchHits).toHaveCount(5);
    await expect(variantsLine(page)).toContainText('Also searched: Daraa (for Deraa)');

    // An article that only spells it Daraa: its snippet marks Daraa as a variant of Deraa.
    const daraaOnly = app.searchHits.filter({ hasText: 'Russia strikes Daraa after failure of ceasefire talks' });
    const variantMark = daraaOnly.getByTestId('hit-snippet').locator('mark[data-variant="true"]').first();
    await expect(variantMark).toHaveText('Daraa');
    await expect(variantMark).toHaveAttribute('title', /spelling variant of Deraa/i);

    // An article that spells it Deraa: an exact mark, not a variant one.
    const deraa = app.searchHits.filter({ hasText: 'Syrian rebels and Russia ceasefire deal breaks down' });
    await expect(deraa.getByTestId('hit-snippet').locator('mark:not([data-variant])').first()).toHaveText(/^Deraa$/);

    // The reader marks it the same way.
    await daraaOnly.click();
    await expect(app.readerBody.locator('mark[data-variant="true"]').first()).toHaveText('Daraa');
  });

  test('Enter typed before the answer comes opens the best hit of what was typed', async ({ app }) => {
    await app.search('Jabbawi');
    await expect(app.searchHits).toHaveCount(4);
    // Typed and entered at once: the hits on screen still belong to Jabbawi.
    await app.searchInput.fill('Busra al-Harir');
    await app.searchInput.press('Enter');
    await expect(app.readerTitle).toHaveText('Syrian rebels and Russia ceasefire deal breaks down');
    await expect(app.searchHits).toHaveCount(1);
  });

  test('a quoted word searches that spelling only', async ({ app, page }) => {
    await app.search('"Deraa"');
    await expect(app.searchHits).toHaveCount(2);
    await expect(variantsLine(page)).toHaveCount(0);
  });

  test('an unmatched quote is searched as words, with a note', async ({ app, page }) => {
    await app.search('"Busra al');
    await expect(notes(page)).toContainText('unmatched "');
    await expect(app.searchHits).not.toHaveCount(0);
  });

  test('the help opens from the "?", and an example runs as a search', async ({ app, page }) => {
    await helpButton(page).click();
    await expect(help(page)).toBeVisible();
    await expect(help(page)).toContainText('NEAR(rebels surrender, 5)');
    await expect(help(page)).toContainText('date:2018-07..2018-08');

    await help(page).getByRole('button', { name: '"busra al-sham"' }).click();
    await expect(help(page)).toBeHidden();
    await expect(app.searchInput).toHaveValue('"busra al-sham"');
    await expect(app.searchInput).toBeFocused();
    await app.searchSettled();
    // Four of the sample articles name Busra al-Sham (the fifth only Busra al-Harir).
    await expect(app.searchHits).toHaveCount(4);
    await expect(app.searchHits.first().getByTestId('hit-snippet').locator('mark').first()).toHaveText(/^busra al.sham$/i);
  });

  test('the help works from the keyboard and closes with Esc', async ({ app, page }) => {
    await helpButton(page).focus();
    await page.keyboard.press('Enter');
    await expect(help(page)).toBeVisible();
    // Focus moves into the help (on its toggle event, a task after it opens: wait for it); the
    // arrows walk the examples, Enter runs one.
    await expect(help(page).getByRole('button', { name: 'Daraa talks' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(help(page).getByRole('button', { name: '"busra al-sham"' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(help(page)).toBeHidden();
    await expect(helpButton(page)).toBeFocused();

    await page.keyboard.press('Enter');
    await expect(help(page)).toBeVisible();
    await expect(help(page).getByRole('button', { name: 'Daraa talks' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(app.searchInput).toHaveValue('Daraa talks');
    await app.searchSettled();
    await expect(app.searchHits).not.toHaveCount(0);
  });
});
