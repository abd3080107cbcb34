// The Export dialog (docs/ui.md, "Exporting"), light and dark: the report's preview of a story
// with highlights and notes, and the Markdown file's text; on a fresh library of the five samples
// with highlights made through the HTTP API. Run after `npx electron-vite build`:
//
//   node e2e/screenshots/captureExport.mjs
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const OUT = process.env.CAPTURE_OUT ?? import.meta.dirname;

async function serve(dir) {
  const child = spawn(
    process.execPath,
    [path.join(ROOT, 'bin', 'crosscheck.mjs'), 'serve', '--db', path.join(dir, 'library.sqlite'), '--json'],
    {
      cwd: ROOT,
      env: { ...process.env, CROSSCHECK_HOME: dir },
      stdio: ['ignore', 'pipe', 'inherit']
    }
  );
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
  {
    quote: 'declined to surrender heavy weapons',
    colour: 1,
    note: 'The **sticking point**, in every account',
    tags: ['weapons']
  },
  {
    quote: 'resumed air strikes on the south of the country',
    colour: 3,
    note: 'AFP: *after* the talks failed',
    tags: ['timeline']
  },
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
      if (article)
        await api('annotations:create', {
          kind: 'highlight',
          articleId: article.id,
          quote: a.quote,
          colour: a.colour,
          note: a.note,
          tags: a.tags
        });
    }
    await api('export:settings:set', { author: 'Rania Haddad' });
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
    // A story of the samples, exported from its heading.
    await page.getByTestId('story-item').first().click();
    await page.getByTestId('story-export').click();
    const frame = page.frameLocator('[data-testid="export-preview-frame"]');
    await frame.locator('li mark').first().waitFor();
    // The highlights, not the sources table, in view.
    await frame.locator('h2', { hasText: 'Highlights' }).scrollIntoViewIfNeeded();
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(OUT, `export-${scheme}.png`) });
    if (scheme === 'light') {
      await page.getByTestId('export-view-file').click();
      await page.getByTestId('export-preview-text').waitFor();
      await page.getByTestId('export-group-colour').focus();
      await page.waitForTimeout(400);
      await page.screenshot({ path: path.join(OUT, `export-markdown-${scheme}.png`) });
    }
    await page.close();
  } finally {
    server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
await browser.close();
