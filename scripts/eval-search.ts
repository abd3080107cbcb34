/**
 * Search relevance on Cranfield (`npm run eval:search`): 1,400 aeronautics abstracts imported
 * through the real importer into a temp library, queries 1–100 (the judged ones) typed as they
 * are written — long natural-language questions — and nDCG@10 and MAP for:
 *
 * - **FTS5 BM25**: the query's words ORed (the fair baseline for long queries; with AND almost
 *   none match), ranked by FTS5's `bm25` with the engine's column weights;
 * - **MiniSearch**: the same words ORed, with prefix and fuzzy matching, on title and lead;
 * - **fused**: `searchArticles` itself — AND first, then "any of the words" for long queries few
 *   articles match in full (relax.ts), FTS5 and MiniSearch lists fused by reciprocal rank.
 *
 * Tuning is honest: `--sweep` scores weight and k combinations on the odd queries and reports
 * the chosen one on the even ones too. `--markdown` writes the table into docs/benchmarks.md.
 *
 *   npx tsx scripts/eval-search.ts [--sweep] [--cv] [--markdown] [--floor X]
 *
 * `--cv` chooses the fusion's weights and k by 5-fold cross-validation over queries 1–100 (issue
 * 16, part 2): each fold scored with the setting that did best on the other four, against the
 * issue's baseline on the same fold: BM25 over the words ORed with porter stemming (a table of its
 * own, `porter_fts`; the library's index does not stem), all columns 1×.
 * `--floor X` exits 1 when the engine's (fused) nDCG@10 over queries 1–100 is below X: CI's
 * accuracy floor, `npm run sweep:accuracy-search`.
 * The corpus is read from `${CROSSCHECK_CORPORA ?? '../shared/corpora'}/cranfield`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { importPaths } from '../electron/library/import/importPaths';
import { openLibrary } from '../electron/library/library';
import type { ReadableDb } from '../electron/library/db/connection';
import { INDEX_FORMAT, leadOf, type MiniDoc, miniOptions } from '@shared/search/miniDocs';
import { DEFAULT_STRETCH, planMini, runMini } from '@shared/search/miniQuery';
import { PersistentMiniSearch } from '../electron/library/search/persistentMiniSearch';
import { wordDf } from '../electron/library/search/passes';
import { rankedIds } from '../electron/library/search/ranking';
import { positiveParts } from '@shared/search/relax';
import { rankArticles } from '../electron/library/search/searchArticles';
import { getSearchIndex } from '../electron/library/search/searchIndex';
import { DEFAULT_QUESTION } from '../electron/library/search/question';
import { DEFAULT_TUNING, type SearchTuning } from '../electron/library/search/tuning';
import { getVariantIndex } from '../electron/library/search/vocabulary';
import { sqlRaw } from '../electron/library/db/sql';
import { parseQuery } from '@shared/search/parseQuery';
import { toFts } from '@shared/search/toFts';
import type { QueryNode } from '@shared/search/types';
import { corporaRoot } from './bench/corpora';
import { writeSection } from './bench/report';
import { meetsFloor, parseFloor } from './eval/floor';
import { averagePrecision, mean, ndcgAt } from './eval/irMeasures';

const ROOT = path.resolve(import.meta.dirname, '..');
const sign = (x: number, digits = 4) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(digits)}`;
const { values: args } = parseArgs({
  options: {
    sweep: { type: 'boolean', default: false },
    markdown: { type: 'boolean', default: false },
    floor: { type: 'string' },
    cv: { type: 'boolean', default: false }
  }
});
const floor = parseFloor(args.floor, 'usage: npx tsx scripts/eval-search.ts [--sweep] [--cv] [--markdown] [--floor X]');

interface CranDoc {
  readonly id: number;
  readonly title: string;
  readonly text: string;
}

/** cran.all.1400 in SMART format: `.I id`, then `.T` title, `.A` authors, `.B` source, `.W` abstract. */
function readDocs(file: string): CranDoc[] {
  const docs: CranDoc[] = [];
  for (const record of fs.readFileSync(file, 'utf8').split(/^\.I /m).slice(1)) {
    const id = Number(record.slice(0, record.indexOf('\n')).trim());
    const field = (tag: string) => {
      const m = new RegExp(`^\\.${tag}\\n([\\s\\S]*?)(?=^\\.[TABW]\\n|(?![\\s\\S]))`, 'm').exec(record);
      return (m?.[1] ?? '').replace(/\s+/g, ' ').trim();
    };
    const title = field('T');
    // Documents 471 and 995 have no abstract: their title is their text.
    docs.push({ id, title, text: field('W') || title });
  }
  return docs;
}

