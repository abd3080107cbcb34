import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '../support/fixtures';

/**
 * Settings → Library (issue 13): check the library, back it up, and restore a backup at the next
 * start after a confirmation that says what happens to the current library.
 */
test.describe('Settings → Library', () => {
  test('checks the library, backs it up, and restores the backup at the next start, keeping the current library aside', async ({
    app,
    page,
    served
  }) => {
    await expect(app.libraryRows).toHaveCount(5);
    await page.getByTestId('settings-button').click();
    const library = page.getByTestId('library-settings');
    // Where the library is, so the user can find it (review 11: nothing in the window said).
    await expect(library.getByTestId('library-path')).toHaveText(`Kept in ${served.libraryFile}`);
    // The version and where the docs are (review 11: shown nowhere).
    const { version } = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string };
    await expect(page.getByTestId('settings-version')).toHaveText(`Crosscheck ${version}`);
    await expect(page.getByTestId('settings-about')).toContainText('docs folder');

    await library.getByTestId('library-check').click();
    await expect(library.getByTestId('library-check-result')).toContainText('5 articles, 5 in the full-text index');
    await expect(library.getByTestId('library-check-result')).toContainText('No problems found.');

    const byHand = library.getByTestId('library-backups').locator('li', { hasText: 'by hand' });
    await expect(byHand).toHaveCount(0);
    await library.getByTestId('library-backup').click();
    await expect(byHand).toHaveCount(1);
    // Its date as the window writes every date (lib/format: 'Dec 7, 2026, 5:31 AM'), not toLocaleString's '12/7/2026, 5:31:50 AM'.
    const today = await page.evaluate(() =>
      new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' }).format(new Date())
    );
    await expect(byHand).toContainText(`${today}, `);

    // A change made after the backup, which the restore takes back.
    const colour = page.getByTestId('colour-name-5');
    const before = await colour.inputValue();
    await colour.fill('Ask the agency');
    await page.getByTestId('settings-save').click();
    await expect(page.getByTestId('settings-dialog')).toBeHidden();

    await page.getByTestId('settings-button').click();
    await byHand.getByTestId('library-restore').click();
    const confirm = library.getByTestId('library-restore-confirm');
    await expect(confirm).toContainText('When Crosscheck next starts, this backup replaces the library');
    await expect(confirm).toContainText('The current library is not deleted: it is kept beside it');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(confirm).toBeHidden();
    await byHand.getByTestId('library-restore').click();
    await confirm.getByTestId('library-restore-confirm-button').click();
    await expect(library.getByTestId('library-restore-pending')).toContainText('will replace the library when Crosscheck next starts');

    // Another Crosscheck opens the library meanwhile (its record, as a live process leaves it: this
    // test's own): the next start leaves the file in place, and Settings says the restore waits.
    const holders = path.join(served.dir, '.library.sqlite.open');
    fs.mkdirSync(holders, { recursive: true });
    const record = path.join(holders, `${process.pid}-0-1.json`);
    fs.writeFileSync(record, JSON.stringify({ pid: process.pid, host: os.hostname(), name: 'crosscheck import' }));
    await page.goto(await served.restart());
    await page.getByTestId('settings-button').click();
    await expect(page.getByTestId('colour-name-5')).toHaveValue('Ask the agency');
    const waiting = library.getByTestId('library-waiting');
    await expect(waiting).toHaveRole('status');
    await expect(waiting).toContainText('The restore you asked for on');
    await expect(waiting).toContainText(`has not happened yet: Another Crosscheck (crosscheck import, pid ${process.pid}) has this library open.`);
    await expect(waiting).toContainText('Close the other Crosscheck, then quit and start this one again');
    await waiting.getByTestId('library-cancel-restore').click();
    await expect(waiting).toBeHidden();
    expect(fs.existsSync(`${served.libraryFile}.restore-pending`)).toBe(false);

    // Asked for again with no one else on the library: the next start restores it.
    fs.rmSync(record);
    await byHand.getByTestId('library-restore').click();
    await confirm.getByTestId('library-restore-confirm-button').click();
    await page.goto(await served.restart());
    await page.getByTestId('settings-button').click();
    await expect(page.getByTestId('colour-name-5')).toHaveValue(before);
    expect(fs.readdirSync(served.dir).filter((f) => /\.before-restore-.*\.sqlite$/.test(f))).toHaveLength(1);
  });
});
