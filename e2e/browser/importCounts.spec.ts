import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { SEEDS_DIR, expect, test, writeFolder } from '../support/fixtures';

/**
 * The server's imports wait this long after each file, so the dialog shows the import running
 * for a few seconds (and its counts are sampled several times) on any machine.
 */
test.use({ importFileDelayMs: 700 });

const STAT_KEYS = ['new', 'near-duplicates', 'duplicates', 'skipped', 'failed'] as const;
/** The counts of an import meeting files imported before (Unchanged shows only then). */
const REIMPORT_KEYS = ['new', 'near-duplicates', 'unchanged', 'duplicates', 'skipped', 'failed'] as const;

const story = (n: number) =>
  `Talks on the south collapse ${n}\n\n` +
  Array.from({ length: 12 }, (_, i) => `Sentence ${i} of story ${n} says the rebels and the Russian delegation met again on day ${i}.`).join(' ');

/** New, duplicate, near-duplicate, failed and skipped files, in file order. */
const FOLDER = {
  'a-new.txt': story(1),
  'b-copy.txt': story(1),
  'c-edited.txt': story(1).replace('Sentence 5 of story 1 says', 'A fifth sentence of story 1 said'),
  'd-other.txt': 'Aid convoy reaches Quneitra\n\nA convoy of twenty aid trucks reached the town of Quneitra on Thursday carrying food and medicine.',
  'e-empty.txt': '',
  'f-photo.jpg': new Uint8Array([0xff, 0xd8, 0xff]),
  'g-more.txt': 'Rebels leave Busra al-Sham\n\nFighters began leaving the town of Busra al-Sham under a deal brokered by Russia, residents said.'
};

/** The counts the progress dialog shows now, or null once it has given way to the report. A count not shown is 0. */
async function dialogCounts(page: Page, keys: readonly string[] = STAT_KEYS): Promise<Record<string, number> | null> {
  return page.evaluate((keys) => {
    const panel = document.querySelector('[data-testid="import-dialog"] [data-testid="import-progress"]');
    if (!panel) return null;
    const counts: Record<string, number> = {};
    for (const key of keys) {
      const value = panel.querySelector(`[data-stat="${key}"] .stat__value`)?.textContent ?? '';
      counts[key] = Number(value.replace(/\D/g, ''));
    }
    return counts;
  }, keys);
}

/** The counts the status strip shows now (`3 unchanged · 0 failed`; one at zero is left out), or null once it has gone. */
async function stripCounts(page: Page, keys: readonly string[]): Promise<Record<string, number> | null> {
  return page.evaluate((keys) => {
    const strip = document.querySelector('[data-testid="import-strip-counts"]');
    if (!strip) return null;
    const counts: Record<string, number> = {};
    for (const key of keys) counts[key] = Number((strip.querySelector(`[data-stat="${key}"]`)?.textContent ?? '').replace(/\D/g, ''));
    return counts;
  }, keys);
}

/** Each count of every sample is at least the one before it and at most the report's. */
function expectGrowingUpTo(samples: ReadonlyArray<Record<string, number>>, report: Record<string, number>): void {
  for (let i = 1; i < samples.length; i++) {
    for (const key of Object.keys(report)) expect(samples[i]![key]).toBeGreaterThanOrEqual(samples[i - 1]![key]!);
  }
  for (const sample of samples) for (const key of Object.keys(report)) expect(sample[key]).toBeLessThanOrEqual(report[key]!);
}

