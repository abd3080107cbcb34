/**
 * Spelling-variant benchmark (`npm run eval:variants`, issue 16 part 1; method and numbers in
 * docs/variants.md). Scores pairs of words with the function the engine uses to decide that two
 * words are spellings of one name (`isSpellingVariant`, plus `isName`: both must be names):
 *
 * - **true pairs**: every two spellings of one group of the groups file (default
 *   `name-variants-anetac/variant-groups.tsv`: English spellings of one Arabic name), words of 4
 *   letters or more (the engine gives shorter words no variants);
 * - **false pairs**: words of the bbc-news-2225 and reuters-21578 vocabularies that look alike —
 *   the same consonant skeleton (`variantKey`, the key that merged Deraa with dairy) or one
 *   deletion apart — and are not a pair of the groups file. Whether each is a name is read from
 *   those corpora the way the engine reads it from a library (capitalised in ≥ 70 % of its
 *   mid-sentence occurrences).
 *
 * The costs and the threshold are chosen by k-fold cross-validation **by group**: each fold's
 * parameters are those with the best recall at precision ≥ `--precision` on the other folds, and
 * the fold is scored with them. The last line tunes on every group: the parameters to ship.
 *
 *   npx tsx scripts/eval-variants.ts [groups.tsv] [--folds 5] [--precision 0.87] [--markdown] [--list N]
 *
 * `--markdown` writes the table into docs/variants.md; `--list N` prints N false pairs taken and
 * N true pairs missed by the shipped parameters.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { NAME_SHARE, startsSentence } from '../electron/library/search/nameWords';
import {
  DEFAULT_VARIANT_COSTS,
  spellingLetters,
  spellingSkeleton,
  type VariantCosts,
  variantScore as letterScore
} from '../shared/search/spellingVariant';
import { transliterationKey } from '../shared/search/transliterationKey';
import { foldText, variantKey } from '../shared/text/fold';
import { corporaRoot, reutersFolder } from './bench/corpora';
import { writeSection } from './bench/report';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    folds: { type: 'string', default: '5' },
    markdown: { type: 'boolean', default: false },
    list: { type: 'string', default: '0' },
    precision: { type: 'string', default: '0.87' }
  }
});
const FOLDS = Number(args.folds);
/**
 * Precision each fold's tuning must keep on its training folds. NB: the issue asks 0.95, which no
 * setting reaches on these false pairs (the closest look-alike names are often one name); the
 * default is the floor of the rule this one replaces (0.868), so the tuning buys recall only.
 */
const TARGET_PRECISION = Number(args.precision);
const MIN_LENGTH = 4;
const corpora = corporaRoot();
const groupsFile = positionals[0] ?? path.join(corpora, 'name-variants-anetac', 'variant-groups.tsv');

const letters = spellingLetters;
/** `isSpellingVariant`'s score: Infinity unless the skeletons (the engine's candidates) agree. */
const variantScore = (a: string, b: string, costs: VariantCosts): number =>
  spellingSkeleton(a) === spellingSkeleton(b) ? letterScore(a, b, costs) : Infinity;

interface Pair {
  readonly a: string;
  readonly b: string;
  readonly truth: boolean;
  readonly fold: number;
  /** A false pair with a common word in it (which the engine refuses whatever the letters). */
  readonly word?: boolean;
}

/** A seeded shuffle (mulberry32), so folds are the same on every run. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let s = seed >>> 0;
  const rand = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function readGroups(file: string): string[][] {
  const lines = fs.readFileSync(file, 'utf8').split('\n').slice(1);
  const groups: string[][] = [];
  for (const line of lines) {
    const spellings = line.split('\t')[2];
    if (!spellings) continue;
    const words = [...new Set(spellings.split('|').map(letters))].filter((w) => w.length >= MIN_LENGTH);
    if (words.length >= 2) groups.push(words);
  }
  return groups;
}

interface WordStats {
  df: number;
  counted: number;
  capitalised: number;
}

/** Every word of the texts with its document frequency and how often running text capitalises it. */
function vocabulary(texts: Iterable<string>): Map<string, WordStats> {
  const stats = new Map<string, WordStats>();
  for (const text of texts) {
    const seen = new Set<string>();
    for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
      const token = m[0];
      if (/\p{N}/u.test(token)) continue;
      const word = foldText(token);
      let s = stats.get(word);
      if (!s) stats.set(word, (s = { df: 0, counted: 0, capitalised: 0 }));
      if (!seen.has(word)) {
        seen.add(word);
        s.df++;
      }
      const start = m.index ?? 0;
      if (startsSentence(text, start)) continue;
      s.counted++;
      if (token.charAt(0) !== token.charAt(0).toLowerCase()) s.capitalised++;
    }
  }
  return stats;
}

