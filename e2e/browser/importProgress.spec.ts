import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';

// Hooks of the import progress, beside the page object's.
const progress = (page: Page) => page.getByTestId('import-progress');
const cancelButton = (page: Page) => page.getByTestId('import-cancel');
const reportStatus = (page: Page) => page.getByTestId('import-report-status');

const WORDS = 'residents ceasefire convoy rebels negotiations town province aid trucks overnight shelling officials talks'.split(
  ' '
);

/** Files in the import these tests cancel: with {@link FILE_DELAY_MS}, well over 20 s of work. */
const FILES = 500;

/**
 * The server's imports wait this long after each file (CROSSCHECK_IMPORT_FILE_DELAY_MS), so the
 * import is still running when the test cancels it, however fast or loaded the machine. NB: a big
 * import raced against the test once did this job, and failed both ways: it finished first on a
 * fast machine and took too long to wind down on a loaded CI one.
 */
const FILE_DELAY_MS = 50;

test.use({ importFileDelayMs: FILE_DELAY_MS });

/** `count` distinct short news-like text files. */
function writeManyFiles(parent: string, name: string, count: number): string {
  const dir = path.join(parent, name);
  fs.mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const words = Array.from({ length: 150 }, (_, w) => WORDS[(i * 7 + w * w * 3 + w) % WORDS.length]).join(' ');
    fs.writeFileSync(path.join(dir, `report-${String(i).padStart(4, '0')}.txt`), `Convoy report ${i}\n\n${words} (${i}).`);
  }
  return dir;
}

async function startImport(page: Page, folder: string): Promise<void> {
  await page.getByTestId('import-button').click();
  await page.getByTestId('import-paths-input').fill(folder);
  await page.getByTestId('import-submit').click();
}

async function importedCount(page: Page): Promise<number> {
  const text = await page.locator('[data-testid="import-report"] [data-stat="new"] .stat__value').innerText();
  return Number(text.replace(/\D/g, ''));
}

test.describe('import progress and cancel', () => {
  test('the import dialog follows a large import, and Cancel stops it', async ({ app, page, served }) => {
    const folder = writeManyFiles(served.dir, 'many', FILES);
    await startImport(page, folder);

    const panel = page.getByTestId('import-dialog').getByTestId('import-progress');
    await expect(panel).toHaveAttribute('data-total', String(FILES));
    await expect(panel.getByRole('progressbar')).toHaveAttribute('aria-valuemax', String(FILES));
    await expect(panel).toHaveAttribute('data-done', /^[1-9]/);
    await expect(panel).toContainText(/files\/s/);
    await cancelButton(page).click();

    await expect(app.importReport).toBeVisible();
    await expect(app.importReport).toContainText('Import cancelled');
    await expect(reportStatus(page)).toHaveAttribute('data-status', 'cancelled');
    await expect(reportStatus(page)).toContainText(/Cancelled after [\d,]+ of 500 files/);
    const imported = await importedCount(page);
    expect(imported).toBeGreaterThan(0);
    expect(imported).toBeLessThan(FILES);
  });

  test('sent to the background, the import shows in the status bar while the window stays usable', async ({
    app,
    page,
    served
  }) => {
    const folder = writeManyFiles(served.dir, 'many', FILES);
    await startImport(page, folder);
    await expect(progress(page)).toHaveAttribute('data-total', String(FILES));

    await page.getByRole('button', { name: 'Run in background' }).click();
    await expect(page.getByTestId('import-dialog')).toBeHidden();
    const strip = progress(page);
    await expect(strip).toBeVisible();
    await expect(strip).toContainText(/\/ 500 files/);

    // Searching and reading go on while the import runs.
    await app.search('Busra');
    await expect(app.searchHits).toHaveCount(5);
    await app.searchHits.first().click();
    await expect(app.readerTitle).not.toBeEmpty();
    await expect(strip).toBeVisible();
    await expect(strip).toHaveAttribute('data-done', /^[1-9]/);

    await cancelButton(page).click();
    await expect(app.importReport).toContainText('Import cancelled');
    expect(await importedCount(page)).toBeLessThan(FILES);
    await expect(progress(page)).toHaveCount(0);
  });

  test('articles appear in the library list as they are committed, before the import ends', async ({ app, page, served }) => {
    const folder = writeManyFiles(served.dir, 'many', FILES);
    const count = page.getByTestId('library-count');
    await expect(app.libraryRows).toHaveCount(5);
    await expect(count).toHaveAttribute('data-total', '5');
    await startImport(page, folder);
    await page.getByRole('button', { name: 'Run in background' }).click();

    // More than the five sample articles, while the import still runs.
    await expect(count).toHaveAttribute('data-total', /^(?:[6-9]|[1-9]\d+)$/);
    await expect(progress(page)).toBeVisible();
    const shown = Number(await count.getAttribute('data-total'));
    expect(shown).toBeLessThan(FILES + 5);
    await expect(page.getByTestId('library-row').filter({ hasText: 'Convoy report' }).first()).toBeVisible();

    await cancelButton(page).click();
    await expect(progress(page)).toHaveCount(0);
  });

  test('the highlighted article stays highlighted as imported articles are listed above it', async ({ app, page, served }) => {
    const folder = writeManyFiles(served.dir, 'many', FILES);
    // By title, every "Convoy report …" comes before the sample articles.
    await page.getByRole('button', { name: 'Sort by title' }).click();
    // The old order stays on screen until the new one arrives: wait for it before clicking.
    await expect(app.libraryRows.first()).toContainText('Regime pounds south Syria');
    await app.libraryRows.filter({ hasText: 'Syrian rebels and Russia ceasefire deal breaks down' }).click();
    const highlighted = page.locator('[data-testid="library-row"][aria-selected="true"]');
    await expect(highlighted).toContainText('Syrian rebels and Russia ceasefire deal breaks down');

    await startImport(page, folder);
    await page.getByRole('button', { name: 'Run in background' }).click();
    await expect(page.getByTestId('library-count')).toHaveAttribute('data-total', /^(?:[1-9]\d+)$/);
    await expect(app.libraryRows.filter({ hasText: 'Convoy report' }).first()).toBeVisible();
    await expect(highlighted).toContainText('Syrian rebels and Russia ceasefire deal breaks down');

    await cancelButton(page).click();
    await expect(progress(page)).toHaveCount(0);
    await expect(highlighted).toContainText('Syrian rebels and Russia ceasefire deal breaks down');
  });
});
