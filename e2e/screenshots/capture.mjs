// Takes the screenshots of docs/ui.md and the README: searching and reading, the original with
// what clean-up removed, an import running, its report and a re-import's, the search help, spelling
// variants, highlights (one focused from the keyboard), the comparison, the stories, facets with
// saved and recent searches, Settings → Appearance, and the window sizes (1024×700 with the notes,
// the comparison, the library; the reader's line at a hit). The notes panel's and the Export dialog's are captureNotes.mjs's and captureExport.mjs's.
// Run after `npx electron-vite build`:
//
//   node e2e/screenshots/capture.mjs [name…]
//
// Each shot gets a fresh library (browser mode, the five sample articles) in a temp folder, and is
// written beside this script, or to `CAPTURE_OUT`.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
/** Where the PNGs go: beside this script, or `CAPTURE_OUT` to look at a new set before replacing the old. */
const OUT = process.env.CAPTURE_OUT ?? import.meta.dirname;
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run'
];
/** Shots that watch an import run: the server's imports wait this long after each file (see docs/import.md). */
const IMPORT_FILE_DELAY_MS = { 'import-progress-light': 3 };
/** Shots that watch a regroup run: each phase of the server's stories worker waits this long (docs/import.md, "Testing aid"). */
const STORIES_PHASE_DELAY_MS = { 'stories-regroup-light': 60_000, 'stories-regroup-dark': 60_000 };