function* corpusTexts(): Iterable<string> {
  const bbc = path.join(corpora, 'bbc-news-2225', 'bbc');
  for (const topic of fs.readdirSync(bbc)) {
    const dir = path.join(bbc, topic);
    if (!fs.statSync(dir).isDirectory()) continue;
    for (const f of fs.readdirSync(dir)) yield fs.readFileSync(path.join(dir, f), 'latin1');
  }
  const reuters = reutersFolder(corpora);
  for (const part of fs.readdirSync(reuters)) {
    const dir = path.join(reuters, part);
    if (!fs.statSync(dir).isDirectory()) continue;
    // NB: a Reuters text starts with its title in capitals: the title line says nothing about names.
    for (const f of fs.readdirSync(dir)) yield fs.readFileSync(path.join(dir, f), 'latin1').replace(/^[^\n]*\n/, '\n');
  }
}

/** Pairs of words that look alike: same consonant skeleton, or one letter deleted from either. */
function lookalikePairs(words: readonly string[]): Array<[string, string]> {
  const buckets = new Map<string, string[]>();
  const put = (key: string, word: string) => {
    const list = buckets.get(key);
    if (list) list.push(word);
    else buckets.set(key, [word]);
  };
  for (const w of words) {
    put(`v:${variantKey(w)}`, w);
    put(`d:${w}`, w);
    for (let i = 0; i < w.length; i++) put(`d:${w.slice(0, i)}${w.slice(i + 1)}`, w);
  }
  const pairs = new Map<string, [string, string]>();
  for (const list of buckets.values()) {
    const unique = [...new Set(list)];
    // A skeleton shared by hundreds of words is no evidence of anything; keep the tractable ones.
    if (unique.length < 2 || unique.length > 60) continue;
    for (let i = 0; i < unique.length; i++)
      for (let j = i + 1; j < unique.length; j++) {
        const [a, b] = [unique[i] as string, unique[j] as string].sort() as [string, string];
        pairs.set(`${a} ${b}`, [a, b]);
      }
  }
  return [...pairs.values()];
}

function hashFold(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0) % FOLDS;
}

// --- data ---------------------------------------------------------------------------------
const groups = readGroups(groupsFile);
const truePairs: Pair[] = [];
const trueKeys = new Set<string>();
shuffled(groups, 16).forEach((group, g) => {
  for (let i = 0; i < group.length; i++)
    for (let j = i + 1; j < group.length; j++) {
      const [a, b] = [group[i] as string, group[j] as string].sort() as [string, string];
      trueKeys.add(`${a} ${b}`);
      truePairs.push({ a, b, truth: true, fold: g % FOLDS });
    }
});
process.stderr.write(`${groups.length} groups, ${truePairs.length} true pairs (words of ${MIN_LENGTH}+ letters)\n`);

const stats = vocabulary(corpusTexts());
const isName = (word: string): boolean | undefined => {
  const s = stats.get(word);
  return s && s.counted > 0 ? s.capitalised / s.counted >= NAME_SHARE : undefined;
};
const vocab = [...stats.entries()]
  .filter(([w, s]) => w.length >= MIN_LENGTH && s.df >= 2 && /^[a-z]+$/.test(w))
  .map(([w]) => w);
const lookalikes = lookalikePairs(vocab).filter(([a, b]) => !trueKeys.has(`${a} ${b}`));
// A pair with a common word in it is never a respelling of a name. NB: two names that look alike
// may be two names (Kerry/Korea) or one (Glen/Glenn), and nothing here can tell: all count as
// false, so the precision reported is a floor.
const wordPairs = lookalikes.filter(([a, b]) => isName(a) === false || isName(b) === false);
const namePairs = lookalikes.filter(([a, b]) => isName(a) !== false && isName(b) !== false);
const falsePairs: Pair[] = [
  ...wordPairs.map(([a, b]) => ({ a, b, truth: false, word: true, fold: hashFold(`${a} ${b}`) })),
  ...namePairs.map(([a, b]) => ({ a, b, truth: false, fold: hashFold(`${a} ${b}`) }))
];
process.stderr.write(
  `${vocab.length} words of bbc-news-2225 + reuters-21578 (${MIN_LENGTH}+ letters, in 2+ texts); ${lookalikes.length} look-alike pairs: ${wordPairs.length} with a common word, ${namePairs.length} of two names\n`
);
const pairs = [...truePairs, ...falsePairs];
const pairLetters = pairs.map((p) => [letters(p.a), letters(p.b)] as const);

