import { SEEDS_DIR, expect, test, writeFolder } from '../support/fixtures';

test.describe('walking skeleton in browser mode', () => {
  test('a new library opens with the five sample articles', async ({ app }) => {
    await expect(app.libraryRows).toHaveCount(5);
    await expect(app.page.getByTestId('library-list')).toContainText('Russia strikes Daraa after failure of ceasefire talks with Syria rebels');
  });

  test('searching Busra lists the articles that mention it, marked in snippet and reader', async ({ app }) => {
    await app.search('Busra');
    await expect(app.searchHits).toHaveCount(5);
    // What a screen reader hears once the answer is in: the count and the query it answers.
    await expect(app.searchStatus).toHaveText('5 results for “Busra”');
    await expect(app.page.getByRole('listbox', { name: 'Results for Busra' })).toBeVisible();
    const firstSnippet = app.searchHits.first().getByTestId('hit-snippet');
    await expect(firstSnippet.locator('mark').first()).toHaveText(/^busra$/i);
    await app.searchHits.first().click();
    await expect(app.readerTitle).not.toBeEmpty();
    const marks = app.readerBody.locator('mark');
    await expect(marks.first()).toHaveText(/^busra$/i);
    await expect(marks.first()).toBeInViewport();
  });

  test('keyboard: arrows move through results, Enter opens, Esc goes back', async ({ app, page }) => {
    await app.search('Jabbawi');
    // Three articles spell it Jabbawi, one Jabawi (found as a spelling variant, ranked last).
    await expect(app.searchHits).toHaveCount(4);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(app.readerBody.locator('mark').first()).toHaveText(/^jabbawi$/i);
    // Esc in the reader goes back to the results, Esc there leaves the search.
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('search-results')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(app.libraryRows).toHaveCount(5);
  });

  test('importing the seeds again adds nothing and says they are unchanged', async ({ app }) => {
    await app.importPaths([SEEDS_DIR]);
    await expect(app.importReport).toContainText(/(^|\D)0\s*New/);
    await app.openReportSection('unchanged');
    await expect(app.importProblems.and(app.page.locator('[data-kind="unchanged"]'))).toHaveCount(5);
    await app.page.keyboard.press('Escape');
    await expect(app.libraryRows).toHaveCount(5);
  });

  test('a folder with a binary and an empty file imports the good files and lists both failures', async ({ app, served }) => {
    const folder = writeFolder(served.dir, 'mixed', {
      'report-one.txt': 'Aid convoy reaches Quneitra\n\nA convoy of aid trucks reached Quneitra on Thursday.',
      'report-two.md': '# Ceasefire holds in Nawa\n\nResidents of Nawa said the ceasefire held overnight.',
      'scan.txt': new Uint8Array([0x00, 0x01, 0x02, 0x03, 0x00, 0x11, 0xfe, 0xff, 0x00, 0x07]),
      'empty.txt': ''
    });
    await app.importPaths([folder]);
    await expect(app.importReport).toContainText(/(^|\D)2\s*New/);
    const failures = app.importProblems.and(app.page.locator('[data-kind="failed"]'));
    await expect(failures).toHaveCount(2);
    await expect(app.page.locator('[data-testid="import-problem"][data-code="binary"]')).toContainText('scan.txt');
    await expect(app.page.locator('[data-testid="import-problem"][data-code="empty"]')).toContainText('empty.txt');
    await app.page.keyboard.press('Escape');
    await expect(app.libraryRows).toHaveCount(7);
    await expect(app.page.getByTestId('library-list')).toContainText('Aid convoy reaches Quneitra');
  });
});
