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

  test('one article edited from a terminal: its row follows, the open article is not fetched again and keeps its scroll and selection', async ({
    app,
    served,
    page
  }) => {
    // Short enough that the seed article scrolls in the reader.
    await page.setViewportSize({ width: 1280, height: 480 });
    const title = 'Syrian rebels and Russia ceasefire deal breaks down';
    await app.libraryRows.filter({ hasText: title }).click();
    await expect(app.readerTitle).toHaveText(title);
    const other = app.libraryRows.filter({ hasNotText: title }).first();
    const otherId = await other.getAttribute('data-article-id');
    // The reader scrolled down and a word of it selected, as a reader leaves it while reading (a word
    // of the body: the title's 'ceasefire' is no longer echoed in it since the teaser is set aside, 0f206df).
    const scrolled = await app.readerBody.evaluate((body: HTMLElement) => {
      let box: HTMLElement | null = body;
      while (box && !(box.scrollHeight > box.clientHeight + 50 && /auto|scroll/.test(getComputedStyle(box).overflowY))) box = box.parentElement;
      if (!box) return -1;
      box.dataset.e2eScroller = '1';
      box.scrollTop = 120;
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf('Quneitra');
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 'Quneitra'.length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        break;
      }
      return box.scrollTop;
    });
    expect(scrolled).toBeGreaterThan(0);
    const scrollTop = () => page.evaluate(() => document.querySelector<HTMLElement>('[data-e2e-scroller]')!.scrollTop);
    // Settled where the reader leaves it (a selection may bring its toolbar into view).
    await page.waitForTimeout(1000);
    const before = await scrollTop();
    const asked: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith('/api/') && url.pathname !== '/api/events') asked.push(decodeURIComponent(url.pathname.slice(5)));
    });

    await crosscheck(served.libraryFile, ['edit', otherId!, '--outlet', 'The Terminal Times']);
    await expect(app.libraryRows.filter({ hasText: 'The Terminal Times' })).toHaveAttribute('data-article-id', otherId!);
    // What the window asked for this edit: the list and what counts or filters articles, not the
    // open article, its highlights and notes, the settings or the search history.
    expect(asked.filter((channel) => channel === 'articles:get' || channel.startsWith('annotations:') || channel === 'search:recent:list')).toEqual([]);
    expect(asked).toContain('articles:list');
    await page.waitForTimeout(500);
    expect(await scrollTop()).toBe(before);
    expect(await page.evaluate(() => getSelection()!.toString())).toBe('Quneitra');
  });

  test('a highlight made in one tab shows in another tab on the same serve', async ({ app, served, page }) => {
    const title = 'Syrian rebels and Russia ceasefire deal breaks down';
    const other = new CrosscheckPage(await page.context().newPage());
    await other.page.goto(served.url);
    for (const tab of [app, other]) {
      await tab.libraryRows.filter({ hasText: title }).click();
      await expect(tab.readerTitle).toHaveText(title);
    }
    const asked: string[] = [];
    other.page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith('/api/') && url.pathname !== '/api/events') asked.push(decodeURIComponent(url.pathname.slice(5)));
    });
    await new HighlightsPage(page).highlightWithMouse(app.readerBody, 'Quneitra', 2);
    await expect(other.readerBody.getByTestId('highlight').first()).toContainText('Quneitra');
    // The tab is told a note changed (serve names the areas of the call, writeChanges.ts), not to fetch
    // everything: the notes are asked again, the list and the open article are not.
    await other.page.waitForTimeout(500);
    expect(asked).toContain('annotations:list');
    expect(asked.filter((channel) => channel === 'articles:get' || channel === 'articles:list' || channel === 'stories:list')).toEqual([]);
  });
});