function readQueries(file: string, upTo: number): Array<{ qid: number; text: string }> {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .slice(1)
    .filter((l) => l.trim() !== '')
    .map((l) => l.split('\t'))
    .map(([qid, , text]) => ({ qid: Number(qid), text: text ?? '' }))
    .filter((q) => q.qid >= 1 && q.qid <= upTo);
}

function readQrels(file: string): Map<number, Map<number, number>> {
  const qrels = new Map<number, Map<number, number>>();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const [qid, , docid, grade] = line.trim().split(/\s+/);
    if (!qid || !docid || grade === undefined) continue;
    const judged = qrels.get(Number(qid)) ?? new Map<number, number>();
    judged.set(Number(docid), Number(grade));
    qrels.set(Number(qid), judged);
  }
  return qrels;
}

/** Imports the documents as a JSONL table (one article per line) with the real importer. */
async function buildLibrary(docs: readonly CranDoc[]) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-eval-search-'));
  const file = path.join(dir, 'cranfield.jsonl');
  fs.writeFileSync(file, docs.map((d) => JSON.stringify({ title: d.title, text: d.text })).join('\n') + '\n');
  const library = openLibrary(path.join(dir, 'library.sqlite'), { write: true });
  const report = await importPaths(library.db, [file]);
  // Line N of the file is docs[N - 1]; the importer records it as `<file>#row N`.
  const rows = library.db.prepare('SELECT id, source_path FROM articles').all() as Array<{ id: number; source_path: string }>;
  const docOf = new Map<number, number>();
  for (const r of rows) {
    const line = Number(/#row (\d+)$/.exec(r.source_path)?.[1]);
    const doc = docs[line - 1];
    if (doc) docOf.set(r.id, doc.id);
  }
  return { library, dir, docOf, report };
}

/** MiniSearch over the library with a lead of `leadWords` (the engine's index when it matches). */
function buildMini(db: ReadableDb, leadWords: number): PersistentMiniSearch<MiniDoc> {
  const mini = new PersistentMiniSearch<MiniDoc>(miniOptions());
  const rows = db.prepare('SELECT id, title, outlet, body FROM articles').all() as Array<{
    id: number;
    title: string;
    outlet: string | null;
    body: string;
  }>;
  mini.addAll(rows.map((r) => ({ id: r.id, title: r.title, outlet: r.outlet ?? '', lead: leadOf(r.body, leadWords) })));
  return mini;
}

/** Every positive part of the query ORed, without the dropping of very common words. */
function anyText(text: QueryNode | null): QueryNode | null {
  const parts = positiveParts(text);
  return parts.length === 0 ? null : { type: 'or', children: parts };
}

type Ranker = (query: string) => number[];

interface Scores {
  /** nDCG@10 of each query, by query id. */
  perQuery: ReadonlyMap<number, number>;
  ndcg: number;
  map: number;
  ndcgOdd: number;
  mapOdd: number;
  ndcgEven: number;
  mapEven: number;
}

function score(
  rank: Ranker,
  queries: ReadonlyArray<{ qid: number; text: string }>,
  qrels: Map<number, Map<number, number>>,
  docOf: Map<number, number>
): Scores {
  const per = queries.map((q) => {
    const ranking = rank(q.text).map((id) => docOf.get(id) ?? -id);
    const judged = qrels.get(q.qid) ?? new Map<number, number>();
    return { qid: q.qid, ndcg: ndcgAt(ranking, judged, 10), ap: averagePrecision(ranking, judged) };
  });
  const pick = (odd: boolean | null) => per.filter((p) => odd === null || p.qid % 2 === (odd ? 1 : 0));
  return {
    perQuery: new Map(per.map((p) => [p.qid, p.ndcg])),
    ndcg: mean(pick(null).map((p) => p.ndcg)),
    map: mean(pick(null).map((p) => p.ap)),
    ndcgOdd: mean(pick(true).map((p) => p.ndcg)),
    mapOdd: mean(pick(true).map((p) => p.ap)),
    ndcgEven: mean(pick(false).map((p) => p.ndcg)),
    mapEven: mean(pick(false).map((p) => p.ap))
  };
}

