/**
 * Articles for the anchoring benchmark: the five seeds always, plus evenly spaced samples of
 * bbc-news-2225 and reuters-21578 when `../shared/corpora` (or `$CROSSCHECK_CORPORA`) holds them.
 * Each article is its clean body — what the reader shows and highlights are made on.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extractFile } from '../../electron/library/import/formats';
import { cleanArticle } from '@shared/import/cleanup';

/** One benchmark article: where it came from (`seeds/…`, `bbc/…`, `reuters/…`) and its clean body. */
export interface BenchArticle {
  readonly id: string;
  readonly body: string;
}

const REPO = path.resolve(import.meta.dirname, '..', '..');
/** Bodies shorter than this hold too few sentences to highlight and edit around. */
const MIN_BODY = 1200;

function clean(text: string): string {
  return cleanArticle(text.replace(/\r\n?/g, '\n')).clean;
}

/** Every `count`-th of `items`, spread evenly over the list. */
function spread<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  return Array.from({ length: count }, (_, i) => items[Math.floor((i * items.length) / count)]!);
}

/** The corpora folder, or null when this clone has none (the benchmark then runs on the seeds). */
export function corporaFolder(): string | null {
  const root = process.env.CROSSCHECK_CORPORA ?? path.resolve(REPO, '..', 'shared', 'corpora');
  return fs.existsSync(root) ? root : null;
}

/** The seeds and up to `perCorpus` articles of each corpus present, in a fixed order. */
export function loadArticles(perCorpus: number): { articles: BenchArticle[]; corpora: string[] } {
  const seedDir = path.join(REPO, 'seeds');
  const articles: BenchArticle[] = fs
    .readdirSync(seedDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: `seeds/${f}`, body: clean(fs.readFileSync(path.join(seedDir, f), 'utf8')) }));
  const corpora = ['seeds'];
  const root = corporaFolder();
  if (root === null || perCorpus === 0) return { articles, corpora };
  const bbc = path.join(root, 'bbc-news-2225', 'bbc');
  if (fs.existsSync(bbc)) {
    const files = fs
      .readdirSync(bbc, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.txt') && !f.includes('README'))
      .sort();
    const long = files.map((f) => ({ id: `bbc/${f}`, body: clean(fs.readFileSync(path.join(bbc, f), 'utf8')) })).filter((a) => a.body.length >= MIN_BODY);
    articles.push(...spread(long, perCorpus));
    corpora.push('bbc-news-2225');
  }
  const reuters = reutersFolder(root);
  if (reuters !== null) {
    const rows = fs.readFileSync(path.join(reuters, 'index.tsv'), 'utf8').split('\n').slice(1);
    const files = rows.map((r) => r.split('\t')).filter((c) => c[6] === 'NORM' && c[1] !== undefined).map((c) => c[1]!);
    const long: BenchArticle[] = [];
    for (const f of spread(files, perCorpus * 6)) {
      const body = clean(fs.readFileSync(path.join(reuters, f), 'latin1'));
      if (body.length >= MIN_BODY) long.push({ id: `reuters/${f}`, body });
    }
    articles.push(...spread(long, perCorpus));
    corpora.push('reuters-21578');
  }
  return { articles, corpora };
}

/** reuters-21578 as one file per story, unpacked once into a temp cache (as bench:import does). */
function reutersFolder(root: string): string | null {
  const archive = path.join(root, 'reuters-21578', 'reuters-21578-articles.tar.gz');
  if (!fs.existsSync(archive)) return null;
  const cache = path.join(os.tmpdir(), 'crosscheck-bench', 'reuters');
  const folder = path.join(cache, 'reuters-21578-articles');
  if (!fs.existsSync(path.join(folder, 'index.tsv'))) {
    fs.mkdirSync(cache, { recursive: true });
    const r = spawnSync('tar', ['-xzf', archive, '-C', cache], { stdio: 'inherit' });
    if (r.status !== 0) return null;
  }
  return folder;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * The article as a web page would carry it — title in <h1>, paragraphs in <p>, apostrophes as
 * &#8217;, a menu and a share bar around it — read back by the app's HTML import (jsdom +
 * Readability) and cleaned: the same article re-extracted from another format.
 */
export async function reextractFromHtml(body: string): Promise<string | null> {
  const [title = '', ...rest] = body.split(/\n\n+/);
  const esc = (s: string): string => s.replace(/[&<>]/g, (c) => ESCAPES[c]!).replace(/(\w)'(\w)/g, '$1&#8217;$2');
  const html = [
    `<!doctype html><html><head><meta charset="utf-8"><title>${esc(title)}</title></head><body>`,
    '<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/business">Business</a></nav>',
    `<article><h1>${esc(title)}</h1>`,
    ...rest.map((p) => `<p>${esc(p)}</p>`),
    '</article><footer><p>Share this article</p><p>© Example News</p></footer></body></html>'
  ].join('\n');
  const result = await extractFile({ bytes: new TextEncoder().encode(html), fileName: 'article.html' });
  if (!result.ok || result.articles.length === 0) return null;
  return clean(result.articles[0]!.text);
}
