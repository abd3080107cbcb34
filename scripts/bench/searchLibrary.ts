/**
 * The ~100k-article library the search benchmark runs on, built once into a temp cache
 * (`$TMPDIR/crosscheck-bench/search-<N>.sqlite`) so reruns start at once.
 *
 * Real articles first, through the real importer: reuters-21578 (21,578 wire stories), bbc-news-2225
 * and the ECB+ news texts (~24.8k articles after exact duplicates), grouped into stories by the
 * real story grouping. Then copies until the target size, each one varied so it is a distinct
 * article to the index and to duplicate detection: sentences shuffled, neighbouring words swapped,
 * the date moved by whole years (so month facets spread), in the same story as its original.
 * Copies are inserted directly (`insertArticle`): importing 75k generated files would measure the
 * importer, which has its own benchmark, and not change what search sees.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { insertArticle, type NewArticle } from '../../electron/library/articles';
import type { WritableDb } from '../../electron/library/db/connection';
import { importPaths } from '../../electron/library/import/importPaths';
import { openLibrary } from '../../electron/library/library';
import { regroupStories } from '../../electron/library/stories/regroup';
import { countWords } from '@shared/text/tokens';
import { reutersFolder } from './corpora';
import { seededRandom } from '@shared/text/seededRandom';

interface SourceRow {
  id: number;
  title: string;
  outlet: string | null;
  byline: string | null;
  published_at: string | null;
  language: string | null;
  body: string;
  source_path: string | null;
  story_id: number | null;
}

/**
 * The path of the cached benchmark library holding `target` articles, building it when missing.
 * Delete the file (or set `BENCH_REBUILD=1`) to build it again.
 */
