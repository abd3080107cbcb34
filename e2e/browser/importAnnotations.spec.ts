import AxeBuilder from '@axe-core/playwright';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '../support/fixtures';
import { NotesPanelPage } from '../pages/NotesPanelPage';

/** Words of the seeds' clean bodies (seeds/) to highlight in the library the file comes from. */
const QUOTES = { heavy: 'declined to surrender heavy weapons', room: 'Southern Operations Room' };
const NOTE = 'Reads like the AFP wire';
/** Shown as text in the dialog's list of orphans; it must never become an element. */
const HOSTILE = '<img src=x onerror="window.__pwned=1">';
/** The web address both libraries give the article holding QUOTES.heavy (the seeds have none), as two people who saved the same page. */
const URL_OF_HEAVY = 'https://example.org/daraa-talks-collapse';

/** Someone else's library: `crosscheck serve` on its own temp folder (the fixture serves the one the page shows). */
async function otherLibrary(): Promise<{ api: <T>(channel: string, input: unknown) => Promise<T>; stop: () => Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-e2e-other-'));
  const root = path.resolve(import.meta.dirname, '..', '..');
  const child: ChildProcess = spawn(process.execPath, [path.join(root, 'bin', 'crosscheck.mjs'), 'serve', '--db', path.join(dir, 'library.sqlite'), '--json'], {
    cwd: root,
    env: { ...process.env, CROSSCHECK_HOME: dir },
    stdio: ['ignore', 'pipe', 'pipe']
  });
  const url = await new Promise<URL>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve(new URL((JSON.parse(line) as { url: string }).url));
    });
    child.on('exit', (code) => reject(new Error(`crosscheck serve exited with ${code}`)));
  });
  const api = async <T,>(channel: string, input: unknown): Promise<T> => {
    const response = await fetch(new URL(`/api/${channel}`, url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-crosscheck-token': url.searchParams.get('token') ?? '' },
      body: JSON.stringify(input)
    });
    const answer = (await response.json()) as { ok: true; value: T } | { ok: false; error: { message: string } };
    if (!answer.ok) throw new Error(`${channel}: ${answer.error.message}`);
    return answer.value;
  };
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  return { api, stop };
}

/** The annotations of a W3C JSON export, wherever the collection keeps them. */
function annotationsOf(collection: { first: { items: Array<Record<string, unknown>> } }): Array<Record<string, unknown>> {
  return collection.first.items;
}

/**
 * Exports two highlights and an article note as W3C JSON from another library, and adds to the
 * file an orphan (its article is here, its words are not: hostile text), one whose article is in
 * no library, and an entry that is not an annotation.
 */
async function sharedFile(dir: string): Promise<string> {
  const other = await otherLibrary();
  try {
    const { items } = await other.api<{ items: Array<{ id: number }> }>('articles:list', { limit: 50 });
    const holding = async (quote: string) => {
      for (const a of items) if ((await other.api<{ body: string }>('articles:get', { id: a.id })).body.includes(quote)) return a.id;
      throw new Error(`no seed holds “${quote}”`);
    };
    await other.api('articles:correct', { id: await holding(QUOTES.heavy), changes: { url: URL_OF_HEAVY } });
    await other.api('annotations:create', { kind: 'highlight', articleId: await holding(QUOTES.heavy), quote: QUOTES.heavy, colour: 1, note: 'The sticking point' });
    await other.api('annotations:create', { kind: 'highlight', articleId: await holding(QUOTES.room), quote: QUOTES.room, colour: 3 });
    await other.api('annotations:create', { kind: 'article-note', articleId: await holding(QUOTES.room), note: NOTE });
    const rendered = await other.api<{ content: string }>('export:render', { scope: { kind: 'annotations', filter: {} }, format: 'json' });
    const collection = JSON.parse(rendered.content) as { first: { items: Array<Record<string, unknown>> } };
    const list = annotationsOf(collection);
    const highlight = list.find((a) => JSON.stringify(a).includes(QUOTES.heavy));
    if (!highlight) throw new Error('the export lacks the highlight');
    const source = (highlight.target as { source: string }).source;
    if (source !== URL_OF_HEAVY) throw new Error(`the export names the article ${source}`);
    const withQuote = (target: string, quote: string, id: string) => ({
      ...highlight,
      id,
      target: { source: target, selector: [{ type: 'TextQuoteSelector', exact: quote }] }
    });
    list.push(withQuote(source, HOSTILE, 'urn:test:orphan'));
    list.push(withQuote('https://example.org/an-article-in-no-library', 'words printed in no article of this library', 'urn:test:elsewhere'));
    list.push({ type: 'Note', id: 'urn:test:not-an-annotation' });
    const file = path.join(dir, 'shared-annotations.jsonld');
    fs.writeFileSync(file, JSON.stringify(collection, null, 2));
    return file;
  } finally {
    await other.stop();
  }
}

