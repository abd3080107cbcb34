import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { NotesPanelPage } from '../pages/NotesPanelPage';
import { expect, test, writeFolder } from '../support/fixtures';
import { playMenu, standInDesktopPreload, standInRecord } from '../support/desktopStandIn';

/**
 * The Export dialog (issue 11) in browser mode: opened from its entry points with their scope,
 * options that change the live preview, files that come back as downloads with the highlights,
 * notes and colour meanings in them, cancelling a slow export, and hostile article and note text
 * that stays text in the preview.
 */

const TITLE = 'Russia strikes Daraa after failure of ceasefire talks with Syria rebels';
const QUOTE = 'declined to surrender heavy weapons';
const NOTE = 'Who walked out first? Check the Reuters wording.';
// Colour 4 renamed, so its meaning in the files is known to come from the library's settings.
const MEANING = 'Disputed by the rebels';
// A sentence of the same article that no highlight covers: only a full-text report holds it.
const UNHIGHLIGHTED = 'Moscow, a key ally of the Syrian regime';

async function seedHighlight(page: Page): Promise<NotesPanelPage> {
  const notes = new NotesPanelPage(page);
  const article = (await notes.articles()).find((a) => a.title === TITLE);
  if (!article) throw new Error(`no seed titled “${TITLE}”`);
  await notes.api('annotations:colours:set', { colours: [{ colour: 4, label: MEANING }] });
  await notes.highlight(article.id, QUOTE, { colour: 4, note: NOTE, tags: ['talks'] });
  return notes;
}

async function downloaded(download: Download): Promise<string> {
  const file = await download.path();
  return fs.readFileSync(file, 'utf8');
}