export async function searchBenchLibrary(root: string, target: number): Promise<string> {
  const dir = path.join(os.tmpdir(), 'crosscheck-bench');
  const file = path.join(dir, `search-${target}.sqlite`);
  const done = `${file}.done`;
  if (fs.existsSync(done) && process.env.BENCH_REBUILD !== '1') return file;
  fs.mkdirSync(dir, { recursive: true });
  for (const f of [file, `${file}-wal`, `${file}-shm`, done]) fs.rmSync(f, { force: true });

  const library = openLibrary(file, { write: true });
  const { db } = library;
  const started = performance.now();
  const log = (message: string) => process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(0)} s] ${message}\n`);
  log('importing reuters-21578, bbc-news-2225 and ECB+ with the importer…');
  const report = await importPaths(db, [
    reutersFolder(root),
    path.join(root, 'bbc-news-2225', 'bbc'),
    path.join(root, 'ecbplus-same-event-news', 'text')
  ]);
  log(`imported ${report.imported} articles; adding metadata and grouping stories…`);
  addMetadata(db, root);
  regroupStories(db);

  const sources = db
    .prepare(
      `SELECT a.id, a.title, a.outlet, a.byline, a.published_at, a.language, a.body, a.source_path, s.story_id
         FROM articles a LEFT JOIN story_articles s ON s.article_id = a.id ORDER BY a.id`
    )
    .all() as SourceRow[];
  log(`copying ${sources.length} articles with varied text up to ${target}…`);
  const random = mulberry32(2018);
  const placeInStory = db.prepare('INSERT INTO story_articles (article_id, story_id, pinned) VALUES (?, ?, 0)');
  const importedAt = new Date().toISOString();
  let count = sources.length;
  for (let copy = 1; count < target; copy++) {
    db.transaction(() => {
      for (const source of sources) {
        if (count >= target) break;
        const article = variedCopy(source, copy, random);
        const id = insertArticle(db, article, importedAt);
        if (source.story_id !== null) placeInStory.run(id, source.story_id);
        count++;
      }
    })();
  }
  log('optimising the full-text index…');
  db.exec("INSERT INTO articles_fts(articles_fts) VALUES ('optimize')");
  library.close();
  fs.writeFileSync(done, `${count}\n`);
  log(`done: ${count} articles in ${file}`);
  return file;
}

/**
 * Plain-text corpora carry no metadata the importer can read, so it is set here from their
 * indexes, as a user would correct it: Reuters stories get their outlet and date (index.tsv),
 * BBC stories their outlet (their dates are unknown), ECB+ articles the site of their URL.
 */
function addMetadata(db: WritableDb, root: string): void {
  const reuters = new Map<string, string>();
  for (const line of fs
    .readFileSync(path.join(reutersFolder(root), 'index.tsv'), 'utf8')
    .split('\n')
    .slice(1)) {
    const [, file, date] = line.split('\t');
    if (file && date) reuters.set(file, reutersDate(date));
  }
  const ecb = new Map<string, string>();
  for (const line of fs
    .readFileSync(path.join(root, 'ecbplus-same-event-news', 'clusters.tsv'), 'utf8')
    .split('\n')
    .slice(1)) {
    const [file, , , , , url] = line.split('\t');
    if (file && url) ecb.set(file, new URL(url).hostname.replace(/^www\./, ''));
  }
  const rows = db.prepare('SELECT id, source_path FROM articles').all() as Array<{ id: number; source_path: string }>;
  const update = db.prepare('UPDATE articles SET outlet = ?, published_at = ?, language = ? WHERE id = ?');
  db.transaction(() => {
    for (const { id, source_path: p } of rows) {
      const reutersFile = /reuters-21578-articles\/(.+)$/.exec(p)?.[1];
      const ecbFile = /ecbplus-same-event-news\/text\/(.+)$/.exec(p)?.[1];
      if (reutersFile) update.run('Reuters', reuters.get(reutersFile) ?? null, 'en', id);
      else if (p.includes('bbc-news-2225')) update.run('BBC News', null, 'en', id);
      else if (ecbFile) update.run(ecb.get(ecbFile) ?? null, null, 'en', id);
    }
  })();
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/** `26-FEB-1987 15:01:01.79` → `1987-02-26T15:01:01Z`. */
function reutersDate(date: string): string {
  const m = /^\s*(\d{1,2})-([A-Z]{3})-(\d{4}) (\d{2}:\d{2}:\d{2})/.exec(date);
  if (!m) return date;
  const month = String(MONTHS.indexOf(m[2] as string) + 1).padStart(2, '0');
  return `${m[3]}-${month}-${(m[1] as string).padStart(2, '0')}T${m[4]}Z`;
}

/** Where copies appear: other outlets picking up the story, some in other languages. */
const COPY_OUTLETS: ReadonlyArray<readonly [string, string]> = [
  ['AFP', 'en'],
  ['Associated Press', 'en'],
  ['Al Jazeera', 'en'],
  ['The National', 'en'],
  ['The Guardian', 'en'],
  ['Le Monde', 'fr'],
  ['Der Spiegel', 'de'],
  ['El País', 'es']
];

/** A copy of an article that reads alike but is a different text: sentences shuffled, words swapped. */
function variedCopy(source: SourceRow, copy: number, random: () => number): NewArticle {
  const sentences = source.body.split(/(?<=[.!?])\s+/);
  shuffle(sentences, random);
  const words = sentences.join(' ').split(' ');
  // Swap about one word pair in twenty: phrases break here and there, as in a rewritten story.
  for (let i = 0; i + 1 < words.length; i++) {
    if (random() < 0.05) [words[i], words[i + 1]] = [words[i + 1] as string, words[i] as string];
  }
  const body = words.join(' ');
  const [outlet, language] = COPY_OUTLETS[Math.floor(random() * COPY_OUTLETS.length)] as readonly [string, string];
  return {
    title: source.title,
    outlet: outlet,
    byline: source.byline,
    publishedAt: source.published_at ? shiftYears(source.published_at, copy) : null,
    url: null,
    language,
    dateline: null,
    wireCredits: [],
    body,
    original: body,
    removed: [],
    contentHash: createHash('sha256').update(`${copy}\n${body}`).digest('hex'),
    wordCount: countWords(body),
    // Not linked as near-duplicates: the search benchmark inserts rows directly.
    minhash: null,
    sourcePath: source.source_path ? `${source.source_path}#copy-${copy}` : null,
    sourceFormat: 'text',
    collection: 'bench-copies'
  };
}

function shiftYears(date: string, years: number): string {
  const year = Number(date.slice(0, 4));
  return Number.isFinite(year) ? `${year + years}${date.slice(4)}` : date;
}

function shuffle<T>(items: T[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
}

const mulberry32 = seededRandom;