async function serve(dir, importFileDelayMs = 0, storiesPhaseDelayMs = 0) {
  const child = spawn(
    process.execPath,
    [path.join(ROOT, 'bin', 'crosscheck.mjs'), 'serve', '--db', path.join(dir, 'library.sqlite'), '--json'],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        CROSSCHECK_HOME: dir,
        ...(importFileDelayMs > 0 ? { CROSSCHECK_IMPORT_FILE_DELAY_MS: String(importFileDelayMs) } : {}),
        ...(storiesPhaseDelayMs > 0 ? { CROSSCHECK_STORIES_PHASE_DELAY_MS: String(storiesPhaseDelayMs) } : {})
      },
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

/**
 * A folder of `count` ~10 KB news-like text files, their words drawn at random from the words only
 * one sample article uses: distinct enough that the import does not link them as near-duplicates.
 * NB: not from every sample word: the words the samples share (what groups them into one story)
 * then stood in nine files of ten, so their weight fell and, from some hundreds of files on (with
 * 1,000, not with 300), one sample left the story: import-cancelled-light showed it of 4, not 5.
 */
function writeMany(dir, count) {
  const folder = path.join(dir, 'Daraa coverage 2018');
  fs.mkdirSync(folder, { recursive: true });
  const seedsDir = path.join(ROOT, 'seeds');
  const samplesUsing = new Map();
  for (const file of fs.readdirSync(seedsDir)) {
    for (const word of new Set(fs.readFileSync(path.join(seedsDir, file), 'utf8').match(/[A-Za-z]{3,}/g) ?? [])) {
      samplesUsing.set(word, (samplesUsing.get(word) ?? 0) + 1);
    }
  }
  const words = [...samplesUsing].filter(([, samples]) => samples === 1).map(([word]) => word);
  // mulberry32 (as shared/text/seededRandom.ts): the same folder on every run.
  let seed = 7;
  const next = () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  for (let i = 0; i < count; i++) {
    const paragraphs = Array.from(
      { length: 12 },
      (_, p) => `${Array.from({ length: 120 }, () => words[next() % words.length]).join(' ')} (${i}-${p}).`
    );
    fs.writeFileSync(
      path.join(folder, `reuters-southern-front-${String(i).padStart(4, '0')}.txt`),
      `Convoy report ${i}\n\n${paragraphs.join('\n\n')}`
    );
  }
  return folder;
}

/** Presses Regroup from the keyboard and waits for the sidebar's progress line (its first phase waits a minute), focus on its Cancel. */
async function regrouping(page) {
  await page.getByRole('button', { name: 'Regroup stories' }).focus();
  await page.keyboard.press('Enter');
  await page.locator('[data-testid="stories-progress"][data-phase="vectors"]').waitFor();
  await page.getByTestId('stories-cancel').focus();
  await page.mouse.move(900, 600);
  await page.waitForTimeout(300);
}

/** A few short articles about two other events, so the stories sidebar has more than one story. */
const OTHER_EVENTS = {
  'storm-1.txt':
    'Storm Hector floods Norfolk coast\n\nStorm Hector brought gales and flooding to the Norfolk coast on Tuesday, closing the coast road at Wells and cutting power to 4,000 homes. The Environment Agency issued flood warnings for Wells, Blakeney and Cley as the storm surge peaked at high tide.',
  'storm-2.txt':
    'Flood warnings as Storm Hector batters Norfolk\n\nFlood warnings were in force at Wells, Blakeney and Cley after Storm Hector drove a storm surge along the Norfolk coast. The Environment Agency said the surge peaked at high tide; about 4,000 homes lost power and the coast road was closed.',
  'storm-3.txt':
    'Norfolk counts the cost of Storm Hector\n\nResidents of Wells and Blakeney began clearing up after Storm Hector, which flooded the Norfolk coast road. Power was restored to most of the 4,000 homes cut off, the Environment Agency said, and flood warnings for Cley were lifted.',
  'final-1.txt':
    'Bremen win the cup final on penalties\n\nWerder Bremen won the cup final in Berlin on penalties after a goalless draw with Leipzig. Keeper Jiri Pavlenka saved two penalties in the shoot-out at the Olympiastadion.',
  'final-2.txt':
    'Pavlenka the hero as Bremen beat Leipzig in Berlin\n\nJiri Pavlenka saved two penalties as Werder Bremen beat Leipzig in a shoot-out to win the cup final at the Olympiastadion in Berlin after a goalless draw.'
};

/** More reports naming Daraa (Markdown with outlet, date and language), so its search has outlets, months and languages to narrow by. */
const COVERAGE = JSON.parse(fs.readFileSync(new URL('../support/daraaCoverage.json', import.meta.url), 'utf8'));

/** Imports the coverage, leaves a few recent searches and saved ones, and searches Daraa in July, newest first. */
async function searchCoverage(page, dir) {
  const folder = path.join(dir, 'Daraa coverage');
  fs.mkdirSync(folder, { recursive: true });
  for (const [name, text] of Object.entries(COVERAGE)) fs.writeFileSync(path.join(folder, name), text);
  await page.getByTestId('import-button').click();
  await page.getByTestId('import-paths-input').fill(folder);
  await page.getByTestId('import-submit').click();
  await page.getByTestId('import-report').waitFor();
  await page.keyboard.press('Escape');
  const input = page.getByTestId('search-input');
  // Enter remembers a search at once (typing remembers it once it settles).
  for (const query of ['Quneitra', 'Jabbawi', '"heavy weapons"']) {
    await input.fill(query);
    await page.getByTestId('search-hit').first().waitFor();
    await page.waitForTimeout(300);
    await input.press('Enter');
  }
  for (const [name, query] of [
    ['Daraa, all coverage', 'Daraa'],
    ['Busra al-Sham', '"busra al-sham"'],
    ['Daraa in July', 'Daraa date:2018-07']
  ]) {
    await input.fill(query);
    await page.getByTestId('save-search').click();
    await page.getByTestId('save-search-name').fill(name);
    await page.getByTestId('save-search-submit').click();
    await page.getByTestId('save-search-dialog').waitFor({ state: 'detached' });
  }
  await page.getByRole('radio', { name: 'Newest' }).click();
  await page.getByTestId('search-hit').filter({ hasText: 'Displaced families' }).click();
  await page.getByTestId('reader-body').locator('mark').first().waitFor();
  await page.mouse.move(0, 0);
  await page.waitForTimeout(300);
}

/** Calls the engine as the page does (browser mode's HTTP API with the page's token). */
async function api(page, channel, input) {
  return page.evaluate(
    async ([channel, input]) => {
      const token = new URLSearchParams(location.search).get('token') ?? '';
      const response = await fetch(`/api/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-crosscheck-token': token },
        body: JSON.stringify(input)
      });
      const result = await response.json();
      if (!result.ok) throw new Error(result.error.message);
      return result.value;
    },
    [channel, input]
  );
}

/**
 * Highlights in one sample article, overlapping and nested, one with a note and tags: words of its
 * paragraphs as the reader shows them, made through the engine so every shot has the same ones.
 */
/** Three articles picked, the context menu opened on one of them, the pointer on Compare 3. */
async function articleMenu(page, file) {
  const rows = page.getByTestId('library-row');
  await rows.filter({ hasText: 'Syrian rebels and Russia ceasefire' }).click();
  await rows.filter({ hasText: 'South Syria rebels say negotiations' }).click({ modifiers: ['Control'] });
  await rows.filter({ hasText: 'The Syrian regime and its Russian ally' }).click({ modifiers: ['Control'] });
  const box = await rows.filter({ hasText: 'South Syria rebels say negotiations' }).boundingBox();
  await page.mouse.click(box.x + 180, box.y + box.height / 2, { button: 'right' });
  const menu = page.getByTestId('article-menu');
  await menu.waitFor();
  await menu.getByTestId('article-menu-compare').hover();
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(OUT, file), clip: { x: 0, y: 0, width: 1000, height: 560 } });
}

async function highlightSample(page, title) {
  await page.getByTestId('library-row').filter({ hasText: title }).first().click();
  const body = page.getByTestId('reader-body');
  await body.waitFor();
  const articleId = Number(await body.getAttribute('data-article-id'));
  // Paragraphs of sentences only: the reader also shows short lines (the seed's '04 July, 2018'
  // since today's clean-up), and a quote cut from one came out empty ("quote: Too small").
  const paragraphs = (await body.locator('p').allInnerTexts()).filter((p) => p.split(' ').length >= 10);
  const words = (i, from, to) => paragraphs[i].split(' ').slice(from, to).join(' ');
  await api(page, 'annotations:create', { kind: 'highlight', articleId, quote: words(1, 0, 14), colour: 1 });
  await api(page, 'annotations:create', { kind: 'highlight', articleId, quote: words(1, 8, 22), colour: 4 });
  const noted = await api(page, 'annotations:create', {
    kind: 'highlight',
    articleId,
    quote: words(2, 2, 12),
    colour: 3,
    note: 'Figure differs from **AFP** — check the [UN report](https://example.org/report).',
    tags: ['casualties', 'to verify']
  });
  await api(page, 'annotations:create', { kind: 'highlight', articleId, quote: words(3, 0, 9), colour: 2 });
  await api(page, 'annotations:create', { kind: 'highlight', articleId, quote: words(3, 4, 7), colour: 5 });
  return { articleId, noted };
}

/** The reader with highlights, the one with a note open. */
async function readerHighlights(page) {
  const { noted } = await highlightSample(page, 'Russia strikes Daraa');
  await page.reload();
  await page.getByTestId('library-row').filter({ hasText: 'Russia strikes Daraa' }).first().click();
  const run = page.locator(`[data-hl-ids="${noted.id}"]`).first();
  await run.waitFor();
  await run.click();
  await page.getByTestId('highlight-popover').waitFor();
  await page.getByTestId('highlight-popover').getByTestId('highlight-note-input').blur();
  await page.waitForTimeout(300);
}

/** The comparison of the sample story with the same highlights in a column. */
async function compareHighlights(page) {
  await highlightSample(page, 'Russia strikes Daraa');
  await compareSamples(page);
  await page.mouse.move(0, 0);
  await page.waitForTimeout(300);
}

/** Opens the sample story's comparison and waits for it. */
async function compareSamples(page) {
  const story = page.getByTestId('story-item').first();
  await story.hover();
  await story.getByTestId('story-compare').click();
  await page.locator('[data-testid="compare-view"][data-phase="done"]').waitFor();
  await page.waitForTimeout(300);
}

/** Picks a passage that B, D and E share (Deraa/Daraa inside), so the inspector shows its word differences. */
async function pickPassage(page) {
  const passage = page.locator('[data-testid="compare-column"]').nth(1).locator('[data-cluster="p6"]').first();
  await passage.scrollIntoViewIfNeeded();
  await passage.click();
  await page.waitForTimeout(900); // the columns glide into line
  await page.mouse.move(1300, 880);
  await page.waitForTimeout(250);
}

/** A folder of the kinds of files an import reports on: new, a copy, empty, unsupported, an edited copy. */
function writeMixedFolder(dir) {
  const folder = path.join(dir, 'Daraa coverage');
  fs.mkdirSync(folder, { recursive: true });
  const seed = fs.readdirSync(path.join(ROOT, 'seeds')).sort()[1];
  const text = fs.readFileSync(path.join(ROOT, 'seeds', seed), 'utf8');
  fs.writeFileSync(path.join(folder, 'saved-copy-of-sample.txt'), text);
  fs.writeFileSync(path.join(folder, 'edited-copy.txt'), text.replaceAll('Wednesday', 'Thursday'));
  fs.writeFileSync(path.join(folder, 'notes-empty.txt'), '');
  fs.writeFileSync(path.join(folder, 'scan-0412.bin'), Buffer.from([0, 1, 2, 3, 255]));
  fs.writeFileSync(path.join(folder, 'storm-1.txt'), OTHER_EVENTS['storm-1.txt']);
  return folder;
}

/** Imports `folder` from the Import dialog and waits for its report. */
async function importFolder(page, folder) {
  await page.getByTestId('import-button').click();
  await page.getByTestId('import-paths-input').fill(folder);
  await page.getByTestId('import-submit').click();
  await page.getByTestId('import-report').waitFor();
}

/**
 * A folder imported twice: in between, a figure highlighted in one article changes in its file,
 * so the second report leads with that article under Updated and folds what is as it was.
 */
async function reimport(page, dir) {
  const folder = writeMixedFolder(dir);
  for (const name of ['storm-2.txt', 'storm-3.txt', 'final-1.txt', 'final-2.txt']) {
    fs.writeFileSync(path.join(folder, name), OTHER_EVENTS[name]);
  }
  await importFolder(page, folder);
  await page.keyboard.press('Escape');
  const { items } = await api(page, 'articles:list', { limit: 50 });
  const storm = items.find((a) => a.title.startsWith('Storm Hector floods'));
  await api(page, 'annotations:create', {
    kind: 'highlight',
    articleId: storm.id,
    quote: 'cutting power to 4,000 homes',
    colour: 3
  });
  fs.writeFileSync(path.join(folder, 'storm-1.txt'), OTHER_EVENTS['storm-1.txt'].replace('4,000 homes', '4,500 homes'));
  await importFolder(page, folder);
  await page.getByTestId('import-problem-group').first().waitFor();
  await page.mouse.move(0, 0);
  await page.waitForTimeout(400); // the dialog's entrance animation
}

const shots = {
  async 'search-light'(page) {
    await page.getByTestId('search-input').fill('Busra');
    await page.getByTestId('search-hit').filter({ hasText: 'Russia strikes Daraa' }).click();
    await page.getByTestId('reader-body').locator('mark').first().waitFor();
    await page.mouse.move(0, 0);
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(OUT, 'search-light.png') });
  },
  async 'original-light'(page) {
    await page.getByTestId('library-row').filter({ hasText: 'South Syria rebels say negotiations' }).click();
    await page.getByTestId('show-original-toggle').click();
    const struck = page.getByTestId('reader-body').locator('del.removed-span').first();
    await struck.waitFor();
    await struck.scrollIntoViewIfNeeded();
    await struck.hover();
    await page.waitForTimeout(600);
    await page.screenshot({ path: path.join(OUT, 'original-light.png') });
  },
  async 'import-report-light'(page, dir) {
    const folder = writeMixedFolder(dir);
    await page.getByTestId('import-button').click();
    await page.getByTestId('import-paths-input').fill(folder);
    await page.getByTestId('import-submit').click();
    await page.getByTestId('import-report').waitFor();
    await page.mouse.move(0, 0);
    await page.waitForTimeout(400); // the dialog's entrance animation
    await page.screenshot({ path: path.join(OUT, 'import-report-light.png') });
  },
  async 'highlights-light'(page) {
    await readerHighlights(page);
    await page.screenshot({ path: path.join(OUT, 'highlights-light.png') });
  },
  async 'highlights-dark'(page) {
    await readerHighlights(page);
    await page.screenshot({ path: path.join(OUT, 'highlights-dark.png') });
  },
  // A highlight reached from the keyboard (docs/ui.md, "Highlights"): H from the top, three times, to the one with a note.
  async 'highlights-focus-light'(page) {
    await highlightSample(page, 'Russia strikes Daraa');
    await page.reload();
    await page.getByTestId('library-row').filter({ hasText: 'Russia strikes Daraa' }).first().click();
    await page.getByTestId('reader-body').locator('[role="mark"]').first().waitFor();
    await page.getByTestId('reader').focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('h');
    await page.mouse.move(0, 0);
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(OUT, 'highlights-focus-light.png') });
  },
  async 'highlights-compare-light'(page) {
    await compareHighlights(page);
    await page.screenshot({ path: path.join(OUT, 'highlights-compare-light.png') });
  },
  async 'highlights-compare-dark'(page) {
    await compareHighlights(page);
    await page.screenshot({ path: path.join(OUT, 'highlights-compare-dark.png') });
  },
  async 'compare-light'(page) {
    await compareSamples(page);
    await pickPassage(page);
    await page.screenshot({ path: path.join(OUT, 'compare-light.png') });
  },
  async 'compare-dark'(page) {
    await compareSamples(page);
    await pickPassage(page);
    await page.screenshot({ path: path.join(OUT, 'compare-dark.png') });
  },
  async 'compare-overview-light'(page) {
    await compareSamples(page);
    await page.getByTestId('compare-matrix').locator('td[data-share="84"]').hover();
    await page.waitForTimeout(200);
    await page.screenshot({ path: path.join(OUT, 'compare-overview-light.png') });
  },
  async 'compare-quotes-light'(page) {
    await compareSamples(page);
    await page.getByRole('tab', { name: 'Quotes' }).click();
    const quote = page.getByTestId('quote-group').filter({ hasText: 'No Threatened Negotiations' });
    await quote.scrollIntoViewIfNeeded();
    await quote.locator('.quote-variant button.source-badge').first().click();
    await page.waitForTimeout(1600);
    await page.mouse.move(1300, 880);
    await page.waitForTimeout(250);
    await page.screenshot({ path: path.join(OUT, 'compare-quotes-light.png') });
  },
  async 'compare-numbers-dark'(page) {
    await compareSamples(page);
    await page.getByRole('tab', { name: 'Numbers' }).click();
    // Line the disputed figure up in the columns that give it.
    await page.getByTestId('number-group').first().getByTestId('show-all').click();
    await page.waitForTimeout(1600);
    await page.mouse.move(1300, 880);
    await page.waitForTimeout(250);
    await page.screenshot({ path: path.join(OUT, 'compare-numbers-dark.png') });
  },
  async 'stories-light'(page, dir) {
    const folder = path.join(dir, 'Other events');
    fs.mkdirSync(folder, { recursive: true });
    for (const [name, text] of Object.entries(OTHER_EVENTS)) fs.writeFileSync(path.join(folder, name), text);
    await page.getByTestId('import-button').click();
    await page.getByTestId('import-paths-input').fill(folder);
    await page.getByTestId('import-submit').click();
    await page.getByTestId('import-report').waitFor();
    await page.keyboard.press('Escape');
    const samples = page.getByTestId('story-item').first();
    await samples.hover();
    await samples.getByTestId('story-rename').click();
    await samples.getByRole('textbox').fill('Daraa: rebels and Russia, talks fail');
    await samples.getByRole('textbox').press('Enter');
    await samples.locator('.story-item__main').click();
    const rows = page.getByTestId('library-row');
    await rows.nth(0).click();
    await rows.nth(1).click({ modifiers: ['Control'] });
    await rows.nth(3).click({ modifiers: ['Control'] });
    await page.getByTestId('story-item').nth(1).hover();
    await page.waitForTimeout(400);
    await page.screenshot({ path: path.join(OUT, 'stories-light.png') });
  },
  async 'stories-regroup-light'(page) {
    await regrouping(page);
    await page.screenshot({ path: path.join(OUT, 'stories-regroup-light.png'), clip: { x: 0, y: 0, width: 720, height: 400 } });
  },
  async 'stories-regroup-dark'(page) {
    await regrouping(page);
    await page.screenshot({ path: path.join(OUT, 'stories-regroup-dark.png'), clip: { x: 0, y: 0, width: 720, height: 400 } });
  },
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
  async 'import-defaults-light'(page, dir) {
    const folder = writeMixedFolder(dir);
    await page.getByTestId('import-button').click();
    await page.getByTestId('import-paths-input').fill(folder);
    await page.getByTestId('import-default-outlet').fill('BBC News');
    await page.getByTestId('import-default-collection').fill('bbc');
    await page.getByTestId('import-default-language').fill('en');
    await page.mouse.move(0, 0);
    await page.waitForTimeout(400); // the dialog's entrance animation
    await page.screenshot({ path: path.join(OUT, 'import-defaults-light.png') });
  },
  async 'bulk-edit-light'(page) {
    const rows = page.getByTestId('library-row');
    await rows.filter({ hasText: 'Syrian rebels and Russia ceasefire' }).click();
    await rows.filter({ hasText: 'South Syria rebels say negotiations' }).click({ modifiers: ['Control'] });
    await rows.filter({ hasText: 'The Syrian regime and its Russian ally' }).click({ modifiers: ['Control'] });
    await page.getByTestId('bulk-edit-button').click();
    await page.getByTestId('bulk-edit-outlet').fill('Wire desk');
    await page.getByTestId('bulk-edit-publishedAt').fill('2018-07-04');
    await page.mouse.move(0, 0);
    await page.waitForTimeout(400); // the dialog's entrance animation
    await page.screenshot({ path: path.join(OUT, 'bulk-edit-light.png') });
  },
  // The library list's context menu on three picked articles (docs/ui.md, "Library list").
  async 'article-menu-light'(page) {
    await articleMenu(page, 'article-menu-light.png');
  },
  async 'article-menu-dark'(page) {
    await articleMenu(page, 'article-menu-dark.png');
  },
  async 'searches-light'(page, dir) {
    await searchCoverage(page, dir);
    await page.getByTestId('saved-search').filter({ hasText: 'Busra al-Sham' }).hover();
    await page.screenshot({ path: path.join(OUT, 'searches-light.png') });
  },
  async 'searches-dark'(page, dir) {
    await searchCoverage(page, dir);
    await page.screenshot({ path: path.join(OUT, 'searches-dark.png') });
  },
  // The smallest window (docs/ui.md, "Window sizes"): the sidebar aside for the notes, the reader's ⋯ menu open.
  async 'layout-notes-1024-light'(page) {
    await page.setViewportSize({ width: 1024, height: 700 });
    await highlightSample(page, 'Russia strikes Daraa');
    await page.reload();
    await page.getByTestId('notes-button').click();
    await page.getByTestId('notes-entry').first().waitFor();
    await page.getByTestId('search-input').fill('Russia');
    await page.getByTestId('search-hit').filter({ hasText: 'Russia strikes Daraa' }).click();
    await page.getByTestId('reader-body').locator('mark').first().waitFor();
    await page.getByTestId('reader-more').click();
    await page.getByRole('menu', { name: 'Reader actions' }).waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(OUT, 'layout-notes-1024-light.png') });
  },
  // Settings → Appearance (docs/ui.md, "Themes"): Dark chosen while the system stays light turns the window dark at once.
  async 'settings-appearance-dark'(page) {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.getByTestId('settings-button').click();
    const theme = page.getByTestId('settings-theme');
    await theme.selectOption('dark');
    await page.getByTestId('settings-appearance').scrollIntoViewIfNeeded();
    await theme.focus();
    await page.mouse.move(0, 0);
    await page.waitForTimeout(400);
    await page.screenshot({ path: path.join(OUT, 'settings-appearance-dark.png') });
  },
  // A second import of a changed folder (docs/ui.md, "Import"): the changed highlight first, what is as it was folded.
  async 'import-reimport-light'(page, dir) {
    await reimport(page, dir);
    await page.screenshot({ path: path.join(OUT, 'import-reimport-light.png') });
  },
  // The five samples compared at the smallest window (docs/ui.md, "Window sizes"): whole columns, the others named at the edge.
  async 'layout-compare-1024-light'(page) {
    await page.setViewportSize({ width: 1024, height: 700 });
    await compareSamples(page);
    await page.getByTestId('hidden-columns-after').waitFor();
    await page.mouse.move(0, 0);
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(OUT, 'layout-compare-1024-light.png') });
  },
  // The reader at a match further down (docs/ui.md, "Reader"): the title scrolled away, its line under the toolbar.
  async 'layout-reader-1440-dark'(page) {
    await page.getByTestId('search-input').fill('Daraa');
    await page.getByTestId('search-hit').filter({ hasText: 'Regime pounds south Syria' }).click();
    await page.getByTestId('reader-body').locator('mark').first().waitFor();
    const sticky = page.getByTestId('reader-sticky-title');
    for (let i = 0; i < 8 && !(await sticky.isVisible()); i++) {
      await page.getByRole('button', { name: 'Next match' }).click();
      await page.waitForTimeout(500); // the scroll to the match
    }
    await sticky.waitFor();
    await page.mouse.move(0, 0);
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(OUT, 'layout-reader-1440-dark.png') });
  },
  // The library at the smallest window, dark (docs/ui.md, "Window sizes"): the top bar clear of the search box.
  async 'layout-library-1024-dark'(page) {
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.mouse.move(0, 0);
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(OUT, 'layout-library-1024-dark.png') });
  },
  async 'save-search-light'(page, dir) {
    await searchCoverage(page, dir);
    await page.getByTestId('facet-value').filter({ hasText: 'Reuters' }).click();
    await page.getByTestId('save-search').click();
    await page.getByTestId('save-search-name').fill('Reuters on Daraa, July');
    await page.waitForTimeout(400); // the dialog's entrance animation
    await page.screenshot({ path: path.join(OUT, 'save-search-light.png') });
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
    const server = await serve(dir, IMPORT_FILE_DELAY_MS[name], STORIES_PHASE_DELAY_MS[name]);
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
