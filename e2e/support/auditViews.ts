import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Called at each view once it has settled; `required` are selectors the view must show in sight,
 * `whole` those never cut in part by an edge (see auditChecks.ts).
 */
export type ViewVisitor = (view: string, required: readonly string[], whole?: readonly string[]) => Promise<void>;

/** The window sizes every view is audited at (issue 12). */
export const AUDIT_SIZES = [
  { width: 1024, height: 700 },
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 }
] as const;

/** The inspector's tabs, in order. */
const TABS = ['Overview', 'Passage', 'Wire', 'Quotes', 'Numbers', 'Names'] as const;

const READER_HEADING = ['[data-testid="reader-title"], [data-testid="reader-sticky-title"]'];

/** Transitions off: the audit measures where things end up, not where they are mid-animation. */
async function settle(page: Page): Promise<void> {
  // NB: a constructed sheet, since the app's CSP refuses a <style> tag.
  await page.evaluate(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('*, *::before, *::after { transition: none !important; animation: none !important; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  });
}

const tid = (page: Page, id: string) => page.getByTestId(id);

/**
 * Clicks a button in the page itself rather than with the mouse: the audit must reach every view
 * even when a fault covers the button (the checks report that fault at the view before).
 */
async function press(locator: Locator): Promise<void> {
  await locator.evaluate((el) => (el as HTMLElement).click());
}

async function closeDialog(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await expect(page.locator('dialog[open]')).toHaveCount(0);
}

/**
 * The comparison as Ctrl/⌘ P prints it: no toolbar buttons, no inspector, every column whole
 * within the page's width (side by side up to three, one after another beyond).
 */
async function expectPrintable(page: Page, count: number): Promise<void> {
  await page.emulateMedia({ media: 'print' });
  const printed = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const shown = (sel: string) => [...document.querySelectorAll(sel)].filter((e) => e.getBoundingClientRect().width > 0);
    return {
      inspector: shown('[data-testid="compare-inspector"]').length,
      buttons: shown('.compare-toolbar button, .topbar button').map((e) => e.textContent?.trim() || e.getAttribute('aria-label')),
      columns: shown('[data-testid="compare-column"]').map((e) => {
        const r = e.getBoundingClientRect();
        return r.left >= -1 && r.right <= width + 1;
      })
    };
  });
  await page.emulateMedia({ media: 'screen' });
  expect(printed, `the comparison of ${count} as printed`).toEqual({
    inspector: 0,
    buttons: [],
    columns: Array(count).fill(true)
  });
}

