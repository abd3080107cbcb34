import { expect, test, writeFolder } from '../support/fixtures';
import { playMenu, standInDesktopPreload, standInRecord } from '../support/desktopStandIn';

/**
 * The desktop menu's commands (`menu:command` push events) and its native folder picker, in the
 * real UI. Electron cannot run here, so the page gets a stand-in for the desktop preload's
 * `window.crosscheck` before it loads: calls go to the same handlers over HTTP (as browser mode's
 * do), events come from the server's stream, and the test plays the menu and the picker. What
 * runs for real is everything the renderer does with them: api.ts, useMenuCommands, the
 * import flow and its report, and the engine behind `import:paths` and `import:latestReport`.
 */

test('the desktop menu imports through the native picker, focuses search and shows the last import', async ({
  page,
  app,
  served
}) => {
  // Two imports' worth of waiting on a loaded machine.
  test.setTimeout(120_000);
  const folder = writeFolder(served.dir, 'picked', {
    'talks.txt': 'Talks fail in Daraa\n\nRebels in Daraa said the talks with Russian officers had failed on Wednesday.\n',
    'convoy.txt': 'Convoy reaches Quneitra\n\nAn aid convoy reached Quneitra on Thursday morning, officials said.\n'
  });
  // The desktop host has a native picker, so the UI offers it instead of a path field.
  await standInDesktopPreload(page, { picked: folder, info: { canPickFiles: true } });
  await page.reload();
  await expect(app.libraryRows).toHaveCount(5);

  await playMenu(page, 'focus-search');
  await expect(app.searchInput).toBeFocused();
  await page.keyboard.press('Escape');

  // File → Import…: the picker opens for folders over the import dialog; what it answers waits
  // there for the import's details (outlet, collection, language) until Import.
  await playMenu(page, 'import');
  await expect(page.getByTestId('import-paths-input')).toHaveValue(folder);
  await expect(page.getByTestId('library-count')).toHaveAttribute('data-total', '5');
  await page.getByTestId('import-submit').click();
  await expect(app.importReport).toBeVisible({ timeout: 45_000 });
  await expect(app.importReport).toContainText(folder);
  await expect(app.importReport.locator('[data-stat="new"]')).toContainText('2');
  expect(await standInRecord<boolean>(page, 'picks')).toEqual([true]);
  await page.keyboard.press('Escape');
  await expect(app.importReport).toBeHidden();
  await expect(app.libraryRows).toHaveCount(7);

  // After a reload the UI holds no report; the menu's Last import asks the library for it.
  await page.reload();
  await expect(app.libraryRows).toHaveCount(7);
  await playMenu(page, 'show-last-import');
  await expect(app.importReport).toBeVisible();
  await expect(app.importReport).toContainText(folder);
  await expect(app.importReport.locator('[data-stat="new"]')).toContainText('2');
});
