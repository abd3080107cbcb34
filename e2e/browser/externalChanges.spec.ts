import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test, writeFolder } from '../support/fixtures';
import { CrosscheckPage } from '../pages/CrosscheckPage';
import { HighlightsPage } from '../pages/HighlightsPage';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const run = promisify(execFile);

/** A `crosscheck` command on the served library, as a user would run it in a terminal beside the window. */
async function crosscheck(libraryFile: string, args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, [path.join(ROOT, 'bin', 'crosscheck.mjs'), ...args, '--db', libraryFile]);
  return stdout;
}

test.describe('Another process’s changes', () => {
  test('a highlight added and an article imported with the CLI show in the open window without a reload', async ({
    app,
    served
  }) => {
    const title = 'Syrian rebels and Russia ceasefire deal breaks down';
    await app.libraryRows.filter({ hasText: title }).click();
    await expect(app.readerTitle).toHaveText(title);
    const id = await app.libraryRows.filter({ hasText: title }).getAttribute('data-article-id');
    const before = await app.libraryCount();

    const folder = writeFolder(served.dir, 'more', {
      'ferry.txt': 'Zanzibar ferry timetable revised\n\nThe island’s ferries sail twice a day from Monday, the port said.'
    });
    // Two terminals at once: a note on the open article, and an import.
    await Promise.all([
      crosscheck(served.libraryFile, ['annotate', 'add', id!, '--quote', 'ceasefire', '--note', 'Added from a terminal']),
      crosscheck(served.libraryFile, ['import', folder])
    ]);
    await expect(app.readerBody.getByTestId('highlight').first()).toContainText('ceasefire');
    await expect(app.libraryRows.filter({ hasText: 'Zanzibar ferry timetable revised' })).toBeVisible();
    expect(await app.libraryCount()).toBe(before + 1);
  });

  test('a highlight made in one tab shows in another tab on the same serve', async ({ app, served, page }) => {
    const title = 'Syrian rebels and Russia ceasefire deal breaks down';
    const other = new CrosscheckPage(await page.context().newPage());
    await other.page.goto(served.url);
    for (const tab of [app, other]) {
      await tab.libraryRows.filter({ hasText: title }).click();
      await expect(tab.readerTitle).toHaveText(title);
    }
    await new HighlightsPage(page).highlightWithMouse(app.readerBody, 'ceasefire', 2);
    await expect(other.readerBody.getByTestId('highlight').first()).toContainText('ceasefire');
  });
});
