/**
 * Evaluates story grouping (`groupStories`) on ECB+: real news articles in 66 same-event clusters,
 * two similar but different events per topic (Tara Reid vs Lindsay Lohan entering rehab).
 *
 *   npx tsx scripts/eval-stories.ts [--threshold X] [--sweep] [--markdown FILE] [--floor X] [--incremental] [--subsets] [--cv] [--cv-cohesion] [--cv-pair] [--cv-local] [--two-reports] [--mixed-small] [--errors] [--specifics]
 *
 * `--floor X` exits 1 when the B-cubed F1 over all documents (at the default or given threshold)
 * is below X: CI's accuracy floor, `npm run sweep:accuracy-stories`.
 * Reports B-cubed precision, recall and F1 over all documents, over odd and even topics apart
 * (the threshold is tuned on odd topics, so even topics are the held-out estimate), and how many
 * predicted stories mix the two events of one topic. `--sweep` scores a range of thresholds.
 * `--incremental` also writes the articles into a library in batches, each placed into the stories
 * so far (scripts/eval/storiesIncremental.ts), and compares with grouping all at once.
 * `--subsets` groups subsets of 5, 10 and 20 topics alone (the contiguous runs and 10 random ones
 * each, fixed seed) against the same articles inside the whole grouping (scripts/eval/storiesSubsets.ts).
 * `--cv` cross-validates the threshold's dependence on the library's size and the year term's weight,
 * odd topics against even (scripts/eval/storiesThresholdCv.ts).
 * `--cv-cohesion` cross-validates the merge rule's cohesion in 5 folds over topics and odd against
 * even (scripts/eval/storiesCohesionCv.ts); it takes several minutes. `--cv-pair` does the same for the
 * factor two single articles need over the threshold to start a story (scripts/eval/storiesPairCv.ts).
 * `--cv-local` does the same for the local-scale check, a join held against each article's close company
 * (scripts/eval/storiesLocalCv.ts).
 * `--two-reports` counts how many two-report events that factor parts in a large library of other news
 * (bbc-news-2225; scripts/eval/storiesTwoReports.ts).
 * `--mixed-small` groups small libraries (20–100 articles) of bbc-news-2225 articles of two categories
 * and a few ECB+ events, with and without the evidence rule (scripts/eval/storiesMixedSmall.ts).
 * `--errors` describes the subsets of `--subsets` that miss the target: the topics they get wrong, the
 * stories mixing a topic's two events, the years those articles write, the terms the events share,
 * and the similarities that decided it: within and across the events of a mixed story, and across
 * the stories an event is split between, with the rule that kept them apart (scripts/eval/storiesErrors.ts).
 * `--specifics` reads six kinds of specific a reader tells two events apart by (magnitude, death toll, sum,
 * date, weekday, central name) and counts how often two articles of one topic conflict on each, same-event
 * pairs against different-event pairs (scripts/eval/storiesSpecifics.ts).
 * The corpus is read from `${CROSSCHECK_CORPORA ?? '../shared/corpora'}/ecbplus-same-event-news`.
 */

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_STORY_THRESHOLD, groupStories, type StoryArticle } from '@shared/stories/stories';
import { bcubed, type BCubedScores } from './eval/bcubed';
import { meetsFloor, parseFloor } from './eval/floor';
import { subsetErrors } from './eval/storiesErrors';
import { specificsTable } from './eval/storiesSpecifics';
import { cohesionName, COHESION_GRID, crossValidateCohesion } from './eval/storiesCohesionCv';
import { scoreBatches, type BatchMode } from './eval/storiesIncremental';
import { crossValidateLocal, LOCAL_GRID, localName } from './eval/storiesLocalCv';
import { crossValidatePair, PAIR_GRID } from './eval/storiesPairCv';
import { readBbc, scoreTwoReports } from './eval/storiesTwoReports';
import { scoreMixedSmall } from './eval/storiesMixedSmall';
import { scoreSubsets, topicSubsets } from './eval/storiesSubsets';
import { chooseOnAllTopics, crossValidateThreshold, YEAR_GRID, type HeldOut } from './eval/storiesThresholdCv';
import { seededRandom } from '@shared/text/seededRandom';

interface Doc {
  readonly file: string;
  readonly topic: number;
  /** `topic_subtopic`: the event. */
  readonly cluster: string;
  readonly text: string;
}

