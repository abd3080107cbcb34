/**
 * "Does a one-word name query find that name?" (`npm run eval:variant-hits`, issue 16 part 1):
 * bbc-news-2225 and the seeds imported with the real importer into a temp library, then each
 * one-word name query searched with `searchArticles` as a user types it. A hit counts as right
 * when its title or text holds the typed name (or a word it begins: Blair's, Blairite); a hit
 * found only through a variant is listed with the variant, for a person to judge. The target is
 * ≥ 95 % of hits holding the name or a true variant; the share holding the name itself is a floor.
 *
 * Queries: the issue's (Deraa, Milan, Kerry, Blair, Rover, Busra, …) and up to 200 names drawn
 * (seeded) from the library's own vocabulary: words of 4+ letters in 2–200 articles that running
 * text writes capitalised (`isNameIn`).
 *
 *   npx tsx scripts/eval-variant-hits.ts [--sample 200] [--floor X] [--markdown]
 *
 * `--floor X` exits 1 when the share per query (the mean over queries of the share of their hits
 * holding the typed name: the issue's "of the hits of a one-word name query") is below X; `--markdown` writes the result into docs/variants.md.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { importPaths } from '../electron/library/import/importPaths';
import { openLibrary } from '../electron/library/library';
import { isNameIn } from '../electron/library/search/nameWords';
import { searchArticles } from '../electron/library/search/searchArticles';
import { foldText } from '@shared/text/fold';
import { corporaRoot } from './bench/corpora';
import { writeSection } from './bench/report';
import { meetsFloor, parseFloor } from './eval/floor';

const { values: args } = parseArgs({
  options: { sample: { type: 'string', default: '200' }, floor: { type: 'string' }, markdown: { type: 'boolean', default: false } }
});
const floor = parseFloor(args.floor, 'usage: npx tsx scripts/eval-variant-hits.ts [--sample N] [--floor X]');
const ISSUE_QUERIES = ['Deraa', 'Daraa', 'Milan', 'Kerry', 'Blair', 'Rover', 'Busra', 'Basra', 'Jabawi', 'Qaddafi', 'Gaddafi', 'Mohammed'];

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-eval-variant-hits-'));
const library = openLibrary(path.join(dir, 'library.sqlite'), { write: true });
try {
  const seeds = path.resolve(import.meta.dirname, '..', 'seeds');
  const report = await importPaths(library.db, [path.join(corporaRoot(), 'bbc-news-2225', 'bbc'), seeds]);
  process.stderr.write(`Imported ${report.imported} articles (bbc-news-2225 + seeds).\n`);
  const db = library.db;
  const isName = isNameIn(db);
  const candidates = (db.prepare('SELECT term FROM articles_vocab WHERE doc BETWEEN 2 AND 200 ORDER BY term').pluck().all() as string[]).filter(
    (w) => /^[a-z]{4,}$/.test(w)
  );
  // A seeded stride through the sorted vocabulary: the same names on every run.
  const names: string[] = [];
  const sample = Number(args.sample);
  for (let i = 0, step = 7919; names.length < sample * 3 && i < candidates.length; i++) {
    const w = candidates[(i * step) % candidates.length] as string;
    if (!names.includes(w)) names.push(w);
  }
  const queries = [
    ...ISSUE_QUERIES,
    ...names
      .filter((w) => isName(w) === true)
      .slice(0, sample)
      .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
  ];
  const body = db.prepare('SELECT title, body FROM articles WHERE id = ?');
  let hits = 0;
  let withName = 0;
  const viaVariant: string[] = [];
  const perQuery: number[] = [];
  for (const query of queries) {
    const word = foldText(query);
    const response = searchArticles(db, query, { limit: 500, facets: false });
    const starts = new RegExp(`(^|[^\\p{L}\\p{N}])${word}`, 'u');
    let right = 0;
    for (const hit of response.hits) {
      const row = body.get(hit.article.id) as { title: string; body: string };
      if (starts.test(foldText(`${row.title}\n${row.body}`))) right++;
    }
    hits += response.hits.length;
    withName += right;
    if (response.hits.length > 0) perQuery.push(right / response.hits.length);
    if (right < response.hits.length)
      viaVariant.push(`${query}: ${response.hits.length - right} of ${response.hits.length} hits without it, through ${(response.variants[word] ?? []).join(', ') || 'fuzzy matches'}`);
  }
  const share = withName / Math.max(1, hits);
  const macro = perQuery.reduce((s, x) => s + x, 0) / Math.max(1, perQuery.length);
  const summary = [
    `${queries.length} one-word name queries on bbc-news-2225 + seeds (\`npm run eval:variant-hits\`, ${new Date().toISOString().slice(0, 10)}): ${hits} hits,`,
    `${withName} holding the typed name (**${(100 * share).toFixed(1)} %**; mean per query ${(100 * macro).toFixed(1)} %). Queries with hits found only`,
    `through another word (${viaVariant.length}), with those words:`,
    '',
    ...viaVariant.map((l) => `- ${l}`)
  ].join('\n');
  process.stdout.write(`${summary}\n`);
  if (args.markdown) writeSection(path.resolve(import.meta.dirname, '..', 'docs', 'variants.md'), 'variant-hits', summary);
  if (floor !== undefined && !meetsFloor('share of a name query\'s hits holding the name, mean per query', macro, floor)) process.exitCode = 1;
} finally {
  library.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
