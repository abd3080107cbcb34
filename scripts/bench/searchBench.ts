/**
 * Search speed benchmark (`npm run bench:search`) on a ~100k-article library (searchLibrary.ts;
 * built once into a temp cache, ~2 minutes):
 *
 * - **latency** of 20 realistic queries (phrases, booleans, filters, typos, prefixes) through
 *   `searchArticles` as the app calls it (facets on, 50 hits with snippets; also 200 hits, the
 *   UI's page), against a bare FTS5 `MATCH … ORDER BY rank LIMIT 50` of the same query text in the
 *   same process on the same data. p50/p95 over the queries, medians of several runs.
 * - **opening**: in a fresh process per run, the time from opening the library to the first
 *   answered query (FTS5 while the MiniSearch snapshot loads in the background), the time until
 *   prefix/fuzzy matching is ready, the longest the event loop was blocked meanwhile, and the
 *   memory the MiniSearch index takes.
 *
 * Targets: fused p95 within 3× of raw FTS5; first query within 1 s of opening.
 * Writes the table into docs/benchmarks.md (section `search-speed`).
 *
 *   npx tsx scripts/bench/searchBench.ts [--articles N] [--runs N]
 */
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { dispatch } from '@shared/contract/dispatch';
import { parseQuery } from '@shared/search/parseQuery';
import { toFts } from '@shared/search/toFts';
import { openLibrary } from '../../electron/library/library';
import { INDEX_FORMAT, type MiniDoc, type MiniSourceRow, miniOptions, toMiniDoc } from '@shared/search/miniDocs';
import { PersistentMiniSearch } from '../../electron/library/search/persistentMiniSearch';
import { rankArticles, searchArticles } from '../../electron/library/search/searchArticles';
import { searchHandlers } from '../../electron/library/search/searchHandlers';
import { SNAPSHOT_NAME, getSearchIndex } from '../../electron/library/search/searchIndex';
import { flushVocabulary, getVariantIndex } from '../../electron/library/search/vocabulary';
import { corporaRoot, median } from './corpora';
import { writeSection } from './report';
import { searchBenchLibrary } from './searchLibrary';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const { values: args } = parseArgs({
  options: {
    articles: { type: 'string', default: '100000' },
    runs: { type: 'string', default: process.env.BENCH_RUNS ?? '5' },
    'first-query': { type: 'string' }
  }
});

/** What people type: phrases, booleans, filters, typos, unfinished words, plain words. */
const QUERIES = [
  '"interest rates"',
  '"oil prices" opec',
  '"trade deficit" japan',
  'oil OR gas',
  'bank -loan',
  '(wheat OR corn) exports',
  'NEAR(dollar yen, 5)',
  'title:merger',
  'oil outlet:Reuters',
  'election date:1987-03',
  'bank lang:fr',
  'acquisition outlet:"Le Monde"',
  'treasruy budget',
  'econmy growth',
  'inflaton cofee',
  'negotiat',
  'petrol',
  'Lohan rehab',
  'football champions league',
  'profit tax shares'
];

interface FirstQuery {
  firstQueryMs: number;
  readyMs: number;
  maxBlockMs: number;
  heapMiB: number;
}

/** Child process: opens the library cold, answers one query, waits for MiniSearch. */
async function firstQuery(file: string): Promise<FirstQuery> {
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const blocked = monitorEventLoopDelay({ resolution: 5 });
  const started = performance.now();
  const library = openLibrary(file);
  // What the app does on opening: the handlers start loading the index in the background.
  const handlers = searchHandlers(library.db);
  const answer = await dispatch(handlers, 'search:query', { query: 'oil prices', limit: 50 });
  const firstQueryMs = performance.now() - started;
  if (!answer.ok) throw new Error(answer.error.message);
  blocked.enable();
  await getSearchIndex(library.db).ready();
  const readyMs = performance.now() - started;
  blocked.disable();
  globalThis.gc?.();
  const heapMiB = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  library.close();
  return { firstQueryMs, readyMs, maxBlockMs: blocked.max / 1e6, heapMiB };
}

if (args['first-query']) {
  process.stdout.write(JSON.stringify(await firstQuery(args['first-query'])) + '\n');
  process.exit(0);
}

const runs = Number(args.runs);
const file = await searchBenchLibrary(corporaRoot(), Number(args.articles));

// The snapshot: built and saved once (timed), then every open loads it.
const setup = openLibrary(file);
const hasSnapshot =
  setup.db.prepare('SELECT format FROM search_snapshots WHERE name = ?').pluck().get(SNAPSHOT_NAME) === INDEX_FORMAT;
if (!hasSnapshot) {
  await getSearchIndex(setup.db).ready();
  await getSearchIndex(setup.db).flush();
}
// What a library without a snapshot costs once (an upgrade, a damaged snapshot): every article
// read and indexed, as SearchIndex does it in the background.
const buildStarted = performance.now();
const scratch = new PersistentMiniSearch<MiniDoc>(miniOptions());
for (const row of setup.db.prepare('SELECT id, title, outlet, body FROM articles').iterate() as IterableIterator<MiniSourceRow>)
  scratch.add(toMiniDoc(row));
const buildSeconds = (performance.now() - buildStarted) / 1000;
// The word list is saved once the library has been quiet a while; a running app has done so.
getVariantIndex(setup.db);
flushVocabulary(setup.db);
const snapshotMiB =
  (setup.db.prepare('SELECT length(data) FROM search_snapshots WHERE name = ?').pluck().get(SNAPSHOT_NAME) as number) / 2 ** 20;
const articleCount = setup.db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
setup.close();

