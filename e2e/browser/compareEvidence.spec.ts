import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';

// Review 15: what the comparison of the seeds' story claims, and what it shows of its columns.
const compareView = (page: Page) => page.getByTestId('compare-view');
const columns = (page: Page) => page.getByTestId('compare-column');
const inspectorTab = (page: Page, name: string) => page.getByTestId('compare-inspector').getByRole('tab', { name });

async function compareSeedStory(page: Page): Promise<void> {
  const story = page.getByTestId('story-item').first();
  await story.hover();
  await story.getByTestId('story-compare').click();
  // 10-18 s were measured at a load of 20 (session 15).
  await expect(compareView(page)).toHaveAttribute('data-phase', 'done', { timeout: 30_000 });
}

test.describe('the seeds story compared', () => {
  test('at 1024×700, says which columns are past the edge and brings them in (#13)', async ({ app }, testInfo) => {
    const { page } = app;
    await page.setViewportSize({ width: 1024, height: 700 });
    await compareSeedStory(page);
    const count = await columns(page).count();
    const after = page.getByTestId('hidden-columns-after');
    await expect(after).toBeVisible();
    // The letters it names are the columns not in view.
    const outOfView: string[] = [];
    for (const column of await columns(page).all())
      if (
        !(await column.evaluate((el) => {
          const area = el.parentElement!.getBoundingClientRect();
          const box = el.getBoundingClientRect();
          return box.left >= area.left - 8 && box.right <= area.right + 8;
        }))
      )
        outOfView.push((await column.locator('.source-badge').first().innerText()).trim());
    expect(outOfView.length).toBeGreaterThan(0);
    const span = outOfView.length === 1 ? outOfView[0]! : `${outOfView[0]}–${outOfView.at(-1)}`;
    await expect(after).toHaveText(`${count - outOfView.length} of ${count} shown · ${span} →`);
    await page.screenshot({ path: testInfo.outputPath('compare-1024.png') });

    await after.click();
    await expect(columns(page).nth(count - outOfView.length)).toBeInViewport({ ratio: 0.95 });
    await expect(page.getByTestId('hidden-columns-before')).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('compare-1024-scrolled.png') });

    // Wide enough for every column: nothing to say.
    await page.setViewportSize({ width: 1440, height: 900 });
    await inspectorTab(page, 'Overview').click();
    await page.screenshot({ path: testInfo.outputPath('compare-1440.png') });
  });

  test('claims no order the dates do not show, and names each speaker once (#1, #12)', async ({ app }, testInfo) => {
    const { page } = app;
    await page.setViewportSize({ width: 1440, height: 900 });
    await compareSeedStory(page);

    await inspectorTab(page, 'Wire').click();
    const reasons = page.getByTestId('wire-reasons');
    await expect(reasons).toContainText('Likely original because it holds most of what the others share.');
    await expect(reasons).toContainText('carry no publication date, so the dates cannot show which came first');
    await expect(reasons).not.toContainText('published first');
    await page.screenshot({ path: testInfo.outputPath('compare-wire.png') });

    await inspectorTab(page, 'Quotes').click();
    const speaker = page.getByTestId('quote-group').filter({ hasText: 'abject refusal' }).locator('.quote-group__speaker');
    await expect(speaker).toHaveText("HRW's Lama Fakih");
    await page.screenshot({ path: testInfo.outputPath('compare-quotes.png') });
  });
});