// --- the grid -----------------------------------------------------------------------------
type Costs = Omit<VariantCosts, 'threshold'>;
const grid: Costs[] = [];
for (const vowelSameClass of [0.05, 0.1, 0.25])
  for (const vowelOtherClass of [0.8, 1])
    for (const vowelIndel of [0.25, 0.5])
      for (const finalVowel of [0.5, 1])
        for (const h of [0.25, 0.5])
          for (const similarConsonant of [0.25, 0.5])
            for (const maxDistance of [1, 1.5])
              grid.push({ vowelSameClass, vowelOtherClass, vowelIndel, finalVowel, doubled: 0.1, h, similarConsonant, maxDistance });

interface Scored {
  readonly costs: Costs;
  /** Pair indexes sorted by score, with the scores. */
  readonly order: Int32Array;
  readonly scores: Float64Array;
}

function scoreAll(costs: Costs): Scored {
  const full: VariantCosts = { ...costs, threshold: Infinity };
  const scores = new Float64Array(pairs.length);
  // The engine's whole rule: a common word is no name's respelling, whatever its letters.
  pairLetters.forEach(([a, b], i) => (scores[i] = pairs[i]?.word ? Infinity : variantScore(a, b, full)));
  const order = Int32Array.from(pairs.keys()).sort((x, y) => (scores[x] as number) - (scores[y] as number));
  return { costs, order, scores };
}

interface Choice {
  readonly costs: Costs;
  readonly threshold: number;
  readonly trainRecall: number;
  readonly trainPrecision: number;
}

/** The largest threshold whose precision over the chosen folds is ≥ the target, and its recall. */
function bestThreshold(s: Scored, inFolds: (fold: number) => boolean): Choice | undefined {
  let tp = 0;
  let fp = 0;
  let totalTrue = 0;
  for (const p of truePairs) if (inFolds(p.fold)) totalTrue++;
  let best: Choice | undefined;
  for (let k = 0; k < s.order.length; k++) {
    const i = s.order[k] as number;
    const score = s.scores[i] as number;
    if (score === Infinity) break;
    const p = pairs[i] as Pair;
    if (!inFolds(p.fold)) continue;
    if (p.truth) tp++;
    else fp++;
    const next = s.order[k + 1];
    // Only a threshold between two different scores can be set.
    if (next !== undefined && s.scores[next] === score) continue;
    const precision = tp / (tp + fp);
    if (precision >= TARGET_PRECISION && (!best || tp / totalTrue > best.trainRecall))
      best = { costs: s.costs, threshold: score, trainRecall: tp / totalTrue, trainPrecision: precision };
  }
  return best;
}

function measure(costs: VariantCosts, inFolds: (fold: number) => boolean) {
  let tp = 0;
  let fp = 0;
  let positives = 0;
  pairs.forEach((p, i) => {
    if (!inFolds(p.fold)) return;
    if (p.truth) positives++;
    const [a, b] = pairLetters[i] as readonly [string, string];
    if (p.word || variantScore(a, b, costs) > costs.threshold) return;
    if (p.truth) tp++;
    else fp++;
  });
  return { recall: tp / positives, precision: tp / (tp + fp || 1), tp, fp, positives };
}