const corpus = path.join(corporaRoot(), 'cranfield');
const docs = readDocs(path.join(corpus, 'cran.all.1400'));
const queries = readQueries(path.join(corpus, 'queries.tsv'), 100);
const qrels = readQrels(path.join(corpus, 'qrels-train.trec'));
const { library, dir, docOf, report } = await buildLibrary(docs);
const { db } = library;
process.stderr.write(`Imported ${report.imported} of ${docs.length} documents (${report.duplicates} exact duplicates).\n`);
const engineMini = await getSearchIndex(db).ready();
const DEPTH = 1000;

const fts: Ranker = (q) => {
  const match = toFts({ ...parseQuery(q), text: anyText(parseQuery(q).text) }).match;
  return match === null ? [] : rankedIds(db, match, sqlRaw('1'), false, DEPTH);
};
const miniRanker =
  (mini: PersistentMiniSearch<MiniDoc>): Ranker =>
  (q) => {
    const df = (w: string) => wordDf(getVariantIndex(db), w) ?? 0;
    const plan = planMini(
      parseQuery(q).text,
      { df, knownDf: DEFAULT_TUNING.knownWordDf, articles: mini.documentCount },
      DEFAULT_STRETCH,
      true
    );
    return runMini(mini, plan, new Map(), DEFAULT_STRETCH).hits.map((h) => h.id);
  };
const engine =
  (tuning: Partial<SearchTuning> = {}, mini: PersistentMiniSearch<MiniDoc> | null = engineMini): Ranker =>
  (q) =>
    rankArticles(db, q, { limit: DEPTH, mini, tuning }).ranked.map((h) => h.id);

const fmt = (s: Scores) =>
  `${s.ndcg.toFixed(4)} | ${s.map.toFixed(4)} | ${s.ndcgOdd.toFixed(4)} / ${s.ndcgEven.toFixed(4)} | ${s.mapOdd.toFixed(4)} / ${s.mapEven.toFixed(4)}`;
const plainBm25: Ranker = (q) => {
  const match = toFts({ ...parseQuery(q), text: anyText(parseQuery(q).text) }).match;
  return match === null
    ? []
    : (db
        .prepare('SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?')
        .pluck()
        .all(match, DEPTH) as number[]);
};
// The issue's baseline: BM25 over the OR of the query's words with porter stemming, in a table
// of its own (the library's index does not stem).
db.exec(`CREATE VIRTUAL TABLE porter_fts USING fts5(title, body, tokenize='porter unicode61 remove_diacritics 2');
  INSERT INTO porter_fts (rowid, title, body) SELECT id, title, body FROM articles;`);
const porterBm25: Ranker = (q) => {
  const match = toFts({ ...parseQuery(q), text: anyText(parseQuery(q).text) }).match;
  return match === null
    ? []
    : (db
        .prepare('SELECT rowid FROM porter_fts WHERE porter_fts MATCH ? ORDER BY rank LIMIT ?')
        .pluck()
        .all(match, DEPTH) as number[]);
};
const rows: Array<[string, Scores]> = [
  ['FTS5 BM25, words ORed (title 5×, as the engine weighs columns)', score(fts, queries, qrels, docOf)],
  ['FTS5 BM25, words ORed, all columns 1×', score(plainBm25, queries, qrels, docOf)],
  ['FTS5 BM25, words ORed, porter stemming, all columns 1× (issue 16 baseline)', score(porterBm25, queries, qrels, docOf)],
  [`MiniSearch alone, words ORed (${INDEX_FORMAT.split(':')[1]})`, score(miniRanker(engineMini), queries, qrels, docOf)],
  ['engine without MiniSearch (FTS5 as typed + variants)', score(engine({}, null), queries, qrels, docOf)],
  ['**fused (the engine)**', score(engine(), queries, qrels, docOf)]
];

// How much the choice of weights matters: the engine's lists with other MiniSearch weights and k,
// and MiniSearch over titles alone. Chosen on the odd queries (the even ones are held out).
const tuningRows: Array<[string, Scores]> = [];
const titleOnly = buildMini(db, 0);
for (const [label, tuning, mini] of [
  ['MiniSearch weight 0.5, k 60', { fuzzyWeight: 0.5 }, engineMini],
  ['MiniSearch weight 1, k 60 (default)', {}, engineMini],
  ['MiniSearch weight 2, k 60', { fuzzyWeight: 2 }, engineMini],
  ['MiniSearch weight 1, k 10', { k: 10 }, engineMini],
  ['MiniSearch weight 1, k 30', { k: 30 }, engineMini],
  ['near spellings for known words too', { stretch: { ...DEFAULT_STRETCH, fuzzyKnownWords: true } }, engineMini],
  ['MiniSearch on title + outlet only', {}, titleOnly],
  ['no question list (function words still left out of the OR)', { question: { ...DEFAULT_QUESTION, weight: 0 } }, engineMini],
  ['question list without RM3 feedback', { question: { ...DEFAULT_QUESTION, feedbackDocs: 0 } }, engineMini]
] as const) {
  tuningRows.push([label, score(engine(tuning, mini), queries, qrels, docOf)]);
}

