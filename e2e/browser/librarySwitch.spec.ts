import { expect, test } from '../support/fixtures';
import { playOpenRecent, standInDesktopPreload, standInRecord } from '../support/desktopStandIn';

/**
 * Which library is open, and switching to another (review 16, #4). Browser mode is bound to the
 * library `crosscheck serve --db` names: the window names that library (title, the list's heading,
 * Settings → Library) and says, where the desktop app has Switch library…, why it is not offered
 * here, rather than showing a control that cannot work. The switch itself runs in the desktop
 * host (electron/library/switching/libraryHost.test.ts drives it through the engine workers).
 */
test('browser mode names its library and says switching is not offered, with no dead control', async ({ app, page, served }) => {
  await expect(app.libraryRows).toHaveCount(5);
  // served.libraryFile is …/library.sqlite: named without its folder and extension.
  await expect(page.getByTestId('library-name')).toHaveText('library');
  await expect(page.getByTestId('library-name')).toHaveAttribute('title', served.libraryFile);
  await expect(page).toHaveTitle('library — Crosscheck');
  await page.screenshot({ path: test.info().outputPath('library-heading.png') });

  await page.getByTestId('settings-button').click();
  const settings = page.getByTestId('library-settings');
  await expect(settings.getByTestId('library-path')).toHaveText(`Kept in ${served.libraryFile}`);
  const unavailable = settings.getByTestId('library-switch-unavailable');
  await expect(unavailable).toContainText('Switching libraries is not offered in browser mode');
  await expect(unavailable).toContainText('--db');
  await expect(settings.getByTestId('library-switch-button')).toHaveCount(0);
  await settings.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('library-settings-browser.png') });

  // The engine refuses a switch asked for anyway (a script on the API), with the same sentence.
  const refused = await page.evaluate(async () => {
    const token = new URLSearchParams(window.location.search).get('token') ?? '';
    const response = await fetch('/api/library:open', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-crosscheck-token': token },
      body: JSON.stringify({ path: '/tmp/other.sqlite' })
    });
    return (await response.json()) as { ok: boolean; error?: { code: string; message: string } };
  });
  expect(refused).toMatchObject({
    ok: false,
    error: { code: 'unavailable', message: expect.stringContaining('not offered in browser mode') }
  });
  await expect(page.getByTestId('library-count')).toHaveAttribute('data-total', '5');
});

/**
 * The desktop app's Switch library…, with a stand-in for the desktop preload (Electron cannot run
 * here): the stand-in answers the library choice as the desktop host does, the server's library
 * staying behind it. What runs for real is the renderer: the recent list, Remove, Open, the menu's
 * Open Recent, and the window starting afresh after a switch (no article open, no dialog).
 */
test('the desktop switcher lists recent libraries, removes a missing one, and a switch starts the window afresh', async ({
  app,
  page,
  served
}) => {
  test.setTimeout(120_000);
  const clientA = '/home/me/Projects/Client A.sqlite';
  const gone = '/media/usb/Old project.sqlite';
  await standInDesktopPreload(page, {
    info: { mode: 'desktop', canPickFiles: true },
    libraries: [
      { path: served.libraryFile, name: 'library.sqlite', missing: false, open: true },
      { path: clientA, name: 'Client A.sqlite', missing: false, open: false },
      { path: gone, name: 'Old project.sqlite', missing: true, open: false }
    ]
  });
  await page.reload();
  await expect(app.libraryRows).toHaveCount(5);
  await app.libraryRows.first().click();
  await expect(app.readerTitle).toBeVisible();

  await page.getByTestId('settings-button').click();
  const settings = page.getByTestId('library-settings');
  await expect(settings.getByTestId('library-switch-unavailable')).toHaveCount(0);
  await settings.getByTestId('library-switch-button').click();
  const rows = settings.getByTestId('library-recent').locator('li');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText('open now');
  await expect(rows.nth(1)).toContainText('Client A');
  await expect(rows.nth(2)).toContainText('missing');
  await settings.getByTestId('library-switch').scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('library-switcher-desktop.png') });

  await rows.nth(2).getByRole('button', { name: 'Remove' }).click();
  await expect(rows).toHaveCount(2);
  await rows.nth(1).getByRole('button', { name: 'Open' }).click();
  // Another library is open: the window starts afresh, nothing of the old one on screen.
  await expect(page.getByTestId('settings-dialog')).toBeHidden();
  await expect(page.getByTestId('toast').filter({ hasText: 'Opened the library Client A.' })).toBeVisible();
  await expect(app.readerTitle).toBeHidden();
  await expect(app.libraryRows).toHaveCount(5);

  // File → Open Recent asks the same way.
  await playOpenRecent(page, clientA);
  await expect
    .poll(() => standInRecord(page, 'libraryCalls'))
    .toEqual([
      { channel: 'library:recent' },
      { channel: 'library:forgetRecent', path: gone },
      { channel: 'library:open', path: clientA },
      { channel: 'library:open', path: clientA }
    ]);
  await expect(page.getByTestId('toast').filter({ hasText: 'Opened the library Client A.' }).first()).toBeVisible();
});