test.describe('import annotations in the notes panel', () => {
  test('a W3C JSON file from another library: what would happen, then the import; a second run finds them all here; a broken file is one sentence', async ({ app, page, served }) => {
    test.setTimeout(120_000);
    const file = await sharedFile(served.dir);
    const notes = new NotesPanelPage(page);
    await expect(app.libraryRows).toHaveCount(5);
    for (const a of await notes.articles())
      if ((await notes.api<{ body: string }>('articles:get', { id: a.id })).body.includes(QUOTES.heavy))
        await notes.api('articles:correct', { id: a.id, changes: { url: URL_OF_HEAVY } });
    await notes.open();
    await expect(notes.entries).toHaveCount(0);

    const dialog = page.getByTestId('annotations-import');
    const outcome = (name: string) => dialog.getByTestId(`annotations-import-${name}`);
    await page.getByTestId('notes-import').click();
    await expect(dialog).toBeVisible();
    await dialog.getByTestId('annotations-import-input').setInputFiles(file);

    // The dry run: nothing written yet.
    await expect(outcome('anchored')).toHaveAttribute('data-count', '3');
    await expect(outcome('orphan')).toHaveAttribute('data-count', '1');
    await expect(outcome('duplicate')).toHaveAttribute('data-count', '0');
    await expect(outcome('no-article')).toHaveAttribute('data-count', '1');
    await expect(outcome('invalid')).toHaveAttribute('data-count', '1');
    await expect(outcome('orphan')).toContainText('never dropped');
    await expect(notes.total).toHaveText('0 entries');
    expect((await notes.api<{ total: number }>('annotations:counts', { filter: {} })).total).toBe(0);

    // Each list opens with its quotes; hostile text stays text.
    await outcome('orphan').locator('summary').click();
    await expect(outcome('orphan').getByTestId('annotations-import-item')).toHaveText(`“${HOSTILE}”`);
    await expect(dialog.locator('img')).toHaveCount(0);
    await outcome('no-article').locator('summary').press('Enter');
    await expect(outcome('no-article').getByTestId('annotations-import-item')).toContainText('words printed in no article');
    await page.screenshot({ path: test.info().outputPath('import-annotations-light.png') });
    // axe finds nothing serious in the dialog, in light and in dark.
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const axe = await new AxeBuilder({ page }).include('[data-testid="annotations-import"]').setLegacyMode().analyze();
      const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`)).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });

    await dialog.getByTestId('annotations-import-run').click();
    await expect(dialog.getByTestId('annotations-import-outcomes')).toHaveAttribute('data-done', 'true');
    await expect(dialog).toContainText('4 were added to this library');
    await dialog.getByTestId('annotations-import-done').click();
    await expect(dialog).toBeHidden();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

    // The panel lists them (the orphan among them) without a reload, and the reader shows the highlight.
    await expect(notes.total).toHaveText('4 entries');
    await expect(notes.entry(NOTE)).toBeVisible();
    await notes.entry(QUOTES.heavy).getByRole('button', { name: QUOTES.heavy }).click();
    await expect(app.readerBody.getByTestId('highlight').filter({ hasText: 'heavy weapons' })).toBeVisible();

    // The same file again: everything is already here; nothing to import. Esc closes.
    await page.getByTestId('notes-import').click();
    await dialog.getByTestId('annotations-import-input').setInputFiles(file);
    await expect(outcome('duplicate')).toHaveAttribute('data-count', '4');
    await expect(outcome('anchored')).toHaveAttribute('data-count', '0');
    await expect(dialog.getByTestId('annotations-import-run')).toBeDisabled();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    // Not JSON: one sentence, nothing imported.
    await page.getByTestId('notes-import').click();
    await dialog.getByTestId('annotations-import-input').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('Highlights, sent by mail\n') });
    await expect(dialog.getByTestId('annotations-import-error')).toHaveText(/^“notes\.json” is not a JSON file, so it holds no W3C annotations\./);
    await expect(outcome('anchored')).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(notes.total).toHaveText('4 entries');
  });
});