process.stderr.write(`opening the library cold, ${runs} fresh processes…\n`);
const opens: FirstQuery[] = [];
for (let i = 0; i < runs; i++) {
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', import.meta.filename, '--first-query', file], {
    cwd: ROOT,
    encoding: 'utf8'
  });
  if (r.status !== 0) throw new Error(`first-query run failed: ${r.stderr}`);
  opens.push(JSON.parse(r.stdout.trim().split('\n').at(-1) as string) as FirstQuery);
}

process.stderr.write(`latency of ${QUERIES.length} queries, ${runs} runs…\n`);
const library = openLibrary(file);
const { db } = library;
await getSearchIndex(db).ready();
const raw = db.prepare('SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank LIMIT 50');
const rawMatch = (q: string) => toFts(parseQuery(q)).match ?? '""';
const time = (fn: () => unknown) => {
  const t = performance.now();
  fn();
  return performance.now() - t;
};
// One pass to warm statements and caches, as a running app has.
for (const q of QUERIES) {
  searchArticles(db, q, { limit: 50, facets: true });
  raw.all(rawMatch(q));
}
const percentile = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
};
const perRun: Array<{ fused: number[]; fused200: number[]; noSnippets: number[]; ranking: number[]; raw: number[] }> = [];
for (let run = 0; run < runs; run++) {
  perRun.push({
    fused: QUERIES.map((q) => time(() => searchArticles(db, q, { limit: 50, facets: true }))),
    fused200: QUERIES.map((q) => time(() => searchArticles(db, q, { limit: 200, facets: true }))),
    noSnippets: QUERIES.map((q) => time(() => rankArticles(db, q, { limit: 50, facets: true }))),
    ranking: QUERIES.map((q) => time(() => rankArticles(db, q, { limit: 50 }))),
    raw: QUERIES.map((q) => time(() => raw.all(rawMatch(q))))
  });
}
const stat = (pick: (r: (typeof perRun)[number]) => number[], p: number) => median(perRun.map((r) => percentile(pick(r), p)));
const perQuery = QUERIES.map((q, i) => ({
  q,
  fused: median(perRun.map((r) => r.fused[i] as number)),
  ranking: median(perRun.map((r) => r.ranking[i] as number)),
  raw: median(perRun.map((r) => r.raw[i] as number)),
  total: searchArticles(db, q, { limit: 1 }).total
}));
library.close();

const fusedP95 = stat((r) => r.fused, 95);
const rawP95 = stat((r) => r.raw, 95);
const rankingP95 = stat((r) => r.ranking, 95);
const firstMs = median(opens.map((o) => o.firstQueryMs));
const lines = [
  `${articleCount.toLocaleString('en')} articles (reuters-21578, bbc-news-2225 and ECB+ imported, then varied copies), ${os.cpus().length} cores,`,
  `${new Date().toISOString().slice(0, 10)}; medians of ${runs} runs. MiniSearch index: ${INDEX_FORMAT}.`,
  '',
  '| measure | value | target |',
  '| --- | ---: | --- |',
  `| bare FTS5 MATCH, top 50 by rank, p50 / p95 (ms) | ${stat((r) => r.raw, 50).toFixed(1)} / ${rawP95.toFixed(1)} | |`,
  `| fused ranking (lists, fusion, total), p50 / p95 (ms) | ${stat((r) => r.ranking, 50).toFixed(1)} / ${rankingP95.toFixed(1)} | |`,
  `| fused ranking p95 ÷ FTS5 p95 | ${(rankingP95 / rawP95).toFixed(2)} | ≤ 3 ${rankingP95 / rawP95 <= 3 ? '✓' : '✗'} |`,
  `| + facets over all matches, p50 / p95 (ms) | ${stat((r) => r.noSnippets, 50).toFixed(1)} / ${stat((r) => r.noSnippets, 95).toFixed(1)} | |`,
  `| + 50 snippets: the full \`search:query\` answer, p50 / p95 (ms) | ${stat((r) => r.fused, 50).toFixed(1)} / ${fusedP95.toFixed(1)} (${(fusedP95 / rawP95).toFixed(1)}×) | |`,
  `| the same with 200 snippets (the UI's page), p50 / p95 (ms) | ${stat((r) => r.fused200, 50).toFixed(1)} / ${stat((r) => r.fused200, 95).toFixed(1)} | |`,
  `| opening → first answered query (ms) | ${firstMs.toFixed(0)} | ≤ 1000 ${firstMs <= 1000 ? '✓' : '✗'} |`,
  `| opening → prefix/fuzzy ready (ms) | ${median(opens.map((o) => o.readyMs)).toFixed(0)} | |`,
  `| longest event-loop block while loading (ms) | ${median(opens.map((o) => o.maxBlockMs)).toFixed(0)} | |`,
  `| MiniSearch heap (MiB) / snapshot (MiB) | ${median(opens.map((o) => o.heapMiB)).toFixed(0)} / ${snapshotMiB.toFixed(0)} | |`,
  `| building the index from scratch, once per library (s) | ${buildSeconds.toFixed(1)} | |`,
  '',
  '<details><summary>Per query (median ms; matching articles)</summary>',
  '',
  '| query | full answer | fused ranking | FTS5 | matching articles |',
  '| --- | ---: | ---: | ---: | ---: |',
  ...perQuery.map(
    (p) =>
      `| \`${p.q.replace(/\|/g, '\\|')}\` | ${p.fused.toFixed(1)} | ${p.ranking.toFixed(1)} | ${p.raw.toFixed(1)} | ${p.total} |`
  ),
  '',
  '</details>'
];
const table = lines.join('\n');
process.stdout.write(table + '\n');
writeSection(path.join(ROOT, 'docs', 'benchmarks.md'), 'search-speed', table);