if (args.sweep) {
  for (const lead of [0, 30, 60]) {
    const mini = buildMini(db, lead);
    process.stderr.write(`lead ${lead}: MiniSearch alone ${fmt(score(miniRanker(mini), queries, qrels, docOf))}\n`);
    for (const fuzzyKnownWords of [false, true]) {
      for (const fuzzyWeight of [0.5, 1, 2, 3]) {
        for (const k of [10, 30, 60]) {
          const s = score(
            engine({ fuzzyWeight, k, stretch: { ...DEFAULT_STRETCH, fuzzyKnownWords } }, mini),
            queries,
            qrels,
            docOf
          );
          process.stderr.write(`  lead ${lead} fuzzyKnown ${fuzzyKnownWords} fuzzyWeight ${fuzzyWeight} k ${k}: ${fmt(s)}\n`);
        }
      }
    }
  }
}

const cvLines: string[] = [];
if (args.cv) {
  const FOLDS = 5;
  // Query ids dealt round-robin after a fixed shuffle (a multiplicative stride mod 101 over 1–100).
  const foldOf = new Map(queries.map((q) => [q.qid, ((q.qid * 37) % 101) % FOLDS]));
  // The question's list (question.ts): its weight in the fusion, the title's weight, BM25's k1
  // and b over stems, and RM3's feedback (articles, words, weight); weight 0 is the engine
  // without it. k stays 60, the earlier cross-validation's choice (four folds of five).
  const grid: Array<[string, Partial<SearchTuning>]> = [['no question list', { question: { ...DEFAULT_QUESTION, weight: 0 } }]];
  const feedbacks = [
    [0, 0, 0],
    [3, 5, 0.3],
    [5, 10, 0.2]
  ] as const;
  const bm25s = [
    [1.2, 0.75],
    [2, 0.75],
    [2, 0.3]
  ] as const;
  for (const weight of [3, 6, 12])
    for (const titleWeight of [2, 4])
      for (const [k1, b] of bm25s)
        for (const [feedbackDocs, feedbackTerms, feedbackWeight] of feedbacks)
          grid.push([
            `question ${weight}, title ${titleWeight}, k1 ${k1} b ${b}, ${feedbackDocs ? `RM3 ${feedbackDocs} articles ${feedbackTerms} words × ${feedbackWeight}` : 'no RM3'}`,
            { question: { ...DEFAULT_QUESTION, weight, titleWeight, k1, b, feedbackDocs, feedbackTerms, feedbackWeight } }
          ]);
  const scored = grid.map(([label, tuning], i) => {
    const s = score(engine(tuning), queries, qrels, docOf);
    const folds = [0, 1, 2, 3, 4].map((f) => mean(queries.filter((q) => foldOf.get(q.qid) === f).map((q) => s.perQuery.get(q.qid) ?? 0)));
    process.stderr.write(`cv ${i + 1}/${grid.length} ${label}: ${s.ndcg.toFixed(4)} folds ${folds.map((x) => x.toFixed(4)).join(' ')}\n`);
    return { label, s };
  });
  const base = score(porterBm25, queries, qrels, docOf);
  const meanIn = (s: Scores, inFold: (f: number) => boolean) =>
    mean(queries.filter((q) => inFold(foldOf.get(q.qid) ?? 0)).map((q) => s.perQuery.get(q.qid) ?? 0));
  let heldSum = 0;
  let baseSum = 0;
  cvLines.push('| held-out fold | setting chosen on the other folds | nDCG@10 | BM25, porter | ratio |', '| ---: | --- | ---: | ---: | ---: |');
  for (let f = 0; f < FOLDS; f++) {
    const best = scored.reduce((a, b) => (meanIn(b.s, (x) => x !== f) > meanIn(a.s, (x) => x !== f) ? b : a));
    const held = meanIn(best.s, (x) => x === f);
    const bm25 = meanIn(base, (x) => x === f);
    const n = queries.filter((q) => foldOf.get(q.qid) === f).length;
    heldSum += held * n;
    baseSum += bm25 * n;
    cvLines.push(`| ${f + 1} | ${best.label} | ${held.toFixed(4)} | ${bm25.toFixed(4)} | ${(held / bm25).toFixed(3)} |`);
  }
  const cvScore = heldSum / queries.length;
  const baseScore = baseSum / queries.length;
  cvLines.push(`| **all** | | **${cvScore.toFixed(4)}** | ${baseScore.toFixed(4)} | **${(cvScore / baseScore).toFixed(3)}** |`);
}

