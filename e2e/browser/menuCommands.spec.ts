import type { Page } from '@playwright/test';
import { expect, test, writeFolder } from '../support/fixtures';

/**
 * The desktop menu's commands (`menu:command` push events) and its native folder picker, in the
 * real UI. Electron cannot run here, so the page gets a stand-in for the desktop preload's
 * `window.crosscheck` before it loads: calls go to the same handlers over HTTP (as browser mode's
 * do), events come from the server's stream, and the test plays the menu and the picker. What
 * runs for real is everything the renderer does with them: api.ts, useMenuCommands, the
 * import flow and its report, and the engine behind `import:paths` and `import:latestReport`.
 */
async function stubDesktopPreload(page: Page, picked: string): Promise<void> {
  await page.addInitScript((pickedPath: string) => {
    type Listener = (payload: unknown) => void;
    const token = new URLSearchParams(window.location.search).get('token') ?? '';
    const menuListeners = new Set<Listener>();
    let source: EventSource | undefined;
    const stub = {
      picks: [] as boolean[],
      async invoke(channel: string, input: { folders?: boolean }) {
        if (channel === 'dialog:pickImportPaths') {
          stub.picks.push(input.folders ?? true);
          return { ok: true, value: [pickedPath] };
        }
        const response = await fetch(`/api/${encodeURIComponent(channel)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-crosscheck-token': token },
          body: JSON.stringify(input)
        });
        const result = (await response.json()) as { ok: boolean; value?: Record<string, unknown> };
        // The desktop host has a native picker, so the UI offers it instead of a path field.
        if (channel === 'library:info' && result.ok && result.value) result.value.canPickFiles = true;
        return result;
      },
      on(event: string, listener: Listener) {
        if (event === 'menu:command') {
          menuListeners.add(listener);
          return () => menuListeners.delete(listener);
        }
        source ??= new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
        const handler = (e: MessageEvent<string>) => listener(JSON.parse(e.data));
        source.addEventListener(event, handler);
        return () => source?.removeEventListener(event, handler);
      },
      pathForFile: () => '',
      /** What the desktop menu does: sendEvent(window, 'menu:command', command). */
      menu(command: string) {
        for (const listener of menuListeners) listener(command);
      }
    };
    Object.defineProperty(window, 'crosscheck', { value: stub });
  }, picked);
}

function menu(page: Page, command: 'import' | 'focus-search' | 'show-last-import'): Promise<void> {
  return page.evaluate((c) => (window as unknown as { crosscheck: { menu(command: string): void } }).crosscheck.menu(c), command);
}

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
  await stubDesktopPreload(page, folder);
  await page.reload();
  await expect(app.libraryRows).toHaveCount(5);

  await menu(page, 'focus-search');
  await expect(app.searchInput).toBeFocused();
  await page.keyboard.press('Escape');

  // File → Import…: the picker opens for folders over the import dialog; what it answers waits
  // there for the import's details (outlet, collection, language) until Import.
  await menu(page, 'import');
  await expect(page.getByTestId('import-paths-input')).toHaveValue(folder);
  await expect(page.getByTestId('library-count')).toHaveAttribute('data-total', '5');
  await page.getByTestId('import-submit').click();
  await expect(app.importReport).toBeVisible({ timeout: 45_000 });
  await expect(app.importReport).toContainText(folder);
  await expect(app.importReport.locator('[data-stat="new"]')).toContainText('2');
  expect(await page.evaluate(() => (window as unknown as { crosscheck: { picks: boolean[] } }).crosscheck.picks)).toEqual([true]);
  await page.keyboard.press('Escape');
  await expect(app.importReport).toBeHidden();
  await expect(app.libraryRows).toHaveCount(7);

  // After a reload the UI holds no report; the menu's Last import asks the library for it.
  await page.reload();
  await expect(app.libraryRows).toHaveCount(7);
  await menu(page, 'show-last-import');
  await expect(app.importReport).toBeVisible();
  await expect(app.importReport).toContainText(folder);
  await expect(app.importReport.locator('[data-stat="new"]')).toContainText('2');
});