/** Picks the first `count` of `ids` (click, then Ctrl/⌘-click) and opens their comparison. */
async function compareRows(page: Page, ids: readonly string[], count: number, visit: ViewVisitor): Promise<void> {
  // By id, not position: the list is virtual, so which rows exist depends on where it is scrolled.
  for (const [i, id] of ids.slice(0, count).entries()) {
    const row = page.locator(`[data-testid="library-row"][data-article-id="${id}"]`);
    for (let tries = 0; tries < 10 && (await row.count()) === 0; tries++) {
      await tid(page, 'library-list').hover();
      await page.mouse.wheel(0, 200);
    }
    await row.click({ modifiers: i === 0 ? [] : ['ControlOrMeta'] });
  }
  await expect(tid(page, 'compare-button')).toContainText(`Compare ${count}`);
  await press(tid(page, 'compare-button'));
  const view = tid(page, 'compare-view');
  await expect(view).toHaveAttribute('data-phase', 'done', { timeout: 30_000 });
  await expect(tid(page, 'compare-column')).toHaveCount(count);
  const inspector = tid(page, 'compare-inspector');
  for (const tab of TABS) {
    if (tab === 'Passage') await press(tid(page, 'compare-passage').first());
    await press(inspector.getByRole('tab', { name: tab }));
    await expect(inspector.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
    await visit(`compare ${count} / ${tab}`, ['[data-testid="compare-legend"]'], ['[data-testid="compare-column"]']);
  }
  await expectPrintable(page, count);
  await press(tid(page, 'compare-close'));
  await expect(view).toHaveCount(0);
  await page.keyboard.press('Escape');
}

/**
 * Opens every view of issue 12 in turn on one page, calling `visit` at each: the empty library,
 * the library with the stories sidebar, a story (and its picks bar), search with facets, the reader clean and
 * original, the import dialog and report, settings, the notes panel, and comparisons of 2, 5 and
 * 12 articles with each inspector tab. `fullUrl` serves the seeds and seven editions of them
 * (auditLibrary.ts), `emptyUrl` an empty library.
 */
export async function visitViews(page: Page, urls: { full: string; empty: string }, visit: ViewVisitor): Promise<void> {
  await page.goto(urls.empty);
  await settle(page);
  await expect(tid(page, 'library-empty')).toBeVisible();
  await visit('empty library', ['[data-testid="import-button"]']);

  await page.goto(urls.full);
  await settle(page);
  await expect(tid(page, 'library-row')).toHaveCount(12);
  await expect(tid(page, 'story-item').first()).toBeVisible();
  const ids = await tid(page, 'library-row').evaluateAll((els) => els.map((e) => e.getAttribute('data-article-id') ?? ''));
  await visit('library', ['[data-testid="import-button"]', '[data-testid="watched-button"]', '[data-testid="search-input"]']);

  // Shift+↓ from the first row picks every article, the last one in sight and clear of the picks
  // bar (a row under the bar is reported as covered): at 1024×700 picking once seemed to stop at 10 of 12.
  await tid(page, 'library-list').focus();
  await page.keyboard.press('Home');
  for (let i = 1; i < ids.length; i++) await page.keyboard.press('Shift+ArrowDown');
  await expect(tid(page, 'selection-bar')).toContainText(`${ids.length} picked`);
  await expect(page.locator('[data-testid="library-row"][aria-selected="true"]')).toHaveCount(ids.length);
  await visit('library, every article picked with Shift+↓', [
    '[data-testid="selection-bar"]',
    `[data-testid="library-row"][data-article-id="${ids.at(-1)}"]`
  ]);
  await page.getByRole('button', { name: 'Let go of the picked articles (Esc)' }).click();
  await expect(tid(page, 'selection-bar')).toHaveCount(0);

  await tid(page, 'story-item').first().click();
  await expect(tid(page, 'story-heading')).toBeAttached();
  await visit('story', ['[data-testid="story-heading"]']);
  // A story's picks bar holds the most actions (Split into new story among them).
  await tid(page, 'library-row')
    .first()
    .click({ modifiers: ['ControlOrMeta'] });
  await expect(tid(page, 'selection-bar')).toBeVisible();
  await visit('story with a picked article', ['[data-testid="story-split"]', '[data-testid="picks-export"]']);
  // The bar's own button (Esc lets go too, but only with focus in the list: the accessibility audit
  // has tabbed elsewhere by now).
  await page.getByRole('button', { name: 'Let go of the picked articles (Esc)' }).click();
  await expect(tid(page, 'selection-bar')).toHaveCount(0);
  await tid(page, 'stories-sidebar').getByText('All articles').click();
  await expect(tid(page, 'story-heading')).toHaveCount(0);

  await page.keyboard.press('Control+K');
  await tid(page, 'search-input').fill('Daraa');
  await expect(tid(page, 'search-facets')).toBeVisible();
  await expect(tid(page, 'search-hit').first()).toBeVisible();
  await visit('search with facets', ['[data-testid="search-facets"]']);

  await tid(page, 'search-hit').first().click();
  await expect(tid(page, 'reader-body')).toBeVisible();
  await expect(tid(page, 'reader-body').locator('mark').first()).toBeVisible();
  await visit('reader at a search hit', READER_HEADING);
  await press(tid(page, 'show-original-toggle'));
  await expect(tid(page, 'reader').locator('.removed-span, del').first()).toBeAttached();
  await visit('reader, original', READER_HEADING);
  await press(tid(page, 'show-original-toggle'));
  await tid(page, 'search-input').focus();
  await page.keyboard.press('Escape');
  await expect(tid(page, 'search-results')).toHaveCount(0);

  await press(tid(page, 'import-button'));
  await expect(tid(page, 'import-paths-input')).toBeVisible();
  await visit('import dialog', ['[data-testid="import-submit"]']);
  await closeDialog(page);

  await press(tid(page, 'last-import-button'));
  await expect(tid(page, 'import-report')).toBeVisible();
  await visit('import report', ['[data-testid="import-report"]']);
  await closeDialog(page);

  await press(tid(page, 'settings-button'));
  await expect(tid(page, 'settings-save')).toBeVisible();
  await visit('settings', ['[data-testid="settings-save"]']);
  await closeDialog(page);

  await press(tid(page, 'notes-button'));
  await expect(tid(page, 'notes-panel')).toBeVisible();
  await visit('notes panel', ['[data-testid="notes-panel"]']);
  await press(tid(page, 'notes-button'));
  await expect(tid(page, 'notes-panel')).toHaveCount(0);

  for (const count of [2, 5, 12]) await compareRows(page, ids, count, visit);
}
