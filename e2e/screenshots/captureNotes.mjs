// The notes panel, the Settings dialog and a search with in:notes (docs/ui.md, "Notes", "Search"),
// light and dark, on a fresh library of the five samples with a few highlights and notes made through the HTTP API.
// Run after `npx electron-vite build`:
//
//   node e2e/screenshots/captureNotes.mjs
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
/** Where the PNGs go: beside this script, or `CAPTURE_OUT` to look at a new set before replacing the old. */
const OUT = process.env.CAPTURE_OUT ?? import.meta.dirname;

async function serve(dir) {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'crosscheck.mjs'), 'serve', '--db', path.join(dir, 'library.sqlite'), '--json'], {
    cwd: ROOT,
    env: { ...process.env, CROSSCHECK_HOME: dir },
    stdio: ['ignore', 'pipe', 'inherit']
  });
  const url = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve(JSON.parse(line).url);
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  });
  return { url, stop: () => child.kill('SIGTERM') };
}

const ANNOTATIONS = [
  { quote: 'declined to surrender heavy weapons', colour: 1, note: 'The **sticking point**, in every account', tags: ['weapons'] },
  { quote: 'resumed air strikes on the south of the country', colour: 3, note: 'AFP: *after* the talks failed', tags: ['timeline'] },
  { quote: 'aimed at a comprehensive cease-fire', colour: 2, note: '', tags: ['talks'] },
  { quote: 'Southern Operations Room', colour: 5, note: 'Who speaks for it?', tags: ['sources', 'follow up'] }
];

async function seed(page) {
  await page.evaluate(async (annotations) => {
    const token = new URLSearchParams(window.location.search).get('token') ?? '';
    const api = async (channel, input) =>
      (
        await (
          await fetch(`/api/${encodeURIComponent(channel)}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-crosscheck-token': token },
            body: JSON.stringify(input)
          })
        ).json()
      ).value;
    const { items } = await api('articles:list', { limit: 10 });
    const bodies = await Promise.all(items.map((a) => api('articles:get', { id: a.id })));
    for (const a of annotations) {
      const article = bodies.find((b) => b.body.includes(a.quote));
      if (article) await api('annotations:create', { kind: 'highlight', articleId: article.id, quote: a.quote, colour: a.colour, note: a.note, tags: a.tags });
    }
    await api('annotations:create', { kind: 'article-note', articleId: bodies[4].id, note: 'Reads like the AFP wire, lightly edited.' });
  }, ANNOTATIONS);
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const scheme of ['light', 'dark']) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-shot-'));
  const server = await serve(dir);
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, colorScheme: scheme });
    await page.goto(server.url);
    await page.getByTestId('library-row').nth(4).waitFor();
    await seed(page);
    await page.getByTestId('notes-button').click();
    await page.getByTestId('notes-entry').nth(4).waitFor();
    await page.getByTestId('notes-entry').first().getByRole('button').first().click();
    await page.waitForTimeout(1800); // the highlight's flash
    await page.mouse.move(0, 0);
    await page.screenshot({ path: path.join(OUT, `notes-${scheme}.png`) });
    await page.getByTestId('settings-button').click();
    await page.getByTestId('colour-name-5').fill('Ask the agency');
    await page.waitForTimeout(400);
    await page.screenshot({ path: path.join(OUT, `settings-${scheme}.png`) });
    // Library search with in:notes: the user's highlight listed as such above the articles, opened
    // at the highlight (the reader's legend names its colour).
    await page.keyboard.press('Escape');
    await page.getByTestId('notes-button').click();
    await page.keyboard.press('Control+K');
    await page.getByTestId('search-input').fill('in:notes weapons');
    await page.getByTestId('note-hit').first().waitFor();
    await page.getByTestId('note-hit').first().click();
    await page.waitForTimeout(1800);
    await page.mouse.move(0, 0);
    await page.screenshot({ path: path.join(OUT, `notes-search-${scheme}.png`) });
    await page.close();
  } finally {
    server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
await browser.close();
