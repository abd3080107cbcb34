import type { Page } from '@playwright/test';
import { expect, test, writeFolder } from '../support/fixtures';

// Hooks of the comparison, beside the page object's.
const compareView = (page: Page) => page.getByTestId('compare-view');
const columns = (page: Page) => page.getByTestId('compare-column');
const passages = (page: Page) => page.getByTestId('compare-passage');
const inspectorTab = (page: Page, name: string) => page.getByTestId('compare-inspector').getByRole('tab', { name });
const storyItems = (page: Page) => page.getByTestId('story-item');

const AFP_TITLES = [
  "Regime pounds south Syria after rebels say talks with Russia 'fail'",
  'South Syria rebels say negotiations with Russia have failed',
  'The Syrian regime and its Russian ally resumed'
];

async function compareSeedStory(page: Page): Promise<void> {
  const story = storyItems(page).first();
  await story.hover();
  await story.getByTestId('story-compare').click();
  // The comparison runs in the engine host: 1-3 s on an idle machine, but 10-18 s was measured at a
  // load of 20 (session 15), so wait longer than the default expect timeout before calling it stuck.
  await expect(compareView(page)).toHaveAttribute('data-phase', 'done', { timeout: 30_000 });
}

/** Each passage id with the columns (article ids) that carry it. */
async function passageColumns(page: Page): Promise<Map<string, Set<string>>> {
  const pairs = await passages(page).evaluateAll((elements) =>
    elements.map((e) => [
      e.getAttribute('data-cluster') ?? '',
      e.closest('[data-testid="compare-column"]')?.getAttribute('data-article-id') ?? ''
    ])
  );
  const out = new Map<string, Set<string>>();
  for (const [cluster, article] of pairs) out.set(cluster!, (out.get(cluster!) ?? new Set()).add(article!));
  return out;
}

/**
 * `count` long articles drawn from one pool of sentences, each a little different: long enough
 * that comparing twelve of them takes seconds, so the view can be watched (and cancelled) while
 * the worker runs.
 */
function longArticles(parent: string, count: number, paragraphs: number): string {
  const words =
    'residents ceasefire convoy rebels negotiations town province aid trucks overnight shelling officials talks monday government army border refugees camp'.split(
      ' '
    );
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    const text = Array.from({ length: paragraphs }, (_, p) => {
      const k = (p * 7 + i * 3) % 97;
      return Array.from({ length: 4 }, (_, s) => {
        const sentence = Array.from(
          { length: 18 },
          (_, w) => words[(k * 13 + s * 5 + w * w + (w % 3 === 0 ? i : 0)) % words.length]
        );
        return `${sentence.join(' ')}.`.replace(/^./, (c) => c.toUpperCase());
      }).join(' ');
    });
    files[`convoy-${String(i).padStart(2, '0')}.txt`] = `Convoy report ${i + 1}\n\n${text.join('\n\n')}`;
  }
  return writeFolder(parent, 'long-reports', files);
}

