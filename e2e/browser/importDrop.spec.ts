import type { Page } from '@playwright/test';
import { expect, test, writeFolder } from '../support/fixtures';
import { standInDesktopPreload } from '../support/desktopStandIn';

/**
 * Files dropped on the window open the import dialog with them listed (issue 15): the user can set
 * the import's details, Import, or Cancel; nothing is read before Import. A browser never says
 * where a dropped file lives, so for the desktop case the page gets a stand-in for the preload's
 * `window.crosscheck` (support/desktopStandIn.ts) whose `pathForFile` answers as Electron's
 * webUtils would; calls go to the real handlers over HTTP. The drop itself is a real DOM drop
 * event holding Files.
 */

/** Drops files with these names on the window, as a file manager would. */
function dropFiles(page: Page, names: readonly string[]): Promise<void> {
  return page.evaluate((list) => {
    const data = new DataTransfer();
    for (const name of list) data.items.add(new File(['dropped'], name, { type: 'text/plain' }));
    window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data, bubbles: true, cancelable: true }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, names);
}

test('a drop opens the import dialog with the files listed: Cancel imports nothing, Import uses the chosen outlet', async ({
  page,
  app,
  served
}) => {
  test.setTimeout(90_000);
  const folder = writeFolder(served.dir, 'dropped', {
    'talks.txt': 'Talks fail in Daraa\n\nRebels in Daraa said the talks with Russian officers had failed on Wednesday.\n',
    'convoy.txt': 'Convoy reaches Quneitra\n\nAn aid convoy reached Quneitra on Thursday morning, officials said.\n'
  });
  await standInDesktopPreload(page, { dropFolder: folder, info: { canPickFiles: true } });
  await page.reload();
  await expect(app.libraryRows).toHaveCount(5);
  const dialog = page.getByTestId('import-dialog');
  const listed = `${folder}/talks.txt\n${folder}/convoy.txt`;

  // Cancel: the dialog goes, and nothing was read.
  await dropFiles(page, ['talks.txt', 'convoy.txt']);
  await expect(page.getByTestId('import-paths-input')).toHaveValue(listed);
  await expect(page.getByTestId('import-submit')).toHaveText('Import 2 paths');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('library-count')).toHaveAttribute('data-total', '5');

  // Drop again (the list starts afresh), set the outlet, Import with the keyboard.
  await dropFiles(page, ['talks.txt', 'convoy.txt']);
  await expect(page.getByTestId('import-paths-input')).toHaveValue(listed);
  await page.getByTestId('import-default-outlet').fill('Drop desk');
  await page.getByTestId('import-submit').focus();
  await page.keyboard.press('Enter');
  await expect(app.importReport).toBeVisible({ timeout: 45_000 });
  expect(await app.reportCount('new')).toBe(2);
  await page.getByRole('button', { name: 'Done' }).click();
  for (const title of ['Talks fail in Daraa', 'Convoy reaches Quneitra']) {
    await expect(app.libraryRows.filter({ hasText: title })).toContainText('Drop desk');
  }
});

test('in browser mode a drop opens the import dialog naming the files, whose paths the user pastes', async ({ page, app }) => {
  await expect(app.libraryRows).toHaveCount(5);
  await dropFiles(page, ['talks.txt', 'convoy.txt']);
  await expect(page.getByTestId('import-dropped-unplaced')).toContainText('talks.txt, convoy.txt');
  await expect(page.getByTestId('import-dropped-unplaced')).toContainText('Paste the full path of each');
  // The paths field has the focus, so the paths can be pasted at once (not the dialog's ×).
  await expect(page.getByTestId('import-paths-input')).toBeFocused();
  await expect(page.getByTestId('import-submit')).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('import-dialog')).toBeHidden();
  await expect(page.getByTestId('library-count')).toHaveAttribute('data-total', '5');
});
