/**
 * One huge article in a small library (`npx tsx scripts/bench/hugeArticleBench.ts [--mb N]`): the
 * seeds and one generated report of N MB (default 20, ~3.1 M words of the seeds' vocabulary), the
 * search index loaded; prints how long `searchArticles` (facets on, as the app asks) takes for
 * queries that list the report, the first and second time, and `articles:get`'s read of it. See
 * docs/search.md ("Highlights and snippets") for the numbers.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { getArticle } from '../../electron/library/articles';
import { importPaths } from '../../electron/library/import/importPaths';
import { searchArticles } from '../../electron/library/search/searchArticles';
import { getSearchIndex } from '../../electron/library/search/searchIndex';
import { SEEDS_DIR, makeTempFolder, makeTempLibrary } from '../../electron/library/testing/tempLibrary';

const { values: args } = parseArgs({ options: { mb: { type: 'string', default: '20' } } });
const bytes = Number(args.mb) * 1_000_000;

// The seeds' words in a random order, in paragraphs of 80: text FTS5 and the snippets treat as prose.
const words = fs
  .readdirSync(SEEDS_DIR)
  .flatMap((f) => fs.readFileSync(path.join(SEEDS_DIR, f), 'utf8').split(/\s+/))
  .filter(Boolean);
let seed = 1;
const random = (): number => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
const parts: string[] = ['A very long report\n\n'];
let size = parts[0]!.length;
for (let n = 1; size < bytes; n++) {
  const word = words[Math.floor(random() * words.length)]!;
  const piece = n % 80 === 0 ? `${word}.\n\n` : `${word} `;
  parts.push(piece);
  size += piece.length;
}

const lib = makeTempLibrary();
try {
  await importPaths(lib.db, [SEEDS_DIR, makeTempFolder({ 'long report.txt': parts.join('') })]);
  const index = getSearchIndex(lib.db);
  searchArticles(lib.db, 'warm');
  for (let i = 0; i < 1200 && index.state !== 'ready'; i++) await new Promise((r) => setTimeout(r, 50));
  const id = lib.db.prepare("SELECT id FROM articles WHERE title = 'A very long report'").pluck().get() as number;
  for (const query of ['ceasfire', 'rebels -Russia', 'Daraa', 'rebels', 'negotiat*']) {
    const times = [0, 1].map(() => {
      const start = performance.now();
      const listed = searchArticles(lib.db, query, { facets: true }).hits.some((h) => h.article.id === id);
      return `${Math.round(performance.now() - start)} ms${listed ? '' : ' (report not listed)'}`;
    });
    console.log(`${query.padEnd(16)} first ${times[0]}, again ${times[1]}`);
  }
  const start = performance.now();
  const article = getArticle(lib.db, id);
  console.log(`articles:get (read)  ${Math.round(performance.now() - start)} ms, ${article?.body.length} characters`);
} finally {
  lib.dispose();
}