test.describe('one set of import counts', () => {
  test('the dialog, the report, the library header and the sidebar agree on new, near-duplicate, duplicate, failed and skipped', async ({
    app,
    page,
    served
  }) => {
    const folder = writeFolder(served.dir, 'mixed', FOLDER);
    await expect(page.getByTestId('library-count')).toHaveAttribute('data-total', /\d/);
    const before = await app.libraryCount();

    await page.getByTestId('import-button').click();
    await page.getByTestId('import-paths-input').fill(folder);
    await page.getByTestId('import-submit').click();

    // Sample the dialog while the import runs: every count only grows.
    const samples: Array<Record<string, number>> = [];
    while (!(await app.importReport.isVisible())) {
      const counts = await dialogCounts(page);
      if (counts) samples.push(counts);
      await page.waitForTimeout(150);
    }
    // At least two looks (seven files at 0.7 s each): more on a quiet machine.
    expect(samples.length).toBeGreaterThan(1);
    for (let i = 1; i < samples.length; i++) {
      for (const key of STAT_KEYS) expect(samples[i]![key]).toBeGreaterThanOrEqual(samples[i - 1]![key]!);
    }

    const report = Object.fromEntries(await Promise.all(STAT_KEYS.map(async (k) => [k, await app.reportCount(k)] as const)));
    expect(report).toEqual({ new: 3, 'near-duplicates': 1, duplicates: 1, skipped: 1, failed: 1 });
    // Nothing the dialog showed went past the report (no near-duplicate counted as new first).
    for (const sample of samples) for (const key of STAT_KEYS) expect(sample[key]).toBeLessThanOrEqual(report[key]!);

    await page.getByRole('button', { name: 'Done' }).click();
    // The library gained the new articles and the near-duplicate, in the header and the sidebar alike.
    await expect(page.getByTestId('library-count')).toHaveAttribute('data-total', String(before + 4));
    await expect(page.getByTestId('stories-sidebar').getByRole('button', { name: /All articles/ })).toContainText(String(before + 4));
  });

  test.describe('importing files imported before', () => {
    // Five files at 1.5 s each: time to look at the dialog, then at the strip, before the report.
    test.use({ importFileDelayMs: 1500 });

    test('the sample folder again is 5 unchanged and 0 duplicates in the dialog, the strip, the report, the header and the sidebar; a copy under another name is 1 duplicate', async ({
      app,
      page,
      served
    }) => {
      // The library was made with the sample articles from SEEDS_DIR: importing it is its second import.
      await expect(page.getByTestId('library-count')).toHaveAttribute('data-total', '5');
      await page.getByTestId('import-button').click();
      await page.getByTestId('import-paths-input').fill(SEEDS_DIR);
      await page.getByTestId('import-submit').click();

      const panel = page.getByTestId('import-dialog').getByTestId('import-progress');
      const inDialog: Array<Record<string, number>> = [];
      // The dialog until the first batch is counted (a second or two), then the strip.
      while (!(await panel.locator('[data-stat="unchanged"]').isVisible()) && !(await app.importReport.isVisible())) {
        const counts = await dialogCounts(page, REIMPORT_KEYS);
        if (counts) inDialog.push(counts);
        await page.waitForTimeout(150);
      }
      const shown = await dialogCounts(page, REIMPORT_KEYS);
      expect(shown, 'the import ended before the dialog counted its first batch').not.toBeNull();
      inDialog.push(shown!);
      await page.getByRole('button', { name: 'Run in background' }).click();
      const inStrip: Array<Record<string, number>> = [];
      while (!(await app.importReport.isVisible())) {
        const counts = await stripCounts(page, REIMPORT_KEYS);
        if (counts) inStrip.push(counts);
        await page.waitForTimeout(150);
      }
      expect(inDialog.at(-1)!.unchanged).toBeGreaterThan(0);
      expect(inStrip.some((c) => c.unchanged! > 0)).toBe(true);

      const report = Object.fromEntries(await Promise.all(REIMPORT_KEYS.map(async (k) => [k, await app.reportCount(k)] as const)));
      expect(report).toEqual({ new: 0, 'near-duplicates': 0, unchanged: 5, duplicates: 0, skipped: 0, failed: 0 });
      expectGrowingUpTo(inDialog, report);
      expectGrowingUpTo(inStrip, report);
      for (const sample of [...inDialog, ...inStrip]) expect(sample.duplicates).toBe(0);
      // Nothing new: the five are one folded section, listed when opened.
      const unchanged = await app.openReportSection('unchanged');
      await expect(unchanged).toContainText('Imported before from the same file and not changed since');
      await expect(app.importProblems.and(page.locator('[data-kind="unchanged"]'))).toHaveCount(5);
      await expect(app.importProblems.and(page.locator('[data-kind="duplicate"]'))).toHaveCount(0);

      await page.getByRole('button', { name: 'Done' }).click();
      await expect(page.getByTestId('library-count')).toHaveAttribute('data-total', '5');
      await expect(page.getByTestId('stories-sidebar').getByRole('button', { name: /All articles/ })).toContainText('5');

      // The same text under another file name is a duplicate, named by the article's title.
      const seed = fs.readdirSync(SEEDS_DIR).find((f) => f.startsWith('001_'))!;
      const text = fs.readFileSync(path.join(SEEDS_DIR, seed), 'utf8');
      const copies = writeFolder(served.dir, 'copies', { 'a-copy.txt': text });
      await app.importPaths([copies]);
      expect(await app.reportCount('duplicates')).toBe(1);
      expect(await app.reportCount('new')).toBe(0);
      await expect(app.importReport.locator('[data-stat="unchanged"]')).toHaveCount(0);
      const duplicate = app.importProblems.and(page.locator('[data-kind="duplicate"]'));
      await expect(duplicate).toHaveCount(1);
      // Seed 001's first line is its headline (the CLI suite checks the title the library gives it).
      await expect(duplicate).toContainText(`Same text as “${text.split('\n')[0]}” in the library.`);
      await page.getByRole('button', { name: 'Done' }).click();
      await expect(page.getByTestId('library-count')).toHaveAttribute('data-total', '5');
    });
  });

  test('the outlet, collection and language typed in the import dialog go to the files that name none', async ({ app, page, served }) => {
    const folder = writeFolder(served.dir, 'bare', {
      'talks.txt': 'Talks fail in Daraa\n\nRebels said the talks with Russia had failed on Wednesday.',
      'named.md': '---\ntitle: Convoy reaches Quneitra\nsource: Al Jazeera\n---\n\nTwenty trucks carrying food reached the town.'
    });
    await page.getByTestId('import-button').click();
    await page.getByTestId('import-paths-input').fill(folder);
    await page.getByTestId('import-default-language').fill('English');
    await expect(page.getByTestId('import-defaults')).toContainText('Use a language code such as en');
    await expect(page.getByTestId('import-submit')).toBeDisabled();
    await page.getByTestId('import-default-language').fill('en');
    await page.getByTestId('import-default-outlet').fill('BBC News');
    await page.getByTestId('import-default-collection').fill('bbc');
    await page.getByTestId('import-submit').click();
    // The Markdown file sends the import to the extraction pool, whose workers take a while to start on a loaded machine.
    await expect(app.importReport).toBeVisible({ timeout: 45_000 });
    expect(await app.reportCount('new')).toBe(2);
    await page.getByRole('button', { name: 'Done' }).click();

    await expect(app.libraryRows.filter({ hasText: 'Talks fail in Daraa' })).toContainText('BBC News');
    // The file's own outlet wins.
    await expect(app.libraryRows.filter({ hasText: 'Convoy reaches Quneitra' })).toContainText('Al Jazeera');
    await app.libraryRows.filter({ hasText: 'Talks fail in Daraa' }).click();
    await expect(app.reader.locator('dd', { hasText: /^en$/ })).toBeVisible();
    // The window shows no collection but the sample's: ask the library itself.
    const listed = spawnSync(process.execPath, ['bin/crosscheck.mjs', 'list', '--db', served.libraryFile, '--json'], { encoding: 'utf8' });
    const items = (JSON.parse(listed.stdout) as { items: Array<{ title: string; collection: string | null }> }).items;
    expect(items.filter((a) => a.collection === 'bbc').map((a) => a.title).sort()).toEqual(['Convoy reaches Quneitra', 'Talks fail in Daraa']);
  });
});
