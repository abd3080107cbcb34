import type { Locator, Page, Request } from '@playwright/test';
import type { CrosscheckPage } from '../pages/CrosscheckPage';
import coverage from '../support/daraaCoverage.json' with { type: 'json' };
import { expect, test, writeFolder } from '../support/fixtures';

// Dates in the hits are written the way en-US writes them (`Jul 6, 2018`).
test.use({ locale: 'en-US' });

/** Files of Markdown reports naming Daraa, with the outlet, date and language the samples lack. */
const pick = (...names: Array<keyof typeof coverage>): Record<string, string> =>
  Object.fromEntries(names.map((name) => [name, coverage[name]]));

/**
 * Three more reports naming Daraa, so a search for it has outlets, months and languages to tell
 * apart: with the five samples, 8 results — Reuters 2, AFP 1, The New Arab 1 (a sample);
 * June 2018 2, July 2018 3; English 7 (the samples' language is detected), French 1. Three samples
 * have no date.
 */
const COVERAGE = pick('reuters-nassib.md', 'reuters-strikes.md', 'afp-deplaces.md');
/** One more, imported later (July 2018, Al Jazeera). */
const LATER = pick('aljazeera-return.md');

async function importFiles(app: CrosscheckPage, dir: string, name: string, files: Record<string, string>): Promise<void> {
  await app.importPaths([writeFolder(dir, name, files)]);
  await app.page.keyboard.press('Escape');
  await expect(app.importReport).toBeHidden();
}

const facetGroup = (page: Page, key: string) => page.locator(`[data-testid="facet-group"][data-facet="${key}"]`);
const chip = (page: Page, key: string, label: string) =>
  facetGroup(page, key)
    .getByTestId('facet-value')
    .filter({ has: page.locator('.facet-chip__label', { hasText: label }) });
const meta = (hit: Locator) => hit.locator('.search-hit__meta');

/** What each chip of a facet group shows: `['Reuters 2', 'AFP 1']`. */
async function chipTexts(page: Page, key: string): Promise<string[]> {
  const chips = facetGroup(page, key).getByTestId('facet-value');
  const texts: string[] = [];
  for (const one of await chips.all()) {
    const label = await one.locator('.facet-chip__label').innerText();
    const count = await one.getByTestId('facet-count').innerText();
    texts.push(`${label} ${count}`);
  }
  return texts;
}

/** The dates the hits show, in order; '' for a hit without one. */
async function hitDates(app: CrosscheckPage): Promise<string[]> {
  const metas = await app.searchHits.locator('.search-hit__meta').allInnerTexts();
  return metas.map((text) => /[A-Z][a-z]{2} \d{1,2}, \d{4}/.exec(text)?.[0] ?? '');
}