test('from the reader: the preview follows the options, and Markdown and HTML download with highlight, note and colour meaning', async ({
  app,
  page
}) => {
  test.setTimeout(120_000);
  await expect(app.libraryRows).toHaveCount(5);
  await seedHighlight(page);
  await app.libraryRows.filter({ hasText: TITLE }).click();
  await expect(app.readerTitle).toHaveText(TITLE);

  await page.getByTestId('reader-export').click();
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('export-scope-label')).toHaveText(`The article “${TITLE}”`);
  await expect(dialog.getByTestId('export-scope-given')).toBeFocused();
  // axe finds nothing serious in the dialog.
  await expect(page.frameLocator('[data-testid="export-preview-frame"]').locator('h1')).toBeVisible();
  const axe = await new AxeBuilder({ page }).include('[data-testid="export-dialog"]').setLegacyMode().analyze();
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`)).toEqual([]);

  // The report's preview: the highlight with its meaning in words and its note.
  const preview = page.frameLocator('[data-testid="export-preview-frame"]');
  // The meaning is a chip before the marked words; the mark holds the quote alone.
  const item = preview.locator('li').filter({ has: preview.locator('mark', { hasText: QUOTE }) });
  await expect(item.locator('.label')).toHaveText(MEANING);
  await expect(item.locator('mark')).toHaveText(QUOTE);
  await expect(preview.locator('body')).toContainText(NOTE);
  await expect(preview.locator('body')).not.toContainText(UNHIGHLIGHTED);
  // Grouped by article, the highlights sit under the article's title; by colour, under the meaning.
  await expect(preview.locator('h3').first()).toContainText(TITLE);
  await dialog.getByTestId('export-group-colour').click();
  await expect(preview.locator('h3').first()).toHaveText(MEANING);
  // Full texts: the article's words around the highlights are in the report too.
  await dialog.getByTestId('export-full-text').click();
  await expect(preview.locator('body')).toContainText(UNHIGHLIGHTED);
  await dialog.getByTestId('export-excerpts').click();
  await expect(preview.locator('body')).not.toContainText(UNHIGHLIGHTED);

  // The formats are radio buttons: the arrow keys move between them.
  await dialog.getByTestId('export-format-md').focus();
  await page.keyboard.press('ArrowRight');
  await expect(dialog.getByTestId('export-format-html')).toBeChecked();
  await expect(dialog.getByTestId('export-format-hint')).toContainText('HTML');

  // Markdown: the File view shows the file's text, and Download hands the same file to the browser.
  await dialog.getByTestId('export-format-md').check();
  await dialog.getByTestId('export-view-file').click();
  await expect(dialog.getByTestId('export-preview-text')).toContainText(`==${QUOTE}==`);
  const [markdownDownload] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('export-save').click()]);
  expect(markdownDownload.suggestedFilename()).toBe(`${TITLE}.md`);
  const markdown = await downloaded(markdownDownload);
  expect(markdown).toContain(`==${QUOTE}==`);
  expect(markdown).toContain(`**${MEANING}**`);
  expect(markdown).toContain(`> ${NOTE}`);
  expect(markdown).toContain('#talks');
  await expect(dialog.getByTestId('export-outcome')).toContainText(`Downloaded ${TITLE}.md`);

  // HTML: one file, no script, the meaning in words beside the mark.
  await dialog.getByTestId('export-format-html').check();
  const [htmlDownload] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('export-save').click()]);
  expect(htmlDownload.suggestedFilename()).toBe(`${TITLE}.html`);
  const html = await downloaded(htmlDownload);
  expect(html).toContain(QUOTE);
  expect(html).toContain(NOTE);
  expect(html).toContain(MEANING);
  expect(html).not.toMatch(/<script/i);

  // Esc closes the dialog and gives the window back.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('from the picked articles and from Ctrl+E, with their scope; a slow export shows progress and can be cancelled', async ({
  app,
  page
}) => {
  test.setTimeout(120_000);
  await expect(app.libraryRows).toHaveCount(5);
  await seedHighlight(page);
  // Settings → Your name: reports say who made them.
  await page.getByTestId('settings-button').click();
  await page.getByTestId('settings-author').fill('Rania Haddad');
  await page.getByTestId('settings-save').click();
  await expect(page.getByTestId('settings-dialog')).toBeHidden();
  const titles = (await app.libraryRows.allInnerTexts()).slice(0, 2).map((t) => t.split('\n')[0]!.trim());
  await app.pickRows(titles);
  await page.getByTestId('picks-export').click();
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog.getByTestId('export-scope-label')).toHaveText('The 2 picked articles');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // The keyboard shortcut exports what is in front of the user: here, the picks.
  await page.keyboard.press('ControlOrMeta+E');
  await expect(dialog.getByTestId('export-scope-label')).toHaveText('The 2 picked articles');
  // Every annotation of the library is always offered; with it, the seeded highlight is in the report.
  await dialog.getByTestId('export-scope-all').check();
  const preview = page.frameLocator('[data-testid="export-preview-frame"]');
  await expect(preview.locator('body')).toContainText(NOTE);
  await expect(preview.locator('body')).toContainText('by Rania Haddad');

  // A slow export (the engine's answer held back): progress shows, Cancel stops it, nothing downloads.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/export%3Arender', async (route) => {
    const body = route.request().postDataJSON() as { format: string };
    if (body.format === 'csv') await held;
    await route.continue();
  });
  await dialog.getByTestId('export-format-csv').check();
  let downloads = 0;
  page.on('download', () => (downloads += 1));
  await dialog.getByTestId('export-save').click();
  await expect(dialog.getByTestId('export-progress')).toBeVisible();
  await expect(dialog.getByTestId('export-progress').getByRole('progressbar')).toBeVisible();
  await dialog.getByTestId('export-cancel').click();
  await expect(dialog.getByTestId('export-outcome')).toHaveText('Cancelled: nothing was saved.');
  release();
  // The held answer arrives after the cancel: it is dropped, not saved.
  await page.waitForTimeout(1500);
  expect(downloads).toBe(0);
  await expect(dialog.getByTestId('export-progress')).toBeHidden();
});

test('hostile article text and notes stay text in the preview; from the notes panel', async ({ app, page, served }) => {
  test.setTimeout(120_000);
  await expect(app.libraryRows).toHaveCount(5);
  const hostile = '<img src=x onerror="window.parent.__exported=1"><script>window.parent.__exported=2</script>';
  const folder = writeFolder(served.dir, 'hostile', {
    'hostile.txt': `Hostile wire copy\n\nRebels said the talks had failed ${hostile} according to a statement from the southern front.\n`
  });
  const notes = new NotesPanelPage(page);
  await notes.api('import:paths', { paths: [folder] });
  const article = (await notes.articles()).find((a) => a.title === 'Hostile wire copy');
  if (!article) throw new Error('the hostile article was not imported');
  await notes.highlight(article.id, hostile, { colour: 1, note: `Note ${hostile}` });
  page.on('dialog', (d) => {
    throw new Error(`a script ran in the preview: ${d.message()}`);
  });

  await notes.open();
  await expect(notes.entries).toHaveCount(1);
  await page.getByTestId('notes-export').click();
  const dialog = page.getByTestId('export-dialog');
  // The panel shows everything, so its scope is the whole library's annotations.
  await expect(dialog.getByTestId('export-scope-label')).toHaveText('Every highlight and note in the library');
  const preview = page.frameLocator('[data-testid="export-preview-frame"]');
  await expect(preview.locator('body')).toContainText(`Note ${hostile}`);
  await expect(preview.locator('li mark').first()).toContainText(hostile);
  // Shown as characters: no element was made of them, and nothing ran.
  await expect(preview.locator('img, script')).toHaveCount(0);
  await dialog.getByTestId('export-full-text').click();
  await expect(preview.locator('body')).toContainText('according to a statement from the southern front');
  await expect(preview.locator('img, script')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __exported?: number }).__exported)).toBeUndefined();
  // Neither does the File view of the CSV make anything of them.
  await dialog.getByTestId('export-format-csv').check();
  // (CSV doubles the quotes inside a quoted cell.)
  await expect(dialog.getByTestId('export-preview-text')).toContainText(
    'Note <img src=x onerror=""window.parent.__exported=1"">'
  );
  await expect(dialog.getByTestId('export-preview-text').locator('*')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __exported?: number }).__exported)).toBeUndefined();
});

test('the desktop app: File → Export… opens the dialog, and Save… sends the file to the native Save dialog', async ({
  app,
  page
}) => {
  test.setTimeout(120_000);
  // The desktop preload's stand-in: calls go to the same handlers over HTTP, except the native
  // Save dialog, which the test plays; the menu is played too.
  await standInDesktopPreload(page, { saveDialog: true, info: { mode: 'desktop' } });
  await page.reload();
  await expect(app.libraryRows).toHaveCount(5);
  await seedHighlight(page);

  await playMenu(page, 'export');
  const dialog = page.getByTestId('export-dialog');
  // Nothing open, picked or searched: every annotation.
  await expect(dialog.getByTestId('export-scope-label')).toHaveText('Every highlight and note in the library');
  await expect(dialog.getByTestId('export-save')).toHaveText('Save…');
  await dialog.getByTestId('export-save').click();
  await expect(dialog.getByTestId('export-outcome')).toHaveText('Saved /home/me/Reports/All highlights and notes.md');
  const saved = await standInRecord<{ fileName: string; content: string; encoding: string }>(page, 'saved');
  expect(saved).toHaveLength(1);
  const [file] = saved as Array<{ fileName: string; content: string; encoding: string }>;
  expect(file?.encoding).toBe('utf8');
  expect(file?.content).toContain(`==${QUOTE}==`);
  expect(file?.content).toContain(NOTE);
});

test('the keyboard stays in the dialog: Tab and Shift Tab cycle inside it, and closing gives the focus back to what opened it', async ({
  app,
  page
}) => {
  await app.libraryRows.filter({ hasText: TITLE }).click();
  await expect(app.readerTitle).toHaveText(TITLE);
  const dialog = page.getByTestId('export-dialog');
  const focusInDialog = () =>
    page.evaluate(() => {
      const active = document.activeElement;
      return Boolean(active && active !== document.body && active.closest('[data-testid="export-dialog"]'));
    });

  // Opened with its button: two whole cycles of Tab, then of Shift Tab, never leave it (Tab
  // reached <body> once a cycle, review 13, #7).
  const opener = page.getByTestId('reader-export');
  await opener.click();
  await expect(dialog).toBeVisible();
  await expect(page.frameLocator('[data-testid="export-preview-frame"]').locator('h1')).toBeVisible();
  const seen = new Set<string>();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    expect(await focusInDialog(), `Tab ${i + 1} stays in the dialog`).toBe(true);
    seen.add(await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80) ?? ''));
  }
  expect(seen.size, 'Tab reached several controls').toBeGreaterThan(4);
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Shift+Tab');
    expect(await focusInDialog(), `Shift Tab ${i + 1} stays in the dialog`).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();

  // Opened with Ctrl E from the reader: Esc gives the keyboard back to the reader.
  await app.reader.focus();
  await page.keyboard.press('ControlOrMeta+e');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(app.reader).toBeFocused();
});