const fts5 = rows[0]![1];
const fused = rows.at(-1)![1];
process.stderr.write(`Fused vs BM25 with porter stemming: ${(fused.ndcg / rows[2]![1].ndcg).toFixed(3)}x nDCG@10 (in-sample)\n`);
const table = [
  `Cranfield, ${report.imported.toLocaleString('en')} abstracts (2 of 1,400 have no text), queries 1–100 (the judged ones) as written, imported with the`,
  `real importer and ranked by \`searchArticles\` (\`npm run eval:search\`, ${new Date().toISOString().slice(0, 10)}). Long queries: the engine searches AND first,`,
  `then "any of the words" when AND finds fewer than ${DEFAULT_TUNING.relax.below} (docs/search.md); the FTS5 and MiniSearch rows OR the words. Depth ${DEPTH};`,
  'nDCG@10 with linear gains (grades 1–4); MAP over every judged-relevant document.',
  '',
  '| ranking | nDCG@10 | MAP | nDCG@10 odd / even | MAP odd / even |',
  '| --- | ---: | ---: | ---: | ---: |',
  ...rows.map(([name, s]) => `| ${name} | ${fmt(s)} |`),
  '',
  `Fused vs FTS5 BM25: nDCG@10 ${sign(fused.ndcg - fts5.ndcg)} (${sign((100 * (fused.ndcg - fts5.ndcg)) / fts5.ndcg, 1)}%), MAP ${sign(fused.map - fts5.map)} (${sign((100 * (fused.map - fts5.map)) / fts5.map, 1)}%);`,
  `on the held-out even queries nDCG@10 ${sign(fused.ndcgEven - fts5.ndcgEven)}, MAP ${sign(fused.mapEven - fts5.mapEven)}.`,
  '',
  `Tuning, with exact 2 and variants 1: the MiniSearch weight was chosen on the odd queries. k stays 60: k 10 scores`,
  `${sign(tuningRows[3]![1].ndcgOdd - tuningRows[1]![1].ndcgOdd, 3)} against it there and would let a variant-only article pass an exact one from rank 13 on instead of 63.`,
  `The question's list (BM25 over the content words' Porter stems, with RM3 feedback; docs/search.md) is the`,
  'cross-validated setting below.',
  '',
  '| engine with | nDCG@10 | MAP | nDCG@10 odd / even | MAP odd / even |',
  '| --- | ---: | ---: | ---: | ---: |',
  ...tuningRows.map(([name, s]) => `| ${name} | ${fmt(s)} |`),
  ...(cvLines.length
    ? [
        '',
        `Five-fold cross-validation over queries 1–100 (\`--cv\`): the question list's weight in the fusion (0, 3, 6, 12), its title`,
        'weight (2, 4), BM25 over stems k1 / b (1.2 / 0.75, 2 / 0.75, 2 / 0.3) and RM3 feedback (off; 3 articles lending 5 words at',
        '0.3; 5 lending 10 at 0.2) chosen on four folds, scored on the fifth, against BM25 with porter stemming (words ORed, all',
        'columns 1×) on the same queries (issue 16 asks ≥ 1.10× and never below it on a fold); k stays 60. The engine ships the',
        'setting the folds chose (docs/search.md). Queries 101–225 cannot be checked: their judgments are withheld from the corpus',
        '(its README).',
        '',
        ...cvLines
      ]
    : [])
].join('\n');
process.stdout.write(table + '\n');
if (args.markdown) writeSection(path.join(ROOT, 'docs', 'benchmarks.md'), 'search-relevance', table);
library.close();
fs.rmSync(dir, { recursive: true, force: true });
if (floor !== undefined && !meetsFloor('Cranfield nDCG@10 (fused, the engine)', fused.ndcg, floor)) process.exitCode = 1;
