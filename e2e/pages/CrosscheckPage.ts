import { expect, type Locator, type Page } from '@playwright/test';

/** The Crosscheck window as a user sees it, addressed by its data-testid hooks. */
export class CrosscheckPage {
  readonly searchInput: Locator;
  readonly libraryRows: Locator;
  readonly searchHits: Locator;
  /** The results' screen-reader status: `data-query` is the query the hits on screen answer, once settled. */
  readonly searchStatus: Locator;
  readonly reader: Locator;
  readonly readerTitle: Locator;
  readonly readerBody: Locator;
  readonly importReport: Locator;
  readonly importProblems: Locator;

  constructor(readonly page: Page) {
    this.searchInput = page.getByTestId('search-input');
    this.libraryRows = page.getByTestId('library-row');
    this.searchHits = page.getByTestId('search-hit');
    this.searchStatus = page.getByTestId('search-status');
    this.reader = page.getByTestId('reader');
    this.readerTitle = page.getByTestId('reader-title');
    this.readerBody = page.getByTestId('reader-body');
    this.importReport = page.getByTestId('import-report');
    this.importProblems = page.getByTestId('import-problem');
  }

  /**
   * Types a query the way a user does (search-as-you-type) and waits until the results on screen
   * are this query's. NB: without the wait, an assertion could pass on the previous query's hits,
   * still shown while the new answer is on its way (session 11: a test passed on an earlier hit).
   */
  async search(query: string): Promise<void> {
    await this.page.keyboard.press('Control+K');
    await this.searchInput.fill(query);
    await this.searchSettled();
  }

  /**
   * Waits until the results answer what the search box holds now — after a facet, the search help
   * or anything else changed the query — in the order asked for (`sort`), when one is given. An
   * empty box has no results to wait for.
   */
  async searchSettled(sort?: 'relevance' | 'date'): Promise<void> {
    const query = (await this.searchInput.inputValue()).trim();
    if (!query) return;
    await expect(this.searchStatus).toHaveAttribute('data-query', query);
    if (sort) await expect(this.searchStatus).toHaveAttribute('data-sort', sort);
  }

  /** A count of the import report (`new`, `near-duplicates`, `duplicates`, `skipped`, `failed`), as shown. */
  async reportCount(stat: string): Promise<number> {
    const text = await this.importReport.locator(`[data-stat="${stat}"] .stat__value`).innerText();
    return Number(text.replace(/\D/g, ''));
  }

  /**
   * A section of the import report (`unchanged`, `as-before`, `still-unreadable`, …), opened if it
   * is folded: what is as it was lists its files only when opened (review 15, #10).
   */
  async openReportSection(key: string): Promise<Locator> {
    const section = this.importReport.locator(`[data-testid="import-problem-group"][data-group="${key}"]`);
    if (
      (await section.evaluate((el) => el.tagName)) === 'DETAILS' &&
      !(await section.evaluate((el) => (el as HTMLDetailsElement).open))
    ) {
      await section.locator('summary').click();
    }
    return section;
  }

  /** The library header's article count (the whole library, no story chosen). */
  async libraryCount(): Promise<number> {
    return Number(await this.page.getByTestId('library-count').getAttribute('data-total'));
  }

  /** Picks library rows by title the way a user does: click the first, Ctrl/⌘-click the others. */
  async pickRows(titles: readonly string[]): Promise<void> {
    for (const [i, title] of titles.entries()) {
      await this.libraryRows.filter({ hasText: title }).click({ modifiers: i === 0 ? [] : ['ControlOrMeta'] });
    }
  }

  /** Imports paths through the Import dialog (browser mode: typed paths) and waits for the report. */
  async importPaths(paths: string[]): Promise<void> {
    await this.page.getByTestId('import-button').click();
    await this.page.getByTestId('import-paths-input').fill(paths.join('\n'));
    await this.page.getByTestId('import-submit').click();
    await this.importReport.waitFor();
  }
}
