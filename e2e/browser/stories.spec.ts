import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';

// Hooks of the stories sidebar, beside the page object's.
const sidebar = (page: Page) => page.getByTestId('stories-sidebar');
const storyItems = (page: Page) => page.getByTestId('story-item');
const counts = (page: Page) => storyItems(page).locator('.story-item__count');

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

  test('choosing a story lists its articles; one split off makes a second story', async ({ app, page }) => {
    await storyItems(page).first().locator('.story-item__main').click();
    await expect(page.getByTestId('story-heading')).toBeVisible();
    await expect(app.libraryRows).toHaveCount(5);

    const row = app.libraryRows.filter({ hasText: 'Syrian rebels and Russia ceasefire deal breaks down' });
    await row.click({ modifiers: ['ControlOrMeta'] });
    await page.getByTestId('story-split').click();

    await expect(storyItems(page)).toHaveCount(2);
    await expect(counts(page)).toHaveText(['4', '1']);
    await expect(app.libraryRows).toHaveCount(4);
    await expect(storyItems(page).nth(1)).toContainText('Syrian rebels and Russia ceasefire deal breaks down');
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
    await page.getByRole('button', { name: 'Hide sidebar' }).first().click();
    await expect(sidebar(page)).toHaveCount(0);
    await page.getByRole('button', { name: 'Show sidebar' }).click();
    await expect(sidebar(page)).toBeVisible();
  });
});
