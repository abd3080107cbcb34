import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';

// Hooks of the stories sidebar, beside the page object's.
const sidebar = (page: Page) => page.getByTestId('stories-sidebar');
const storyItems = (page: Page) => page.getByTestId('story-item');
const counts = (page: Page) => storyItems(page).locator('.story-item__count');
const standalone = (page: Page) => page.getByTestId('stories-standalone');

test.describe('stories', () => {
  test('the sample articles are one story of five; a new name survives a reload', async ({ app, page }) => {
    await expect(sidebar(page)).toBeVisible();
    await expect(storyItems(page)).toHaveCount(1);
    await expect(counts(page)).toHaveText(['5']);

    const story = storyItems(page).first();
    await story.hover();
    await story.getByTestId('story-rename').click();
    const input = story.getByRole('textbox', { name: 'Story name' });
    await expect(input).toBeFocused();
    await input.fill('Daraa talks collapse, July 2018');
    await input.press('Enter');
    await expect(story).toContainText('Daraa talks collapse, July 2018');

    await page.reload();
    await expect(app.libraryRows).toHaveCount(5);
    await expect(storyItems(page).first()).toContainText('Daraa talks collapse, July 2018');
  });

  test('choosing a story lists its articles; one split off stands alone, not listed as a story', async ({ app, page }) => {
    await expect(standalone(page)).toHaveCount(0);
    await storyItems(page).first().locator('.story-item__main').click();
    await expect(page.getByTestId('story-heading')).toBeVisible();
    await expect(app.libraryRows).toHaveCount(5);

    const row = app.libraryRows.filter({ hasText: 'Syrian rebels and Russia ceasefire deal breaks down' });
    await row.click({ modifiers: ['ControlOrMeta'] });
    await page.getByTestId('story-split').click();

    // A story is two or more articles: the one split off is counted under the list instead.
    await expect(standalone(page)).toHaveText('1 article stands alone, in no story');
    await expect(storyItems(page)).toHaveCount(1);
    await expect(counts(page)).toHaveText(['4']);
    await expect(app.libraryRows).toHaveCount(4);
    await expect(sidebar(page)).not.toContainText('Syrian rebels and Russia ceasefire deal breaks down');

    // Regroup (run by the engine in its stories worker): the article the user split off stays alone.
    await page.getByRole('button', { name: 'Regroup stories' }).click();
    await expect(page.getByTestId('toast').filter({ hasText: 'Regrouped the library' })).toBeVisible();
    await expect(standalone(page)).toHaveText('1 article stands alone, in no story');
    await expect(counts(page)).toHaveText(['4']);
  });

  test('the filter box narrows stories by name and title words; stories sort by size or by date', async ({ app, page }) => {
    // Split the two dated articles (4 July 2018) off the five: a story of 3 undated articles and one of 2 dated.
    await storyItems(page).first().locator('.story-item__main').click();
    await app.libraryRows.filter({ hasText: 'Russia strikes Daraa after failure' }).click({ modifiers: ['ControlOrMeta'] });
    await app.libraryRows.filter({ hasText: 'Regime pounds south Syria' }).click({ modifiers: ['ControlOrMeta'] });
    await page.getByTestId('story-split').click();
    await expect(counts(page)).toHaveText(['3', '2']);

    // By date, the story with the newest dated article comes first; undated ones last.
    const sort = sidebar(page).getByRole('combobox', { name: 'Sort stories' });
    await sort.selectOption({ label: 'Newest first' });
    await expect(counts(page)).toHaveText(['2', '3']);
    await sort.selectOption({ label: 'Largest first' });
    await expect(counts(page)).toHaveText(['3', '2']);

    const filter = sidebar(page).getByRole('searchbox', { name: 'Filter stories by name or title words' });
    // A word of an article's title (not of the story's name) finds its story.
    await filter.fill('negotiations');
    await expect(counts(page)).toHaveText(['3']);
    // Words of the name, in any order; each must be there.
    await filter.fill('daraa russia');
    await expect(counts(page)).toHaveText(['2']);
    await filter.fill('daraa negotiations');
    await expect(storyItems(page)).toHaveCount(0);
    await expect(page.getByTestId('stories-no-match')).toContainText('daraa negotiations');
    await filter.press('Escape');
    await expect(filter).toHaveValue('');
    await expect(counts(page)).toHaveText(['3', '2']);
  });

  test('an article dragged onto a story moves there; picked stories merge', async ({ app, page }) => {
    await storyItems(page).first().locator('.story-item__main').click();
    await app.libraryRows.nth(0).click({ modifiers: ['ControlOrMeta'] });
    await app.libraryRows.nth(1).click({ modifiers: ['ControlOrMeta'] });
    await page.getByTestId('story-split').click();
    await expect(counts(page)).toHaveText(['3', '2']);

    // Drag one article of the larger story onto the smaller one, which then lists first.
    await expect(app.libraryRows).toHaveCount(3);
    const smaller = (await storyItems(page).nth(1).locator('.story-item__label').innerText()).trim();
    await app.libraryRows.first().dragTo(storyItems(page).nth(1));
    await expect(page.getByTestId('toast').filter({ hasText: 'Moved 1 article to' })).toBeVisible();
    await expect(storyItems(page).first()).toContainText(smaller);
    await expect(counts(page)).toHaveText(['3', '2']);
    await expect(app.libraryRows).toHaveCount(2);

    // Ctrl/⌘-click both stories, then Merge: one story of five again.
    await storyItems(page)
      .nth(0)
      .locator('.story-item__main')
      .click({ modifiers: ['ControlOrMeta'] });
    await storyItems(page)
      .nth(1)
      .locator('.story-item__main')
      .click({ modifiers: ['ControlOrMeta'] });
    await page.getByTestId('story-merge').click();
    await expect(storyItems(page)).toHaveCount(1);
    await expect(counts(page)).toHaveText(['5']);
  });

  test('the sidebar works from the keyboard: arrows, F2 to rename, Esc to cancel', async ({ app }) => {
    const { page } = app;
    const main = storyItems(page).first().locator('.story-item__main');
    await main.focus();
    await page.keyboard.press('F2');
    const input = storyItems(page).first().getByRole('textbox', { name: 'Story name' });
    await expect(input).toBeFocused();
    await input.fill('Something else');
    await page.keyboard.press('Escape');
    await expect(input).toHaveCount(0);
    await expect(main).not.toContainText('Something else');
    await expect(main).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('story-heading')).toBeVisible();
  });

  test('the sidebar (stories and searches) can be hidden and shown from the top bar', async ({ app }) => {
    const { page } = app;
    // One button of each name (review 11: two were named "Hide sidebar"); the top bar's is a toggle.
    const toggle = page.getByRole('button', { name: 'Sidebar: stories and searches', exact: true });
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('button', { name: 'Hide sidebar', exact: true }).click();
    await expect(sidebar(page)).toHaveCount(0);
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(sidebar(page)).toBeVisible();
    await toggle.click();
    await expect(sidebar(page)).toHaveCount(0);
  });
});

test.describe('stories: a regroup the user can watch and stop', () => {
  // Each phase of the stories worker waits 3 s (a stop ends the wait): a regroup of the seeds lasts long enough to watch.
  test.use({ storiesPhaseDelayMs: 3000 });

  test('Regroup shows its phase in the sidebar; Cancel, from the keyboard, stops it with the stories unchanged', async ({ app }) => {
    const { page } = app;
    await expect(counts(page)).toHaveText(['5']);
    const regroup = page.getByRole('button', { name: 'Regroup stories' });
    await regroup.focus();
    await page.keyboard.press('Enter');
    const progress = page.getByTestId('stories-progress');
    await expect(progress.getByRole('status')).toHaveText('Regrouping stories: reading the articles…');

    // Next after the sidebar's tools: Hide sidebar, then the line's Cancel.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(progress.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('toast').filter({ hasText: 'Regrouping stopped: your stories are unchanged.' })).toBeVisible();
    await expect(progress).toHaveCount(0);
    // The line held the focus when it went: it is back on Regroup, not lost on the page.
    await expect(regroup).toBeFocused();
    await expect(counts(page)).toHaveText(['5']);
  });
});
