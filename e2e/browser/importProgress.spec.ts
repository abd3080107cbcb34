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

/**
 * `count` distinct news-like text files of about `kb` KB. NB: small files import at well over
 * 1,000 a second, too fast to cancel reliably; the import's time grows with the text, the time to
 * write the files hardly does, so larger files make a slow import without a slow test.
 */
function writeManyFiles(parent: string, name: string, count: number, kb: number): string {
  const dir = path.join(parent, name);
  fs.mkdirSync(dir, { recursive: true });
  // A pool of paragraphs, dealt out differently to each file; the file's number keeps every text distinct.
  const pool = Array.from({ length: 64 }, (_, p) =>
    Array.from({ length: 120 }, (_, w) => WORDS[(p * 7 + w * w * 3 + w) % WORDS.length]).join(' ')
  );
  for (let i = 0; i < count; i++) {
    const paragraphs = Array.from(
      { length: Math.round(kb * 1.2) },
      (_, p) => `${pool[(i * 5 + p * 11) % pool.length]} (${i}-${p}).`
    );
    fs.writeFileSync(
      path.join(dir, `report-${String(i).padStart(4, '0')}.txt`),
      `Convoy report ${i}\n\n${paragraphs.join('\n\n')}`
    );
  }
  return dir;
}

async function startImport(page: Page, folder: string): Promise<void> {
  await page.getByTestId('import-button').click();
  await page.getByTestId('import-paths-input').fill(folder);
  await page.getByTestId('import-submit').click();
}

async function importedCount(page: Page): Promise<number> {
  const text = await page.locator('[data-testid="import-report"] [data-stat="imported"] .stat__value').innerText();
  return Number(text.replace(/\D/g, ''));
}

test.describe('import progress and cancel', () => {
  test('the import dialog follows a large import, and Cancel stops it', async ({ app, page, served }) => {
    const folder = writeManyFiles(served.dir, 'many', 1500, 20);
    await startImport(page, folder);

    const panel = page.getByTestId('import-dialog').getByTestId('import-progress');
    await expect(panel).toHaveAttribute('data-total', '1500');
    await expect(panel.getByRole('progressbar')).toHaveAttribute('aria-valuemax', '1500');
    await expect(panel).toContainText(/files\/s/);
    await cancelButton(page).click();

    await expect(app.importReport).toBeVisible();
    await expect(app.importReport).toContainText('Import cancelled');
    await expect(reportStatus(page)).toHaveAttribute('data-status', 'cancelled');
    await expect(reportStatus(page)).toContainText(/Cancelled after [\d,]+ of 1,?500 files/);
    const imported = await importedCount(page);
    expect(imported).toBeGreaterThan(0);
    expect(imported).toBeLessThan(1500);
  });

  test('sent to the background, the import shows in the status bar while the window stays usable', async ({
    app,
    page,
    served
  }) => {
    // More and larger files: this import must outlast a search and a click in the reader (an
    // import of 1,500 such files once did; the importer got faster and it no longer does).
    const folder = writeManyFiles(served.dir, 'many', 5000, 30);
    await startImport(page, folder);
    await expect(progress(page)).toHaveAttribute('data-total', '5000');

    await page.getByRole('button', { name: 'Run in background' }).click();
    await expect(page.getByTestId('import-dialog')).toBeHidden();
    const strip = progress(page);
    await expect(strip).toBeVisible();
    await expect(strip).toContainText(/\/ 5,?000 files/);

    // Searching and reading go on while the import runs.
    await app.search('Busra');
    await expect(app.searchHits).toHaveCount(5);
    await app.searchHits.first().click();
    await expect(app.readerTitle).not.toBeEmpty();
    await expect(strip).toBeVisible();

    await cancelButton(page).click();
    await expect(app.importReport).toContainText('Import cancelled');
    expect(await importedCount(page)).toBeLessThan(5000);
    await expect(progress(page)).toHaveCount(0);
  });
});
