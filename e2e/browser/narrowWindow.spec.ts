import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { NotesPanelPage } from '../pages/NotesPanelPage';
import { expect, test, writeFolder } from '../support/fixtures';
import { settleTransitions } from '../support/settleTransitions';

/** The smallest window every view is laid out for (docs/ui.md, "Window sizes"). */
const SMALLEST = { width: 1024, height: 700 };

/** axe's serious and critical findings, one line each, naming the rule and up to three elements. */
async function axeFindings(page: Page, rules?: string[]): Promise<string[]> {
  await settleTransitions(page);
  const builder = new AxeBuilder({ page });
  const result = await (rules ? builder.withRules(rules) : builder).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join('; ')}`
    );
}

test.describe('the smallest window', () => {
  test.use({ viewport: SMALLEST });

  test('at 1024×700 with the notes open: the sidebar steps aside for the reader, list, reader and notes side by side, the reader’s toolbar one row, no serious axe finding', async ({
    app,
    page
  }) => {
    await expect(app.libraryRows).toHaveCount(5);
    await new NotesPanelPage(page).open();
    // A search hit open: the reader's toolbar at its fullest (the match count and its arrows).
    await app.search('Russia');
    await app.searchHits.filter({ hasText: 'Russia strikes Daraa' }).click();
    await expect(app.readerTitle).toHaveText(/Russia strikes Daraa/);

    // Four panes left the reader 295 px (review 13, #10): the sidebar steps aside, and the stories
    // toggle says it is not showing.
    await expect(page.getByTestId('stories-sidebar')).toBeHidden();
    await expect(page.getByTestId('stories-toggle')).toHaveAttribute('aria-pressed', 'false');
    expect((await app.reader.boundingBox())!.width, 'the reader’s width').toBeGreaterThanOrEqual(400);
    const panes = ['search-results', 'reader', 'notes-panel'];
    const boxes = [];
    for (const id of panes) {
      await expect(page.getByTestId(id), id).toBeVisible();
      const box = (await page.getByTestId(id).boundingBox())!;
      boxes.push({ id, left: Math.round(box.x), right: Math.round(box.x + box.width) });
    }
    // Left to right, none over the next, all inside the window, none squeezed to a sliver.
    for (const [i, box] of boxes.entries()) {
      expect(box.right - box.left, `${box.id} is ${box.right - box.left}px wide`).toBeGreaterThanOrEqual(180);
      if (i > 0) expect(box.left, `${box.id} starts after ${boxes[i - 1]!.id} ends`).toBeGreaterThanOrEqual(boxes[i - 1]!.right);
    }
    expect(boxes.at(-1)!.right).toBeLessThanOrEqual(SMALLEST.width);

    // One row: every control of the toolbar sits level with the match count, and the row is one line high.
    const toolbar = page.getByTestId('reader-toolbar');
    const rows = await toolbar.evaluate((row) => {
      const tops = [...row.querySelectorAll('button, select, [role="switch"], .match-nav__count')]
        .filter((el) => el.getBoundingClientRect().width > 0)
        .map((el) => Math.round(el.getBoundingClientRect().top + el.getBoundingClientRect().height / 2));
      return { controls: tops.length, spread: Math.max(...tops) - Math.min(...tops), height: row.getBoundingClientRect().height };
    });
    expect(rows.controls, 'controls in the reader toolbar').toBeGreaterThanOrEqual(3);
    expect(rows.spread, 'the toolbar controls’ centres are level').toBeLessThanOrEqual(4);
    expect(rows.height, 'the toolbar is one row high').toBeLessThan(50);
    // The file's path on one line, its name whole (not "…f88.tx / t"), the full path in its tooltip.
    const source = page.getByTestId('reader-source-path');
    await expect(source.locator('[title]')).toHaveAttribute('title', /^\/.*\/seeds\/000_bd7bce52c9837f88\.txt \(txt\)$/);
    await expect(source.locator('.middle-ellipsis__tail')).toHaveText('000_bd7bce52c9837f88.txt');
    expect((await source.boundingBox())!.height).toBeLessThan(20);

    // What did not fit is one click away: the ⋯ menu, from the keyboard too.
    await page.getByTestId('reader-more').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('menu', { name: 'Reader actions' })).toBeVisible();
    await expect(page.getByTestId('show-original-toggle')).toBeFocused();
    // The whole window, the menu open over it (axe is the slow part of this test: once in light).
    expect(await axeFindings(page), 'axe, light').toEqual([]);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('menu', { name: 'Reader actions' })).toBeHidden();
    await expect(page.getByTestId('reader-more')).toBeFocused();
    await page.getByTestId('reader-more').click();
    await page.getByTestId('show-original-toggle').click();
    await expect(page.locator('.reader-body--original')).toBeVisible();
    await page.getByTestId('reader-more').click();
    await expect(page.getByTestId('show-original-toggle')).toHaveAttribute('aria-checked', 'true');
    await page.keyboard.press('Escape');

    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeFindings(page, ['color-contrast']), 'axe contrast, dark').toEqual([]);

    // Reversible: the stories toggle brings the sidebar back in place of the notes, the search and
    // the article as they were; the notes again set it aside.
    await page.getByTestId('stories-toggle').click();
    await expect(page.getByTestId('notes-panel')).toHaveCount(0);
    await expect(page.getByTestId('stories-sidebar')).toBeVisible();
    await expect(page.getByTestId('stories-toggle')).toHaveAttribute('aria-pressed', 'true');
    await expect(app.readerTitle).toHaveText(/Russia strikes Daraa/);
    await expect(app.searchHits.first()).toBeVisible();
    await page.getByTestId('notes-button').click();
    await expect(page.getByTestId('notes-panel')).toBeVisible();
    await expect(page.getByTestId('stories-sidebar')).toBeHidden();
    await page.getByTestId('notes-button').click();
    await expect(page.getByTestId('stories-sidebar')).toBeVisible();
  });

  test('at 1024×700 with many stories and recent searches, the stories list keeps room for four of them', async ({
    app,
    page,
    served
  }) => {
    // Eight unrelated pairs of articles (words made up per pair, so no two pairs share a story),
    // each pair a lightly edited copy: eight stories beside the samples' one.
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const syllables = [
      'ka',
      'lo',
      'mi',
      'ren',
      'tor',
      'vas',
      'pel',
      'dun',
      'shi',
      'gor',
      'bex',
      'nal',
      'quo',
      'fir',
      'zet',
      'wam',
      'hul',
      'oks',
      'ter',
      'jin'
    ];
    const files: Record<string, string> = {};
    for (let topic = 0; topic < 8; topic++) {
      const vocabulary = Array.from({ length: 40 }, () => [0, 1, 2].map(() => syllables[Math.floor(random() * 20)]).join(''));
      const sentence = () =>
        Array.from({ length: 8 + Math.floor(random() * 6) }, () => vocabulary[Math.floor(random() * 40)]).join(' ') + '.';
      const paragraphs = Array.from({ length: 6 }, () => [sentence(), sentence(), sentence()].join(' '));
      const title = `Topic ${vocabulary.slice(0, 3).join(' ')}`;
      files[`t${topic}a.txt`] = `${title}\n\n${paragraphs.join('\n\n')}`;
      files[`t${topic}b.txt`] = `${title} again\n\n${paragraphs.slice(0, 5).join('\n\n')}\n\n${sentence()}`;
    }
    await app.importPaths([writeFolder(served.dir, 'topics', files)]);
    await page.keyboard.press('Escape');
    const stories = page.getByTestId('story-item');
    await expect(stories).toHaveCount(9);
    // Recent searches, remembered at once on Enter, fill the Searches section.
    const box = page.getByRole('combobox', { name: 'Search articles' });
    for (const query of ['Daraa', 'Busra', 'Quneitra', 'Russia', 'rebels', 'talks', 'ceasefire', 'Syria']) {
      await box.fill(query);
      await box.press('Enter');
      await expect(page.getByTestId('recent-search').first()).toHaveText(query);
    }
    // The list shows four stories at least (it showed one and a half: the searches took 45 % of
    // the sidebar and the drag tip its own row).
    const list = page.getByTestId('stories-sidebar').getByRole('list');
    const room = await list.evaluate((ul) => ul.clientHeight);
    const row = await stories.first().evaluate((li) => li.getBoundingClientRect().height);
    expect(room, `the stories list is ${room}px tall, a story ${row}px`).toBeGreaterThanOrEqual(4 * row);
    // The searches still show, and scroll on their own.
    await expect(page.getByTestId('recent-search').first()).toBeVisible();
  });
});

test('a highlight far into a long text, opened from the notes panel, is drawn and scrolled to', async ({ app, page, served }) => {
  // Some 230 kB: the reader shows its first 200,000 characters until asked for more (shownPart.ts).
  const paragraph = 'The council met again in the morning and heard the same reports from the south as before.';
  const paragraphs = Array.from({ length: 2_400 }, (_, i) => `${i + 1}. ${paragraph}`);
  paragraphs.push('The last paragraph names the ceasefire monitor at the far end.');
  const file = path.join(served.dir, 'long-report.txt');
  fs.writeFileSync(file, `A very long report\n\n${paragraphs.join('\n\n')}\n`);
  await app.importPaths([file]);
  await page.keyboard.press('Escape');
  const notes = new NotesPanelPage(page);
  const long = (await notes.articles()).find((a) => a.title === 'A very long report')!;
  const made = await notes.highlight(long.id, 'ceasefire monitor at the far end', { colour: 2 });

  await notes.open();
  await notes.entry('ceasefire monitor at the far end').getByRole('button', { name: 'ceasefire monitor at the far end' }).click();
  await expect(app.readerTitle).toHaveText('A very long report');
  const mark = app.readerBody.locator(`[data-hl-ids~="${made.id}"]`).first();
  await expect(mark).toBeInViewport();
  await expect(mark).toContainText('ceasefire monitor');
});

test.describe('opening a search hit in the smallest window', () => {
  test.use({ viewport: SMALLEST });

  test('a match in the opening paragraph opens with the title and outlet in sight; one far down is scrolled to', async ({ app, page }) => {
    await expect(app.libraryRows).toHaveCount(5);
    const inView = async (selector: string) => {
      const pane = (await app.reader.boundingBox())!;
      const box = (await page.locator(selector).first().boundingBox())!;
      return box.y >= pane.y && box.y + box.height <= pane.y + pane.height;
    };
    // The opening paragraph says it; centring the match scrolled the title out of
    // sight at 1024 px (review 13, #11).
    await app.search('"declined to surrender"');
    await app.searchHits.filter({ hasText: 'Russia strikes Daraa' }).click();
    await expect(app.readerBody.locator('mark').first()).toBeVisible();
    await expect.poll(() => inView('[data-testid="reader-title"]'), 'the title in sight').toBe(true);
    expect(await inView('.reader-body mark'), 'the match in sight').toBe(true);
    expect(await app.reader.evaluate((pane) => pane.scrollTop)).toBe(0);

    // A match near the end: scrolled to, in sight.
    await app.search('"60 percent"');
    await app.searchHits.filter({ hasText: 'Russia strikes Daraa' }).click();
    await expect(app.readerBody.locator('mark').first()).toBeVisible();
    await expect.poll(() => inView('.reader-body mark'), 'the far match in sight').toBe(true);
    expect(await app.reader.evaluate((pane) => pane.scrollTop)).toBeGreaterThan(0);
  });
});

test('at 1440 px the list starts wide enough for readable titles and the word count, and a dragged divider is kept', async ({ app, page }) => {
  await expect(app.libraryRows).toHaveCount(5);
  const list = page.locator('.app__list');
  // 560 px cut titles to ~25 characters and hid the word count (review 13, #9).
  expect((await list.boundingBox())!.width).toBeGreaterThan(600);
  await expect(page.locator('.library__sort[data-sort-key="wordCount"]')).toBeVisible();
  await expect(app.libraryRows.first().locator('.library-row__words')).toBeVisible();
  expect((await app.reader.boundingBox())!.width).toBeGreaterThanOrEqual(500);

  // The user's own split wins, now and after a reload.
  const divider = page.getByRole('separator', { name: 'Resize the list and the reader' });
  await divider.focus();
  await page.keyboard.press('Home');
  const dragged = Math.round((await list.boundingBox())!.width);
  expect(dragged).toBe(360);
  await page.reload();
  await expect(app.libraryRows).toHaveCount(5);
  expect(Math.round((await list.boundingBox())!.width)).toBe(dragged);
});