const started = performance.now();
const scored = grid.map(scoreAll);
process.stderr.write(`Scored ${grid.length} cost settings in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);

function choose(inFolds: (fold: number) => boolean): VariantCosts {
  let best: Choice | undefined;
  for (const s of scored) {
    const c = bestThreshold(s, inFolds);
    if (c && (!best || c.trainRecall > best.trainRecall)) best = c;
  }
  if (!best) throw new Error(`no setting reaches precision ${TARGET_PRECISION} on these pairs`);
  // Halfway to the next score would be fairer, but the scores are sums of a few costs: keep the one seen.
  return { ...best.costs, threshold: best.threshold };
}

const fmt = (x: number) => x.toFixed(3);
const costsText = (c: VariantCosts) =>
  `${c.vowelSameClass} / ${c.vowelOtherClass} / ${c.vowelIndel} / ${c.finalVowel} / ${c.doubled} / ${c.h} / ${c.similarConsonant} / ${c.maxDistance} / ${c.threshold.toFixed(3)}`;
const rows: string[] = [];
const held: Array<ReturnType<typeof measure>> = [];
for (let f = 0; f < FOLDS; f++) {
  const costs = choose((fold) => fold !== f);
  const m = measure(costs, (fold) => fold === f);
  held.push(m);
  rows.push(`| ${f + 1} | ${costsText(costs)} | ${m.positives} | ${m.fp} | ${fmt(m.recall)} | ${fmt(m.precision)} |`);
}
const sum = (k: 'tp' | 'fp' | 'positives') => held.reduce((s, m) => s + m[k], 0);
const shipped = choose(() => true);
const current = measure(DEFAULT_VARIANT_COSTS, () => true);
const keyOnly = (() => {
  let tp = 0;
  let fp = 0;
  for (const p of pairs) {
    if (p.word || transliterationKey(p.a) !== transliterationKey(p.b)) continue;
    if (p.truth) tp++;
    else fp++;
  }
  return { recall: tp / truePairs.length, precision: tp / (tp + fp) };
})();
const lettersTakeWords = wordPairs.filter(([a, b]) => variantScore(a, b, DEFAULT_VARIANT_COSTS) <= DEFAULT_VARIANT_COSTS.threshold);
const takenNames = namePairs.filter(([a, b]) => variantScore(a, b, DEFAULT_VARIANT_COSTS) <= DEFAULT_VARIANT_COSTS.threshold);

const table = [
  `Groups file \`${path.basename(path.dirname(groupsFile))}/${path.basename(groupsFile)}\`: ${groups.length.toLocaleString('en')} groups of 2+ spellings of ${MIN_LENGTH}+ letters,`,
  `${truePairs.length.toLocaleString('en')} true pairs. False pairs: look-alike words of the bbc-news-2225 + reuters-21578 vocabulary,`,
  `${wordPairs.length.toLocaleString('en')} with a common word in them and ${namePairs.length.toLocaleString('en')} of two names that no group holds together. Some of`,
  `those are one name (Glen/Glenn), but all count as false: the precision is a floor`,
  `(\`npm run eval:variants\`, ${new Date().toISOString().slice(0, 10)}). Costs: vowel same class / other class / vowel`,
  `added or dropped / final vowel added or dropped / doubled letter / h / similar consonant / largest distance / threshold per letter,`,
  `chosen on the other ${FOLDS - 1} folds (groups split ${FOLDS} ways, false pairs by a hash of the pair) for the best recall at`,
  `precision ≥ ${TARGET_PRECISION} there.`,
  '',
  '| held-out fold | costs chosen on the other folds | true pairs | false pairs taken | recall | precision |',
  '|---:|---|---:|---:|---:|---:|',
  ...rows,
  `| **all folds** | | ${sum('positives')} | ${sum('fp')} | **${fmt(sum('tp') / sum('positives'))}** | **${fmt(sum('tp') / (sum('tp') + sum('fp')))}** |`,
  '',
  `- Tuned on every group: ${costsText(shipped)}. \`DEFAULT_VARIANT_COSTS\` as committed: recall ${fmt(current.recall)},`,
  `  precision ${fmt(current.precision)} on all pairs (in-sample).`,
  `- Common words: the engine takes none (both words must be names); the letters alone would take`,
  `  ${lettersTakeWords.length.toLocaleString('en')} of the ${wordPairs.length.toLocaleString('en')} (diner/dinner, roma/rome): casing, not spelling, keeps them apart.`,
  `- The transliteration key alone (the rule before this one): recall ${fmt(keyOnly.recall)}, precision ${fmt(keyOnly.precision)}.`,
  `- Of the ${namePairs.length.toLocaleString('en')} look-alike pairs of two names, the committed costs take ${takenNames.length.toLocaleString('en')} (${((100 * takenNames.length) / namePairs.length).toFixed(1)} %).`
].join('\n');
process.stdout.write(`${table}\n`);

const list = Number(args.list);
if (list > 0) {
  const show = (items: ReadonlyArray<readonly [string, string]>) =>
    shuffled(items, 1)
      .slice(0, list)
      .map(([a, b]) => `  ${a} ${b} ${variantScore(a, b, DEFAULT_VARIANT_COSTS).toFixed(3)}`)
      .join('\n');
  const take = ([a, b]: readonly [string, string]) => variantScore(a, b, DEFAULT_VARIANT_COSTS) <= DEFAULT_VARIANT_COSTS.threshold;
  const asTuple = (p: Pair) => [letters(p.a), letters(p.b)] as const;
  const taken = falsePairs.filter((p) => !p.word).map(asTuple).filter(take);
  const missed = truePairs.map(asTuple).filter((t) => !take(t));
  process.stdout.write(`\nFalse pairs taken (${taken.length}):\n${show(taken)}\n`);
  process.stdout.write(`True pairs missed (${missed.length}):\n${show(missed)}\n`);
}
if (args.markdown) writeSection(path.join(ROOT, 'docs', 'variants.md'), 'variants', table);