test.describe('search: facets, sort, saved and recent searches', () => {
  test('facets count what the results show; a click narrows the search, a second click undoes it', async ({
    app,
    page,
    served
  }) => {
    await importFiles(app, served.dir, 'coverage', COVERAGE);
    await app.search('Daraa');
    await expect(app.searchHits).toHaveCount(8);

    // The four hits that name no outlet are a value of their own, last (review 14, #15).
    await expect.poll(() => chipTexts(page, 'outlet')).toEqual(['Reuters 2', 'AFP 1', 'The New Arab 1', 'No outlet 4']);
    await expect.poll(() => chipTexts(page, 'month')).toEqual(['Jun 2018 2', 'Jul 2018 3']);
    await expect.poll(() => chipTexts(page, 'language')).toEqual(['English 7', 'French 1']);
    // The counts are what the hits say: as many hits name the outlet, or the month, as the chip.
    await expect(app.searchHits.filter({ has: page.locator('.search-hit__meta', { hasText: /^Reuters · / }) })).toHaveCount(2);
    await expect(app.searchHits.filter({ has: page.locator('.search-hit__meta', { hasText: /^AFP · / }) })).toHaveCount(1);
    await expect(app.searchHits.filter({ has: page.locator('.search-hit__meta', { hasText: /Jul \d+, 2018/ }) })).toHaveCount(3);

    await chip(page, 'outlet', 'Reuters').click();
    await expect(app.searchInput).toHaveValue('Daraa outlet:"Reuters"');
    await app.searchSettled();
    await expect(app.searchHits).toHaveCount(2);
    for (const hit of await app.searchHits.all()) await expect(meta(hit)).toHaveText(/^Reuters · /);
    await expect(chip(page, 'outlet', 'Reuters')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('search-count')).toHaveText('2 results');
    // The other outlets are gone from the results, but the one in use stays to be taken out.
    await expect.poll(() => chipTexts(page, 'outlet')).toEqual(['Reuters 2']);

    await chip(page, 'outlet', 'Reuters').click();
    await expect(app.searchInput).toHaveValue('Daraa');
    await app.searchSettled();
    await expect(app.searchHits).toHaveCount(8);
    await expect(chip(page, 'outlet', 'Reuters')).toHaveAttribute('aria-pressed', 'false');

    // A filter that leaves nothing is named and offered for removal, not the spelling blamed
    // (review 12, finding 9): without outlet: still nothing (Reuters' reports are of 2018), without date: two.
    await app.search('Daraa outlet:Reuters date:2004..2005');
    const empty = page.getByTestId('search-empty');
    await expect(page.getByTestId('search-empty-filter')).toHaveText('The filter date:2004..2005 leaves nothing: without it, 2 articles match.');
    await expect(empty).not.toContainText('spelling');
    await page.getByTestId('search-empty-remove').click();
    await expect(app.searchInput).toHaveValue('Daraa outlet:Reuters');
    // The button left with its empty state: the keyboard is back in the search box, not on the page.
    await expect(app.searchInput).toBeFocused();
    await app.searchSettled();
    await expect(app.searchHits).toHaveCount(2);
    // No filter to blame: the spelling advice, and no button.
    await app.search('zqxjvw');
    await expect(empty).toContainText('Check the spelling');
    await expect(page.getByTestId('search-empty-remove')).toHaveCount(0);

    // A group with one value says nothing about the results. Every match of "Busra" is a sample:
    // one month, one language, one story — so no such group. Their outlets are The New Arab and
    // none: "No outlet" is a value of its own (review 14, #15), so the Outlet group alone stays.
    await app.search('Busra');
    await expect(app.searchHits).toHaveCount(5);
    await expect.poll(() => chipTexts(page, 'outlet')).toEqual(['The New Arab 1', 'No outlet 4']);
    await expect(page.getByTestId('search-facets').getByRole('group')).toHaveCount(1);
  });

  test('the facets work from the keyboard', async ({ app, page, served }) => {
    await importFiles(app, served.dir, 'coverage', COVERAGE);
    await app.search('Daraa');
    await expect(chip(page, 'language', 'French')).toBeVisible();

    await facetGroup(page, 'language').getByRole('button', { name: 'Language' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(chip(page, 'language', 'French')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(app.searchInput).toHaveValue('Daraa lang:"fr"');
    await app.searchSettled();
    await expect(app.searchHits).toHaveCount(1);
    await expect(app.searchHits.first()).toContainText('des milliers de civils');
    // Focus stays on the chip, which now takes the filter out.
    await expect(chip(page, 'language', 'French')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(app.searchInput).toHaveValue('Daraa');
    await app.searchSettled();
    await expect(app.searchHits).toHaveCount(8);

    // ↑ moves to the group above (Month), whose first item is its title: Enter folds it.
    await page.keyboard.press('ArrowUp');
    const month = facetGroup(page, 'month').getByRole('button', { name: 'Month' });
    await expect(month).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(month).toHaveAttribute('aria-expanded', 'false');
    await expect(facetGroup(page, 'month').getByTestId('facet-value')).toHaveCount(0);
    await expect(facetGroup(page, 'month')).toContainText('2 months');
  });

  test('sorting by date lists the newest first, and the choice is remembered', async ({ app, page, served }) => {
    await importFiles(app, served.dir, 'coverage', COVERAGE);
    await app.search('Daraa');
    await expect(app.searchHits).toHaveCount(8);
    await expect(page.getByRole('radio', { name: 'Relevance' })).toHaveAttribute('aria-checked', 'true');

    await page.getByRole('radio', { name: 'Newest' }).click();
    await app.searchSettled('date');
    const newestFirst = ['Jul 6, 2018', 'Jul 4, 2018', 'Jul 4, 2018', 'Jun 28, 2018', 'Jun 20, 2018', '', '', ''];
    await expect.poll(() => hitDates(app)).toEqual(newestFirst);
    await expect(app.searchHits.first()).toContainText('Syrian army retakes Nassib crossing');

    await page.reload();
    await app.search('Daraa');
    await expect(page.getByRole('radio', { name: 'Newest' })).toHaveAttribute('aria-checked', 'true');
    await expect.poll(() => hitDates(app)).toEqual(newestFirst);

    await page.getByRole('radio', { name: 'Relevance' }).click();
    // NB: settled first: an empty or half-drawn list is "not newest first" too.
    await app.searchSettled('relevance');
    await expect.poll(() => hitDates(app)).not.toEqual(newestFirst);
  });

  test('a saved search shows in the sidebar with a live count, runs from there, and can be deleted', async ({
    app,
    page,
    served
  }) => {
    await importFiles(app, served.dir, 'coverage', COVERAGE);
    const saved = page.getByTestId('saved-search');
    await expect(page.getByTestId('searches-sidebar')).toContainText('Save a search');

    await app.search('Daraa');
    await expect(page.getByTestId('search-count')).toHaveText('8 results');
    await page.getByTestId('save-search').click();
    const dialog = page.getByTestId('save-search-dialog');
    await expect(dialog.getByTestId('save-search-name')).toHaveValue('Daraa');
    await expect(dialog.getByTestId('save-search-name')).toBeFocused();
    await dialog.getByTestId('save-search-name').fill('Daraa coverage');
    await dialog.getByTestId('save-search-submit').click();
    await expect(dialog).toBeHidden();

    await expect(saved).toHaveCount(1);
    await expect(saved.getByTestId('search-item-label')).toHaveText('Daraa coverage');
    await expect(saved.getByTestId('saved-search-count')).toHaveText('8');
    await expect(saved.locator('[aria-current="true"]')).toHaveCount(1);
    await expect(page.getByTestId('search-saved')).toBeVisible();

    // A new article about Daraa: the saved search's count follows the library.
    await importFiles(app, served.dir, 'later', LATER);
    await expect(saved.getByTestId('saved-search-count')).toHaveText('9');
    await expect(page.getByTestId('search-count')).toHaveText('9 results');

    // From the sidebar: the box gets the saved query, and the results follow.
    await app.search('Busra');
    await expect(app.searchHits).toHaveCount(5);
    await saved.getByTestId('search-item-label').click();
    await expect(app.searchInput).toHaveValue('Daraa');
    await app.searchSettled();
    await expect(app.searchHits).toHaveCount(9);

    await saved.hover();
    await saved.getByTestId('saved-search-delete').click();
    await expect(saved).toHaveCount(0);
    await expect(page.getByTestId('searches-sidebar')).toContainText('Save a search');
    await expect(page.getByTestId('save-search')).toBeVisible();
  });

  test('a settled search is remembered in Recent, once; Enter remembers it; Clear forgets', async ({ app, page }) => {
    const records: string[] = [];
    const isRecord = (request: Request) =>
      request.url().includes('/api/search%3Aquery') && (request.postDataJSON() as { record?: boolean }).record === true;
    page.on('request', (request) => {
      if (isRecord(request)) records.push((request.postDataJSON() as { query: string }).query);
    });
    const recent = page.getByTestId('recent-search');

    // Typed a letter at a time: every prefix is searched, but only the settled word is recorded.
    await page.keyboard.press('Control+K');
    await app.searchInput.pressSequentially('Jabbawi', { delay: 90 });
    await expect(app.searchHits).toHaveCount(4);
    await expect(recent).toHaveCount(1);
    await expect(recent.first()).toHaveText('Jabbawi');
    expect(records).toEqual(['Jabbawi']);

    // Enter records the query (without waiting for it to settle; how soon is not asserted: on a
    // loaded two-core machine the page's own timers run late too), and only once.
    const recorded = page.waitForRequest(isRecord);
    await app.searchInput.fill('Quneitra');
    await app.searchInput.press('Enter');
    expect((await recorded).postDataJSON()).toMatchObject({ query: 'Quneitra', record: true });
    await expect(recent.first()).toHaveText('Quneitra');
    await expect(recent).toHaveCount(2);
    await page.waitForTimeout(2000);
    expect(records).toEqual(['Jabbawi', 'Quneitra']);

    // Clicking a recent search puts it back in the box and searches.
    await app.searchInput.press('Escape');
    await expect(app.libraryRows).toHaveCount(5);
    await recent.filter({ hasText: 'Jabbawi' }).click();
    await expect(app.searchInput).toHaveValue('Jabbawi');
    await app.searchSettled();
    await expect(app.searchHits).toHaveCount(4);

    await page.getByTestId('recent-clear').click();
    await expect(recent).toHaveCount(0);
  });
});
