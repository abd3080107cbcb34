import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { CONVOY_AND_TALKS, CONVOY_TITLE, openConvoy } from '../support/convoy';
import { expect, test } from '../support/fixtures';
import { HighlightsPage } from '../pages/HighlightsPage';

// Importing twice under a loaded machine takes its time.
test.setTimeout(180_000);

/** A 1440×900 screen at 200 % zoom, in CSS pixels (review 16, #12). */
const ZOOMED = { width: 720, height: 450 };

/** The convoy with its shelling sentence gone: the highlight on it loses its words. */
const WITHOUT_SHELLING = CONVOY_AND_TALKS.replace('Residents said the shelling stopped overnight. ', '');

/** True when the element's whole box is inside the window and nothing else is drawn over its middle. */
async function reachable(page: Page, control: Locator): Promise<boolean> {
  const box = await control.boundingBox();
  const size = page.viewportSize();
  if (!box || !size) return false;
  const inside = box.x >= 0 && box.y >= 0 && box.x + box.width <= size.width && box.y + box.height <= size.height;
  const onTop = await control.evaluate((element) => {
    const rect = element.getBoundingClientRect();
    const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
    return hit !== null && (hit === element || element.contains(hit));
  });
  return inside && onTop;
}

test('at 200 % zoom (720×450) the reader shows the article’s first paragraph on its first screen, and every top-bar control is reachable', async ({
  app,
  served,
  page
}) => {
  const hl = new HighlightsPage(page);
  const folder = await openConvoy(app, served.dir, CONVOY_AND_TALKS);
  // Three colours, so the legend has three entries, and one highlight on words the next import drops.
  await hl.highlightWithMouse(app.readerBody, 'forty trucks carried food', 2);
  await hl.highlightWithMouse(app.readerBody, 'shelling stopped overnight', 4);
  await hl.highlightWithMouse(app.readerBody, 'three days of waiting', 1);
  fs.writeFileSync(path.join(folder, 'convoy.txt'), WITHOUT_SHELLING);
  await app.importPaths([folder]);
  await page.keyboard.press('Escape');

  await page.setViewportSize(ZOOMED);
  await app.libraryRows.filter({ hasText: CONVOY_TITLE }).click();
  await expect(page.getByTestId('highlight-orphans')).toContainText('shelling stopped overnight');
  await expect(page.getByTestId('highlight-legend')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('reader-720x450.png') });

  // The first paragraph starts on the first screen with at least a line of it showing, below the toolbar.
  const first = app.readerBody.locator('p').first();
  await expect(first).toContainText('An aid convoy reached Daraa');
  const paragraph = await first.boundingBox();
  const toolbar = await page.getByTestId('reader-toolbar').boundingBox();
  expect(paragraph, 'the first paragraph is drawn').not.toBeNull();
  expect(paragraph!.y, 'the first paragraph is below the reader’s toolbar').toBeGreaterThanOrEqual(toolbar!.y + toolbar!.height);
  expect(paragraph!.y + 24, 'a line of the first paragraph is in view without scrolling').toBeLessThanOrEqual(ZOOMED.height);

  // Every top-bar control is in the window, uncovered, and keeps its name for a screen reader.
  const topbar = page.locator('header.topbar');
  const controls = [
    topbar.getByRole('button', { name: 'Sidebar: stories and searches', exact: true }),
    topbar.getByTestId('search-input'),
    topbar.getByRole('button', { name: 'Notes', exact: true }),
    topbar.getByRole('button', { name: 'Settings', exact: true }),
    topbar.getByRole('button', { name: 'Watched', exact: true }),
    topbar.getByRole('button', { name: 'Last import', exact: true }),
    topbar.getByRole('button', { name: 'Import', exact: true })
  ];
  for (const control of controls) {
    await expect(control).toBeVisible();
    expect(await reachable(page, control), `${control} is in the window and uncovered`).toBe(true);
  }
  // A control that lost its word still says what it does to the pointer.
  await expect(topbar.getByRole('button', { name: 'Watched', exact: true })).toHaveAttribute('title', /Watched folders/);
  // The banner's whole sentence stays with it when the line is cut.
  await expect(page.getByTestId('highlight-orphans').locator('span[title]')).toHaveAttribute(
    'title',
    /shelling stopped overnight/
  );
});
