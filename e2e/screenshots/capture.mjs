// Takes the screenshots of docs/ui.md that show import progress, the search help and spelling
// variants. Run after `npx electron-vite build`:
//
//   node e2e/screenshots/capture.mjs [name…]
//
// Each shot gets a fresh library (browser mode, the five sample articles) in a temp folder.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const OUT = import.meta.dirname;
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run'
];
const WORDS =
  'residents ceasefire convoy rebels negotiations town province aid trucks overnight shelling officials talks monday'.split(' ');

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

/** A folder of `count` ~10 KB news-like text files: slow enough to watch an import run. */
function writeMany(dir, count) {
  const folder = path.join(dir, 'Daraa coverage 2018');
  fs.mkdirSync(folder, { recursive: true });
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  for (let i = 0; i < count; i++) {
    const paragraphs = Array.from(
      { length: 12 },
      (_, p) => `${Array.from({ length: 120 }, () => WORDS[next() % WORDS.length]).join(' ')} (${i}-${p}).`
    );
    fs.writeFileSync(
      path.join(folder, `reuters-southern-front-${String(i).padStart(4, '0')}.txt`),
      `Convoy report ${i}\n\n${paragraphs.join('\n\n')}`
    );
  }
  return folder;
}

const shots = {
  async 'import-progress-light'(page, dir) {
    const folder = writeMany(dir, 4000);
    await page.getByTestId('library-row').nth(1).click();
    await page.getByTestId('import-button').click();
    await page.getByTestId('import-paths-input').fill(folder);
    await page.getByTestId('import-submit').click();
    await page.waitForFunction(
      () => Number(document.querySelector('[data-testid="import-progress"]')?.getAttribute('data-done')) > 900
    );
    await page.screenshot({ path: path.join(OUT, 'import-progress-light.png') });
    // Sent to the background: the strip at the foot of the window while the user searches.
    await page.getByRole('button', { name: 'Run in background' }).click();
    await page.getByTestId('search-input').fill('Busra');
    await page.getByTestId('search-hit').first().click();
    await page.waitForFunction(
      () => Number(document.querySelector('[data-testid="import-progress"]')?.getAttribute('data-done')) > 1800
    );
    await page.mouse.move(0, 0);
    await page.screenshot({ path: path.join(OUT, 'import-strip-light.png') });
    await page.getByTestId('import-cancel').click();
    await page.getByTestId('import-report').waitFor();
    await page.waitForTimeout(400); // the dialog's entrance animation
    await page.screenshot({ path: path.join(OUT, 'import-cancelled-light.png') });
  },
  async 'search-help-dark'(page) {
    await page.getByTestId('library-row').first().click();
    await page.getByTestId('search-help-button').click();
    await page.getByTestId('search-help').waitFor();
    await page.waitForTimeout(300);
    await page.getByRole('button', { name: 'NEAR(rebels surrender, 5)' }).hover();
    await page.screenshot({ path: path.join(OUT, 'search-help-dark.png') });
  },
  async 'variants-light'(page) {
    await page.getByTestId('search-input').fill('Deraa');
    await page.getByTestId('search-variants').waitFor();
    await page.getByTestId('search-hit').filter({ hasText: 'Russia strikes Daraa' }).click();
    await page.getByTestId('reader-body').locator('mark').first().waitFor();
    await page.mouse.move(0, 0);
    await page.screenshot({ path: path.join(OUT, 'variants-light.png') });
  }
};

const wanted = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(shots);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
try {
  for (const name of wanted) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-shot-'));
    const server = await serve(dir);
    const page = await browser.newPage({
      viewport: { width: 1440, height: 900 },
      colorScheme: name.endsWith('dark') ? 'dark' : 'light'
    });
    try {
      await page.goto(server.url);
      await page.getByTestId('library-row').first().waitFor();
      await shots[name](page, dir);
      console.log(`wrote ${name}`);
    } finally {
      await page.close();
      server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
} finally {
  await browser.close();
}