const USAGE =
  'usage: npx tsx scripts/eval-stories.ts [--threshold X] [--sweep] [--markdown FILE] [--floor X] [--incremental] [--subsets] [--cv] [--cv-cohesion] [--cv-pair] [--cv-local] [--two-reports] [--mixed-small] [--errors] [--specifics]';

function readCorpus(dir: string): Doc[] {
  const rows = readFileSync(join(dir, 'clusters.tsv'), 'utf8')
    .split('\n')
    .slice(1)
    .filter((l) => l.trim() !== '');
  return rows.map((row) => {
    const [file, , topic, , cluster] = row.split('\t');
    if (file === undefined || topic === undefined || cluster === undefined) throw new Error(`bad row in clusters.tsv: ${row}`);
    // The first line of an ecbplus file is its source URL: metadata, not article text.
    const text = readFileSync(join(dir, 'text', file), 'utf8').replace(/^Source-URL:.*\n/, '');
    return { file, topic: Number(topic), cluster, text };
  });
}

interface Run {
  readonly threshold: number;
  readonly all: BCubedScores;
  readonly odd: BCubedScores;
  readonly even: BCubedScores;
  readonly stories: number;
  /** Predicted stories holding articles of both events of one topic. */
  readonly mixed: number;
  readonly seconds: number;
}

function evaluate(docs: readonly Doc[], threshold: number | undefined): Run {
  const articles: StoryArticle[] = docs.map((d) => ({ id: d.file, title: '', text: d.text }));
  const started = performance.now();
  const { stories } = groupStories(articles, threshold === undefined ? {} : { threshold });
  const seconds = (performance.now() - started) / 1000;
  const predicted = new Map<string, string>();
  for (const s of stories) for (const id of s.articleIds) predicted.set(id, s.id);
  const gold = (keep: (d: Doc) => boolean) => new Map(docs.filter(keep).map((d) => [d.file, d.cluster]));
  const byFile = new Map(docs.map((d) => [d.file, d]));
  const mixed = stories.filter((s) => {
    const clusters = new Set(s.articleIds.map((id) => byFile.get(id)!.cluster));
    const topics = new Set(s.articleIds.map((id) => byFile.get(id)!.topic));
    return [...topics].some((t) => [...clusters].filter((c) => c.startsWith(`${t}_`)).length > 1);
  }).length;
  return {
    threshold: threshold ?? NaN,
    all: bcubed(
      predicted,
      gold(() => true)
    ),
    odd: bcubed(
      predicted,
      gold((d) => d.topic % 2 === 1)
    ),
    even: bcubed(
      predicted,
      gold((d) => d.topic % 2 === 0)
    ),
    stories: stories.length,
    mixed,
    seconds
  };
}

const f3 = (x: number) => x.toFixed(3);

function tableRows(runs: readonly Run[]): string[][] {
  return runs.map((r) => [
    Number.isNaN(r.threshold) ? `${DEFAULT_STORY_THRESHOLD} (default)` : String(r.threshold),
    f3(r.all.precision),
    f3(r.all.recall),
    f3(r.all.f1),
    f3(r.odd.f1),
    f3(r.even.f1),
    String(r.stories),
    String(r.mixed),
    r.seconds.toFixed(2)
  ]);
}

const HEADERS = [
  'threshold',
  'B³ precision',
  'B³ recall',
  'B³ F1',
  'F1 odd topics (tuning)',
  'F1 even topics (held out)',
  'stories',
  'mixing 2 events',
  'seconds'
];

function printTable(rows: readonly string[][]): void {
  const widths = HEADERS.map((h, k) => Math.max(h.length, ...rows.map((r) => r[k]!.length)));
  const line = (cells: readonly string[]) => cells.map((c, k) => c.padStart(widths[k]!)).join('  ');
  console.log(line(HEADERS));
  for (const r of rows) console.log(line(r));
}