test.describe('comparing articles side by side', () => {
  test('the seeds story compared: five columns, the AFP copies, a disputed figure, an altered quote', async ({ app }) => {
    const { page } = app;
    await compareSeedStory(page);
    await expect(columns(page)).toHaveCount(5);

    // Seed 004 (machine-translated): no stray "Final Answer '" line, and no passage opens with
    // the full stop of the sentence before (". About 90 minutes …", review #15).
    const translated = columns(page).filter({ hasText: 'BEIRUT' });
    await expect(translated).toHaveCount(1);
    await expect(translated).not.toContainText("Final Answer '");
    const starts = await passages(page).allInnerTexts();
    expect(starts.filter((t) => /^\s*[.,;:]/u.test(t))).toEqual([]);
    expect(starts.filter((t) => t.startsWith('About 90 minutes after the start of the meeting'))).not.toEqual([]);

    await inspectorTab(page, 'Wire').click();
    const wire = page.getByTestId('wire-group');
    await expect(wire).toHaveCount(1);
    for (const title of AFP_TITLES) await expect(wire).toContainText(title);
    await expect(wire).toContainText('AFP');
    await expect(wire.locator('[data-original="true"]')).toContainText(AFP_TITLES[0]!);
    await expect(wire).not.toContainText('Russia strikes Daraa after failure of ceasefire talks');

    await inspectorTab(page, 'Numbers').click();
    const casualties = page.getByTestId('number-group').filter({ hasText: '140' }).filter({ hasText: '100' });
    await expect(casualties).toHaveCount(1);
    await expect(casualties).toHaveAttribute('data-disagree', 'true');
    // Review 13, #4: the casualties are the seeds' one disagreement (000's dateline is no date
    // figure), and the AFP copies' identical range is one row with its three sources.
    await expect(page.locator('[data-testid="number-group"][data-disagree="true"]')).toHaveCount(1);
    const displaced = page.getByTestId('number-group').filter({ hasText: 'between 270,000 and 330,000' });
    await expect(displaced).toHaveCount(1);
    await expect(displaced.locator('.figure-list__row')).toHaveCount(1);
    await expect(displaced.locator('.figure-list__row .source-badge')).toHaveCount(3);

    await inspectorTab(page, 'Quotes').click();
    const quote = page.getByTestId('quote-group').filter({ hasText: 'No Threatened Negotiations' });
    await expect(quote).toHaveCount(1);
    await expect(quote).toHaveAttribute('data-altered', 'true');
    await expect(quote).toContainText('No negotiations under threat');
    // Review 13, #6: nothing under "Quoted alike" is badged Altered; 001's headline `fail` for its
    // own `failed` reads "Also as".
    const alike = page.getByRole('region', { name: 'Quoted alike' });
    await expect(alike.locator('.relation-chip--altered')).toHaveCount(0);
    await expect(alike.getByTestId('quote-group').filter({ hasText: 'failed' }).first()).toContainText('Also as');

    // Picking the altered wording's source shows it in its column.
    await quote.locator('.quote-variant button.source-badge').first().click();
    const flashed = columns(page).locator('.is-flash');
    await expect(flashed.first()).toBeInViewport();
    await expect(flashed).toContainText(['No Threatened Negotiations']);

    await inspectorTab(page, 'Overview').click();
    await expect(page.getByTestId('compare-matrix').locator('tbody tr')).toHaveCount(5);

    await inspectorTab(page, 'Names').click();
    await expect(page.getByTestId('name-entity').filter({ hasText: 'Jabawi' }).first()).toContainText('Ibrahim Jabbawi');
    // Review 13, #19: nationalities and common acronyms are no names.
    const listed = await page.locator('.name-entity__main').allInnerTexts();
    expect(listed).toEqual(expect.arrayContaining(['Busra al-Sham', 'Quneitra', 'Ali Salhadi', 'Sergei Lavrov']));
    for (const word of ['Russian', 'Syrians', 'Kazakh', 'IDPs']) expect(listed).not.toContain(word);
    // Review 14, #10: the seeds' cities under Places, Lama Fakih under People, one row per organisation.
    const section = (title: string) => page.getByRole('region', { name: title }).locator('.name-entity__main');
    const places = await section('Places').allInnerTexts();
    expect(places).toEqual(expect.arrayContaining(['Aleppo', 'Amman', 'Washington', 'Eastern Ghouta']));
    expect(await section('People').allInnerTexts()).toContain('Lama Fakih');
    expect(listed.filter((name) => /Observatory|Security Council|Operations Room/.test(name)).sort()).toEqual([
      'Central Operations Room',
      'Syrian Observatory for Human Rights',
      'United Nations Security Council'
    ]);
    // 004 writes `Ghout East`: a spelling on Eastern Ghouta's row, not a place of its own.
    expect(places).not.toContain('Ghout East');
    await expect(page.getByTestId('name-entity').filter({ hasText: 'Ghout East' })).toContainText('Eastern Ghouta');
  });

  test('a passage shared by three sources or more: one id in every column, lined up on click, diffed word by word', async ({
    app
  }) => {
    const { page } = app;
    await compareSeedStory(page);
    const carried = await passageColumns(page);
    const [cluster, articleIds] = [...carried].sort((a, b) => b[1].size - a[1].size)[0]!;
    expect(articleIds.size).toBeGreaterThanOrEqual(3);

    // Pick it in the last column that carries it: the others scroll so it sits level in each.
    const ids = [...articleIds];
    const anchor = columns(page)
      .and(page.locator(`[data-article-id="${ids.at(-1)}"]`))
      .locator(`[data-cluster="${cluster}"]`)
      .first();
    await anchor.scrollIntoViewIfNeeded();
    await anchor.click();
    await expect(page.getByTestId('passage-panel')).toHaveAttribute('data-cluster', cluster);
    await expect(page.getByTestId('passage-diff')).toHaveCount(ids.length - 1);
    const anchorTop = (await anchor.boundingBox())!.y;
    for (const id of ids.slice(0, -1)) {
      const counterpart = columns(page)
        .and(page.locator(`[data-article-id="${id}"]`))
        .locator(`[data-cluster="${cluster}"]`)
        .first();
      await expect
        .poll(async () => Math.abs((await counterpart.boundingBox())!.y - anchorTop), { timeout: 5000 })
        .toBeLessThan(6);
    }
    await expect(page.locator(`[data-cluster="${cluster}"].is-selected`).first()).toBeVisible();
    await expect(page.locator('[data-testid="compare-passage"]').first()).toHaveAttribute(
      'data-kind',
      /^(exact|light|reworded)$/
    );
    await expect(page.getByTestId('compare-unique').first()).toHaveAttribute('title', /^Only in [A-E]/);
  });

  test('sync scroll keeps the columns at the same place in their texts', async ({ app }) => {
    const { page } = app;
    await compareSeedStory(page);
    const body = (n: number) => columns(page).nth(n).locator('[data-scroll-column]');
    const position = (n: number) => body(n).evaluate((e) => e.scrollTop / (e.scrollHeight - e.clientHeight));

    await page.getByTestId('compare-sync').click();
    await expect(page.getByTestId('compare-sync')).toHaveAttribute('aria-checked', 'true');
    await body(1).hover();
    await page.mouse.wheel(0, 900);
    await expect.poll(() => position(1)).toBeGreaterThan(0.1);
    const leader = await position(1);
    for (const n of [0, 2, 3, 4]) await expect.poll(() => position(n)).toBeCloseTo(leader, 1);

    // Off again: the others stay where they are.
    await page.getByTestId('compare-sync').click();
    const before = await position(3);
    await body(1).hover();
    await page.mouse.wheel(0, 600);
    await expect.poll(() => position(1)).toBeGreaterThan(leader);
    expect(await position(3)).toBeCloseTo(before, 3);
  });

  test('two articles picked in the library with Ctrl-click are compared, and Esc comes back', async ({ app, page }) => {
    const first = app.libraryRows.nth(0);
    const second = app.libraryRows.nth(2);
    const ids = [await first.getAttribute('data-article-id'), await second.getAttribute('data-article-id')];
    await first.click({ modifiers: ['ControlOrMeta'] });
    await second.click({ modifiers: ['ControlOrMeta'] });
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await expect(second).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByTestId('compare-button')).toHaveText('Compare 2');
    await page.getByTestId('compare-button').click();

    await expect(compareView(page)).toHaveAttribute('data-phase', 'done');
    await expect(columns(page)).toHaveCount(2);
    expect(await columns(page).evaluateAll((cs) => cs.map((c) => c.getAttribute('data-article-id')))).toEqual(ids);

    await page.keyboard.press('Escape');
    await expect(compareView(page)).toHaveCount(0);
    await expect(app.libraryRows.first()).toBeVisible();
  });

  test('search results are picked the same way, with Shift-click for a range', async ({ app, page }) => {
    await app.search('Busra');
    await expect(app.searchHits).toHaveCount(5);
    await app.searchHits.nth(0).click();
    await app.searchHits.nth(2).click({ modifiers: ['Shift'] });
    await expect(page.getByTestId('compare-button')).toHaveText('Compare 3');
    await page.getByTestId('compare-button').click();
    await expect(columns(page)).toHaveCount(3);
  });

  test('twelve long articles: the window stays responsive while they are compared, and Cancel stops it', async ({
    app,
    page,
    served
  }) => {
    // Long enough that the comparison outlasts the checks below on a machine several times faster
    // than CI's (it takes ~18 s there; with 80 paragraphs, 4.5 s, which a fast machine finishes
    // before the test cancels it). Cancelling ends it, so the length costs the test nothing.
    await app.importPaths([longArticles(served.dir, 12, 160)]);
    await page.getByTestId('import-report').getByRole('button', { name: 'Close' }).first().click();
    await app.search('convoy report');
    await expect(app.searchHits).toHaveCount(12);

    await app.searchHits.first().click();
    await app.searchHits.last().click({ modifiers: ['Shift'] });
    await page.getByTestId('compare-button').click();
    // Loading the twelve long texts takes ~3.3 s on a quiet 2-core machine and passed 10 s once on
    // a loaded one (CI, 2026-12-06); this test is about the window while they are compared.
    await expect(compareView(page)).toHaveAttribute('data-phase', 'running', { timeout: 25_000 });
    await expect(columns(page)).toHaveCount(12);

    // The comparison runs in a worker: once the texts are laid out, the page keeps drawing frames
    // while it works (the worker alone takes seconds; a blocked page would draw none meanwhile).
    const frames = await page.evaluate(
      () =>
        new Promise<{ count: number; longest: number }>((resolve) => {
          requestAnimationFrame(() =>
            requestAnimationFrame((start) => {
              let last = start;
              let longest = 0;
              let count = 0;
              const tick = (now: number) => {
                count++;
                longest = Math.max(longest, now - last);
                last = now;
                if (now - start < 1500) requestAnimationFrame(tick);
                else resolve({ count, longest });
              };
              requestAnimationFrame(tick);
            })
          );
        })
    );
    // The work is in a dedicated worker, not on the page's thread.
    expect(page.workers().length).toBeGreaterThanOrEqual(1);
    // Loose bounds: on a two-core machine that also runs another test, the page's thread can wait
    // a second or more for a core; a page blocked by the comparison would draw nothing until it ended.
    expect(frames.count).toBeGreaterThanOrEqual(2);
    expect(frames.longest).toBeLessThan(3000);
    await columns(page)
      .first()
      .locator('[data-scroll-column]')
      .evaluate((body) => body.scrollBy(0, 600));
    await expect(compareView(page)).toHaveAttribute('data-phase', 'running');

    await page.getByTestId('compare-cancel').click();
    await expect(compareView(page)).toHaveCount(0);
    await expect(app.searchHits.first()).toBeVisible();
  });

  test('more than twelve picked: Compare says how many to leave out; a story of thirteen compares twelve, and its export the same twelve', async ({
    app,
    page,
    served
  }) => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 8; i++)
      files[`brief-${i}.txt`] =
        `Brief number ${i}\n\nA short note about the harvest in the valley, number ${i}, with nothing else in it.`;
    await app.importPaths([writeFolder(served.dir, 'briefs', files)]);
    await page.getByTestId('import-report').getByRole('button', { name: 'Close' }).first().click();
    await expect(app.libraryRows).toHaveCount(13);

    await app.libraryRows.first().click();
    await app.libraryRows.last().click({ modifiers: ['Shift'] });
    await expect(page.getByTestId('compare-button')).toBeDisabled();
    await expect(page.getByTestId('compare-limit')).toContainText('13 articles are selected; a comparison takes 2 to 12');
    await expect(page.getByTestId('compare-limit')).toContainText('Leave out 1 article');

    await app.libraryRows.last().click({ modifiers: ['ControlOrMeta'] });
    await expect(page.getByTestId('compare-button')).toHaveText('Compare 12');
    await expect(page.getByTestId('compare-button')).toBeEnabled();

    // All 13 in one story: comparing the story compares 12 of them (review 16, #5: it used to
    // refuse), one per outlet first, says which and why before the click and in the view, and
    // leaves them picked in the story's list.
    await app.libraryRows.last().click({ modifiers: ['ControlOrMeta'] });
    await page.getByTestId('move-to-story').click();
    await page.getByRole('menu', { name: 'Move to story' }).getByRole('menuitem').first().click();
    const story = storyItems(page).first();
    await expect(story.locator('.story-item__count')).toHaveText('13');
    const before = (await story.getByTestId('story-compare').getAttribute('title')) ?? '';
    expect(before).toMatch(/^Compare 12 of the 13 articles \(a comparison holds 12\): the earliest of /);
    await story.hover();
    await story.getByTestId('story-compare').click();
    const note = page.getByTestId('compare-note');
    await expect(note).toContainText('Comparing 12 of the 13 articles (a comparison holds 12): the earliest of ');
    const which = /^Comparing (.+)\. They are picked in the story’s list/.exec((await note.textContent()) ?? '')?.[1] ?? '';
    expect(before).toBe(`Compare ${which}; pick others in the story’s list to compare those`);
    await expect(compareView(page)).toHaveAttribute('data-phase', 'done', { timeout: 60_000 });
    await expect(columns(page)).toHaveCount(12);
    // The banner stays while the comparison is open (a toast went after 9 s, before twelve were compared).
    await expect(note).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(compareView(page)).toHaveCount(0);
    await expect(page.getByTestId('compare-button')).toHaveText('Compare 12');
    await expect(app.libraryRows).toHaveCount(13);
    await expect(page.locator('[data-testid="library-row"][aria-selected="true"]')).toHaveCount(12);
    const leftOut = (await page.locator('[data-testid="library-row"][aria-selected="false"]').innerText()).split('\n')[0]!.trim();

    // Exporting the story compares the same twelve and says so in the same words (it had no
    // comparison): the one article left out is the report's one source without a letter.
    await page.getByTestId('story-export').click();
    const preview = page.frameLocator('[data-testid="export-preview-frame"]');
    await expect(preview.locator('body')).toContainText(`13 articles — the comparison takes ${which}`, { timeout: 60_000 });
    await expect(preview.getByRole('heading', { name: 'Comparison', exact: true })).toBeVisible();
    const sources = preview.locator('table').first().locator('tbody tr');
    await expect(sources).toHaveCount(13);
    await expect(sources.filter({ has: preview.locator('td.key:text-is("")') })).toHaveCount(1);
    await expect(sources.filter({ has: preview.locator('td.key:text-is("")') })).toContainText(leftOut);
  });
});