function markdown(rows: readonly string[][], docs: number, clusters: number): string {
  return [
    `ECB+ topics 1–35 (${docs} documents, ${clusters} events). B³ = B-cubed, averaged over documents.`,
    '',
    `| ${HEADERS.join(' | ')} |`,
    `| ${HEADERS.map((_, k) => (k === 0 ? '---' : '---:')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    ''
  ].join('\n');
}

/** The batch schemes `--incremental` scores: topic order in fives, a big start then one topic at a time, and a shuffled order. */
function batchSchemes(docs: readonly Doc[]): Array<{ name: string; batches: Doc[][] }> {
  const byTopics = (from: number, to: number) => docs.filter((d) => d.topic >= from && d.topic <= to);
  const fives = Array.from({ length: 7 }, (_, k) => byTopics(5 * k + 1, 5 * k + 5));
  const start25 = [byTopics(1, 25), ...Array.from({ length: 10 }, (_, k) => byTopics(26 + k, 26 + k))];
  const random = seededRandom(2026);
  const shuffled = docs.map((d) => ({ d, r: random() })).sort((a, b) => a.r - b.r).map((x) => x.d);
  const tenths = Array.from({ length: 10 }, (_, k) => shuffled.slice(Math.round((k * shuffled.length) / 10), Math.round(((k + 1) * shuffled.length) / 10)));
  return [
    { name: '7 batches of 5 topics (1–5, 6–10, …)', batches: fives },
    { name: 'topics 1–25, then 26…35 one topic a batch', batches: start25 },
    { name: '10 batches, articles in a shuffled order', batches: tenths }
  ];
}

/** Markdown: B³ F1 of each batch scheme, placed and by the import policy, against all at once. */
function incrementalTable(docs: readonly Doc[], allAtOnce: number): string {
  const rows = batchSchemes(docs).map(({ name, batches }) => {
    const cells = (['placed', 'policy'] as BatchMode[]).map((mode) => scoreBatches(batches, mode));
    const [placed, policy] = cells as [ReturnType<typeof scoreBatches>, ReturnType<typeof scoreBatches>];
    const d = (x: number) => (x - allAtOnce >= 0 ? '+' : '−') + Math.abs(x - allAtOnce).toFixed(3);
    return `| ${name} | ${f3(placed.scores.f1)} (${d(placed.scores.f1)}) | ${f3(policy.scores.f1)} (${d(policy.scores.f1)}) | ${policy.fullGroupings} of ${batches.length} |`;
  });
  return [
    `Incremental: ECB+ topics 1–35 written into a library in batches; the first batch grouped in full, each later one placed into the stories so far. All at once: B³ F1 ${f3(allAtOnce)}.`,
    '',
    '| batches | B³ F1 every batch placed (vs all at once) | B³ F1 import policy (vs all at once) | full groupings under the policy |',
    '| --- | ---: | ---: | ---: |',
    ...rows,
    ''
  ].join('\n');
}

/** Markdown: per subset size, B³ F1 grouped alone (default threshold, one threshold, a background) against inside the whole set. */
function subsetTable(docs: readonly Doc[]): string {
  const subsets = topicSubsets([...new Set(docs.map((d) => d.topic))], [5, 10, 20]);
  const sized = scoreSubsets(docs, subsets);
  const one = scoreSubsets(docs, subsets, { threshold: DEFAULT_STORY_THRESHOLD });
  const withRest = scoreSubsets(docs, subsets, { threshold: DEFAULT_STORY_THRESHOLD }, true);
  const rows = [5, 10, 20].map((size) => {
    const pick = <T extends { subset: { topics: readonly number[] } }>(list: readonly T[]) => list.filter((x) => x.subset.topics.length === size);
    const a = pick(sized);
    const minMean = (xs: readonly number[]) => `${f3(Math.min(...xs))} / ${f3(xs.reduce((x, y) => x + y, 0) / xs.length)}`;
    const gap = f3(Math.max(...a.map((x) => x.inWhole - x.alone)));
    const met = a.filter((x) => x.alone >= 0.9 && x.alone >= x.inWhole - 0.02).length;
    const alone = (list: ReadonlyArray<{ alone: number }>) => minMean(list.map((x) => x.alone));
    return `| ${size} | ${a.length} | ${alone(a)} | ${gap} | ${met} of ${a.length} | ${alone(pick(one))} | ${alone(pick(withRest))} | ${minMean(a.map((x) => x.inWhole))} |`;
  });
  return [
    'Subsets of ECB+ topics grouped alone (contiguous runs and 10 random subsets per size, seed 16). Target: every subset ≥ 0.90 and within 0.02 of inside the whole set.',
    '',
    '| topics | subsets | alone (threshold by size, the default): min / mean F1 | worst gap to inside the whole | subsets meeting the target | alone, one threshold (0.2): min / mean | alone at 0.2, the other topics as background: min / mean | inside the whole: min / mean |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    ''
  ].join('\n');
}

/** Markdown: the threshold's cross-validation, each fold. */
function cvTable(docs: readonly Doc[]): string {
  const cell = (h: HeldOut) => `${f3(h.min)} / ${f3(h.mean)}`;
  const rows = crossValidateThreshold(docs).map((fold) => {
    const [five, ten, half] = fold.heldOut as [HeldOut, HeldOut, HeldOut];
    const [five0, ten0, half0] = fold.heldOutNoYear as [HeldOut, HeldOut, HeldOut];
    const [five1, ten1, half1] = fold.heldOutOneThreshold as [HeldOut, HeldOut, HeldOut];
    const { yearWeight, yearMinShare, fullFrom, exponent } = fold.chosen;
    return `| ${fold.tunedOn} | ${yearWeight} / ${yearMinShare} / ${fullFrom} / ${exponent} | ${f3(fold.tuningMean)} | ${cell(five)} | ${cell(ten)} | ${f3(half.mean)} | ${cell(five0)} | ${cell(ten0)} | ${f3(half0.mean)} | ${cell(five1)} | ${cell(ten1)} | ${f3(half1.mean)} |`;
  });
  const all = chooseOnAllTopics(docs);
  rows.push(
    `| all (in-sample) | ${all.chosen.yearWeight} / ${all.chosen.yearMinShare} / ${all.chosen.fullFrom} / ${all.chosen.exponent} | ${f3(all.mean)} | | | | | | | | | |`
  );
  return [
    `Cross-validation of the latest year's term (weight / least share: ${YEAR_GRID.map((y) => `${y.yearWeight} / ${y.yearMinShare}`).join(', ')}) and the threshold by size, \`0.2 × (min(max(N, 100), full from) / full from)^exponent\`: chosen on the subsets (5 and 10 topics: contiguous runs and 10 random each; and all) of one half of the topics, scored on the other half's.`,
    '',
    '| tuned on topics | chosen: year weight / least share / full from / exponent | tuning mean F1 | held out, 5 topics: min / mean | 10 topics: min / mean | the whole half | no year term, same scale: 5 topics | 10 topics | the whole half | one threshold (0.2), no year term: 5 topics | 10 topics | the whole half |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    ''
  ].join('\n');
}

/** Markdown: the cohesion rule's cross-validation, every fold of 5 folds and of odd against even. */
function cohesionCvTable(docs: readonly Doc[]): string {
  const rows = [5, 2].flatMap((k) =>
    crossValidateCohesion(docs, k).map((fold, i) => {
      const { chosenScores: c, noRule: n } = fold;
      const name = k === 2 ? `${i === 0 ? 'odd' : 'even'} topics` : `${i + 1} of 5`;
      return `| ${name} | ${fold.heldOutTopics.join(' ')} | ${cohesionName(fold.chosen)} | ${f3(fold.tuningMean)} | ${f3(c.min)} / ${f3(c.mean)} | ${f3(c.whole)} | ${f3(n.min)} / ${f3(n.mean)} | ${f3(n.whole)} |`;
    })
  );
  return [
    `Cross-validation of the cohesion rule (ratio / from: ${COHESION_GRID.map(cohesionName).join(', ')}): chosen on the other folds' subsets (5, 10, 20 topics and all), scored on the held-out fold's 5-topic subsets (contiguous runs and 5 random) and the whole fold.`,
    '',
    '| fold | held-out topics | chosen | tuning mean F1 | held out, 5 topics: min / mean | the whole fold | no rule: 5 topics | no rule: the whole fold |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    ''
  ].join('\n');
}

function pairCvTable(docs: readonly Doc[]): string {
  const rows = [5, 2].flatMap((k) =>
    crossValidatePair(docs, k).map((fold, i) => {
      const { chosenScores: c, noRule: n } = fold;
      const name = k === 2 ? `${i === 0 ? 'odd' : 'even'} topics` : `${i + 1} of 5`;
      return `| ${name} | ${fold.heldOutTopics.join(' ')} | ${fold.chosen} | ${f3(fold.tuningMean)} | ${f3(c.min)} / ${f3(c.mean)} | ${f3(c.whole)} | ${f3(n.min)} / ${f3(n.mean)} | ${f3(n.whole)} |`;
    })
  );
  return [
    `Cross-validation of the pair factor (${PAIR_GRID.join(', ')}; 1 is no rule): 5 folds (every fifth topic in order) and odd against even topic numbers; chosen on the other folds' subsets (5, 10, 20 topics and all), scored on the held-out fold's 5-topic subsets (contiguous runs and 5 random) and the whole fold.`,
    '',
    '| fold | held-out topics | chosen | tuning mean F1 | held out, 5 topics: min / mean | the whole fold | no rule: 5 topics | no rule: the whole fold |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    ''
  ].join('\n');
}

function localCvTable(docs: readonly Doc[]): string {
  const rows = [5, 2].flatMap((k) =>
    crossValidateLocal(docs, k).map((fold, i) => {
      const { chosenScores: c, noRule: n } = fold;
      const name = k === 2 ? `${i === 0 ? 'odd' : 'even'} topics` : `${i + 1} of 5`;
      return `| ${name} | ${fold.heldOutTopics.join(' ')} | ${localName(fold.chosen)} | ${f3(fold.tuningMean)} | ${f3(c.min)} / ${f3(c.mean)} | ${f3(c.whole)} | ${f3(n.min)} / ${f3(n.mean)} | ${f3(n.whole)} |`;
    })
  );
  return [
    `Cross-validation of the local-scale check (neighbour / ratio: ${LOCAL_GRID.map(localName).join(', ')}): 5 folds (every fifth topic in order) and odd against even topic numbers; chosen on the other folds' subsets (5, 10, 20 topics and all), scored on the held-out fold's 5-topic subsets (contiguous runs and 5 random) and the whole fold.`,
    '',
    '| fold | held-out topics | chosen | tuning mean F1 | held out, 5 topics: min / mean | the whole fold | no check: 5 topics | no check: the whole fold |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    ''
  ].join('\n');
}

function twoReportsTable(docs: readonly Doc[], bbcDir: string): string {
  const background = readBbc(bbcDir);
  const rows = scoreTwoReports(docs, background).map(
    (s) => `| ${s.pairFactor} | ${s.together} of ${s.pairs} | ${s.withOthers} | ${s.pairs - s.together} |`
  );
  return [
    `Two reports of one event among ${background.length} bbc-news-2225 texts: one event of each ECB+ topic cut to two random reports, the other event left out (3 draws).`,
    '',
    '| pair factor | pairs in one story | of which with other articles | pairs parted |',
    '| ---: | ---: | ---: | ---: |',
    ...rows,
    ''
  ].join('\n');
}

function mixedSmallTable(docs: readonly Doc[], bbcDir: string): string {
  const rows = scoreMixedSmall(docs, readBbc(bbcDir)).map(
    (s) =>
      `| ${s.size} | ${s.evidence ? 'on' : 'off'} | ${(100 * s.bbcInStories).toFixed(1)} % | ${s.bbcStories} | ${s.mixedStories} | ${s.ecbF1.toFixed(3)} |`
  );
  return [
    'Small mixed libraries: bbc-news-2225 articles of two random categories and 2–5 reports of each event of 1–3 ECB+ topics (10 libraries per size), grouped with the evidence rule off and on.',
    '',
    '| articles | evidence rule | bbc articles in a story of 2+ (mean) | stories of 2+ bbc articles | stories mixing categories or corpora | ECB+ B³ F1 (mean) |',
    '| ---: | --- | ---: | ---: | ---: | ---: |',
    ...rows,
    ''
  ].join('\n');
}

function main(): void {
  const { values } = parseArgs({
    options: {
      threshold: { type: 'string' },
      sweep: { type: 'boolean' },
      markdown: { type: 'string' },
      floor: { type: 'string' },
      incremental: { type: 'boolean' },
      subsets: { type: 'boolean' },
      cv: { type: 'boolean' },
      'cv-cohesion': { type: 'boolean' },
      'cv-pair': { type: 'boolean' },
      'cv-local': { type: 'boolean' },
      'two-reports': { type: 'boolean' },
      'mixed-small': { type: 'boolean' },
      errors: { type: 'boolean' },
      specifics: { type: 'boolean' },
      help: { type: 'boolean' }
    }
  });
  if (values.help === true) {
    console.log(USAGE);
    return;
  }
  const threshold = values.threshold === undefined ? undefined : Number(values.threshold);
  if (threshold !== undefined && !(threshold > 0 && threshold < 1)) {
    process.stderr.write(`--threshold takes a number between 0 and 1\n${USAGE}\n`);
    process.exit(1);
  }
  const dir = join(process.env.CROSSCHECK_CORPORA ?? '../shared/corpora', 'ecbplus-same-event-news');
  const docs = readCorpus(dir);
  const clusters = new Set(docs.map((d) => d.cluster)).size;
  const thresholds = values.sweep === true ? [0.08, 0.1, 0.12, 0.14, 0.16, 0.18, 0.2, 0.22, 0.25, 0.3, 0.35] : [threshold];
  const runs = thresholds.map((t) => evaluate(docs, t));
  const rows = tableRows(runs);
  console.log(`ECB+ ${docs.length} documents, ${clusters} events in ${new Set(docs.map((d) => d.topic)).size} topics`);
  printTable(rows);
  if (values.markdown !== undefined) {
    writeFileSync(values.markdown, markdown(rows, docs.length, clusters));
    console.log(`wrote ${values.markdown}`);
  }
  if (values.incremental === true) {
    const section = incrementalTable(docs, evaluate(docs, undefined).all.f1);
    console.log(section);
    if (values.markdown !== undefined) writeFileSync(values.markdown, `${readFileSync(values.markdown, 'utf8')}\n${section}`);
  }
  if (values.subsets === true) {
    const section = subsetTable(docs);
    console.log(section);
    if (values.markdown !== undefined) writeFileSync(values.markdown, `${readFileSync(values.markdown, 'utf8')}\n${section}`);
  }
  if (values.cv === true) {
    const section = cvTable(docs);
    console.log(section);
    if (values.markdown !== undefined) writeFileSync(values.markdown, `${readFileSync(values.markdown, 'utf8')}\n${section}`);
  }
  if (values['cv-cohesion'] === true) {
    const section = cohesionCvTable(docs);
    console.log(section);
    if (values.markdown !== undefined) writeFileSync(values.markdown, `${readFileSync(values.markdown, 'utf8')}\n${section}`);
  }
  if (values['cv-pair'] === true) {
    const section = pairCvTable(docs);
    console.log(section);
    if (values.markdown !== undefined) writeFileSync(values.markdown, `${readFileSync(values.markdown, 'utf8')}\n${section}`);
  }
  if (values['cv-local'] === true) {
    const section = localCvTable(docs);
    console.log(section);
    if (values.markdown !== undefined) writeFileSync(values.markdown, `${readFileSync(values.markdown, 'utf8')}\n${section}`);
  }
  if (values['two-reports'] === true) {
    const section = twoReportsTable(docs, join(process.env.CROSSCHECK_CORPORA ?? '../shared/corpora', 'bbc-news-2225', 'bbc'));
    console.log(section);
    if (values.markdown !== undefined) writeFileSync(values.markdown, `${readFileSync(values.markdown, 'utf8')}\n${section}`);
  }
  if (values['mixed-small'] === true) {
    const section = mixedSmallTable(docs, join(process.env.CROSSCHECK_CORPORA ?? '../shared/corpora', 'bbc-news-2225', 'bbc'));
    console.log(section);
    if (values.markdown !== undefined) writeFileSync(values.markdown, `${readFileSync(values.markdown, 'utf8')}\n${section}`);
  }
  if (values.errors === true) {
    console.log(subsetErrors(docs, topicSubsets([...new Set(docs.map((d) => d.topic))], [5, 10, 20])).join('\n'));
  }
  if (values.specifics === true) {
    const section = specificsTable(docs);
    console.log(section);
    if (values.markdown !== undefined) writeFileSync(values.markdown, `${readFileSync(values.markdown, 'utf8')}\n${section}`);
  }
  const floor = parseFloor(values.floor, USAGE);
  if (floor !== undefined && !meetsFloor('ECB+ B-cubed F1', evaluate(docs, threshold).all.f1, floor)) process.exitCode = 1;
}

main();
