/**
 * Spelling-variant benchmark (`npm run eval:variants`, issue 16 part 1; method and numbers in
 * docs/variants.md). Scores pairs of words with the engine's whole rule for "two spellings of one
 * name": the letters (`isSpellingVariant`: same consonant skeleton, small transliteration distance),
 * both words names (casing), and both among the same names (context, `contextShare`).
 *
 * - **true pairs**: every two spellings of one group of the groups file (default
 *   `name-variants-anetac/variant-groups.tsv`: English spellings of one Arabic name), words of 4
 *   letters or more (the engine gives shorter words no variants);
 * - **false pairs**: words of the bbc-news-2225 and reuters-21578 vocabularies that the engine
 *   would compare or that look alike — one consonant skeleton (`spellingSkeleton`, the engine's
 *   candidates; with `--candidates keys`, a shared `spellingKeys` key), the same old key
 *   (`variantKey`, which merged Deraa with dairy) or one deletion apart — and are not a pair of the
 *   groups file. Casing and contexts are read from those corpora the way the engine reads them
 *   from a library (capitalised in ≥ 70 % of mid-sentence occurrences; the names in the first 30
 *   texts holding the word).
 *
 * NB: ANETAC has spellings and no texts, so the context of a true pair cannot be read: a true
 * respelling is taken to share its context (one person or place, written two ways), as the issue's
 * respellings do in bbc-news-2225 + seeds. The report says how ANETAC pairs that both occur in
 * the corpora fare (mostly two people with names one Arabic spelling would merge).
 *
 * The costs and the threshold are chosen by k-fold cross-validation **by group**: each fold's
 * parameters are those with the best recall at precision ≥ `--precision` on the other folds,
 * among those that keep the issue's respellings and part Busra/Basra and Kerry/Korea by letters
 * (a coordinate search over the costs), and the fold is scored with them. The last line tunes on
 * every group: the parameters to ship.
 *
 * Against it, two levers measured and not shipped (docs/variants.md): `--candidates keys` compares
 * skeletons one consonant apart too (scripts/eval/spellingKeys.ts), and a logistic model over the
 * edits (scripts/eval/variantModel.ts) is fitted and thresholded by the same folds, its negatives
 * weighted by `--negative-weight` (and by their words' document frequency with `--weigh-by-df`).
 * `--model-only` skips the cost search (minutes with `keys`). `--across` (with `keys`) weighs pairs of
 * one skeleton by the costs, as the engine does, and pairs a consonant apart by a model fitted on those;
 * `--across-edit` says which consonant edits between the skeletons that model may weigh (one table per
 * rule; scripts/eval/consonantEdit.ts), `--edit-odds` gives it each edit's log-odds on the training folds,
 * and `--across-evidence` takes such a pair only when the corpora show the two among the same names.
 * `--across-shape` gives that model more of the pair's shape (scripts/eval/acrossShape.ts), `--margin`
 * asks its threshold for more precision than the target on the training folds (a number, or `inner`:
 * chosen by inner cross-validation on them), and `--acronyms` refuses a word running text writes all
 * in capitals (`SKDS`) as it refuses a common word.
 *
 *   npx tsx scripts/eval-variants.ts [groups.tsv] [--folds 5] [--precision 0.95] [--markdown] [--list N]
 *     [--candidates skeleton|keys] [--across] [--across-edit any,inside,pairs,inside-pairs] [--edit-odds] [--across-evidence]
 *     [--across-shape] [--margin 0|X|inner] [--acronyms] [--seed 16] [--model-only] [--negative-weight 1] [--weigh-by-df]
 *
 * `--markdown` writes the tables into docs/variants.md; `--list N` prints N false pairs taken and
 * N true pairs missed by the shipped costs; the model fitted on every group goes to stderr.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  type NameContext,
  type NameStats,
  SAMPLE_ARTICLES,
  contextWeight,
  fullNamesIn,
  isOneName,
  namesIn
} from '../electron/library/search/nameContext';
import { NAME_SHARE, startsSentence } from '../electron/library/search/nameWords';
import {
  DEFAULT_VARIANT_COSTS,
  STRICT_VARIANT_COSTS,
  isSpellingVariant,
  spellingLetters,
  spellingSkeleton,
  type VariantCosts,
  variantCostsFor,
  variantScore as letterScore
} from '@shared/search/spellingVariant';
import { transliterationKey } from '@shared/search/transliterationKey';
import { foldText, variantKey } from '@shared/text/fold';
import { corporaRoot, reutersFolder } from './bench/corpora';
import { dot, fitLogistic } from './eval/logistic';
import { ACROSS_EDIT_RULES, type AcrossEditRule, allowsConsonantEdit, consonantEdit } from './eval/consonantEdit';
import { sharesSpellingKey, spellingKeys } from './eval/spellingKeys';
import { acrossShapeFeatures } from './eval/acrossShape';
import {
  LOOSE_COSTS,
  VARIANT_FEATURE_NAMES,
  MAX_LENGTH_GAP,
  isAcrossCandidate,
  respellingOdds,
  variantFeatures
} from './eval/variantModel';
import { writeSection } from './bench/report';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    folds: { type: 'string', default: '5' },
    markdown: { type: 'boolean', default: false },
    list: { type: 'string', default: '0' },
    precision: { type: 'string', default: '0.95' },
    'negative-weight': { type: 'string', default: '1' },
    candidates: { type: 'string', default: 'skeleton' },
    'model-only': { type: 'boolean', default: false },
    'weigh-by-df': { type: 'boolean', default: false },
    across: { type: 'boolean', default: false },
    'across-edit': { type: 'string', default: 'any' },
    'edit-odds': { type: 'boolean', default: false },
    'across-evidence': { type: 'boolean', default: false },
    'across-shape': { type: 'boolean', default: false },
    acronyms: { type: 'boolean', default: false },
    margin: { type: 'string', default: '0' },
    seed: { type: 'string', default: '16' }
  }
});
const FOLDS = Number(args.folds);
/**
 * `--seed`: how groups and false pairs are dealt into folds. The default, 16, is the split every
 * table in docs/variants.md was measured on; another seed scores a setting fixed beforehand on
 * folds it was not chosen on.
 */
const DEFAULT_SEED = 16;
const SEED = Number(args.seed);
/** Precision each fold's tuning must keep on its training folds (the issue's target). */
const TARGET_PRECISION = Number(args.precision);
const MIN_LENGTH = 4;
const corpora = corporaRoot();
const groupsFile = positionals[0] ?? path.join(corpora, 'name-variants-anetac', 'variant-groups.tsv');

const letters = spellingLetters;
/** `--candidates keys` also compares skeletons one consonant apart (scripts/eval/spellingKeys.ts); the engine does not. */
const KEYS = args.candidates === 'keys';
if (!KEYS && args.candidates !== 'skeleton') {
  process.stderr.write(`--candidates is skeleton (the engine's) or keys, not ${args.candidates}.\n`);
  process.exit(1);
}
/**
 * `--across` (with `--candidates keys`): the costs weigh pairs of one skeleton only, as the engine
 * does, and a logistic model fitted on the pairs a consonant apart weighs those; its threshold is
 * set for the precision of both together.
 */
const ACROSS = KEYS && args.across;
/**
 * `--across-edit` (with `--across`): which consonant edits between two skeletons the model may weigh
 * at all (`allowsConsonantEdit`): `any`, `inside` (none at a skeleton's first or last consonant:
 * Africa/African), `pairs` (only the letters transliteration confuses), `inside-pairs` (both).
 * Several, comma-separated, are each measured in one run (the corpora are read once).
 */
const ACROSS_EDITS = (args['across-edit'] as string).split(',') as AcrossEditRule[];
for (const rule of ACROSS_EDITS)
  if (!ACROSS_EDIT_RULES.includes(rule)) {
    process.stderr.write(`--across-edit takes ${ACROSS_EDIT_RULES.join(', ')}, not ${rule}.\n`);
    process.exit(1);
  }
/** What each `--across-edit` rule lets the model weigh, for the report. */
const ACROSS_EDIT_TEXT: Readonly<Record<AcrossEditRule, string>> = {
  any: 'any consonant edit',
  inside: 'no consonant edit at a skeleton\'s first or last consonant',
  pairs: 'only consonant edits transliteration makes (`isTransliterationEdit`)',
  'inside-pairs': 'only consonant edits transliteration makes, none at a skeleton\'s first or last consonant'
};
const acrossWeighed = (rule: AcrossEditRule, x: string, y: string): boolean =>
  isAcrossCandidate(x, y) && allowsConsonantEdit(rule, x, y);
const keysOf = (x: string): string[] => (KEYS ? spellingKeys(x) : [spellingSkeleton(x)]);
/** Whether the engine (or with `--candidates keys`, the wider generation) compares two spellings' letters. */
const compared = (x: string, y: string): boolean =>
  KEYS ? sharesSpellingKey(x, y) : spellingSkeleton(x) === spellingSkeleton(y);
/** `isSpellingVariant`'s score: Infinity unless the two share a spelling key (the engine's candidates). */
const variantScore = (a: string, b: string, costs: VariantCosts): number =>
  compared(a, b) ? letterScore(a, b, costs) : Infinity;

const sameSkeleton = (p: { x: string; y: string }): boolean => spellingSkeleton(p.x) === spellingSkeleton(p.y);

interface Pair {
  /** The two words as folded; `x` and `y` are their {@link spellingLetters}. */
  readonly a: string;
  readonly b: string;
  readonly x: string;
  readonly y: string;
  readonly truth: boolean;
  readonly fold: number;
  /** A false pair with a common word in it (which the engine refuses whatever the letters). */
  readonly word?: boolean;
  /** A false pair of two names that the corpora show among different names (the engine refuses it). */
  readonly apart?: boolean;
  /**
   * A false pair of two names that the corpora show among the same names (`isOneName` says yes, not
   * "no evidence"): what `--across-evidence` asks of a pair a consonant apart.
   */
  readonly together?: boolean;
  /**
   * Both words are common English given names (`isGivenName`): the engine weighs them with
   * `STRICT_VARIANT_COSTS` whatever costs are searched (`variantCostsFor`).
   */
  readonly given: boolean;
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
    const words = [...new Set(spellings.split('|').map((w) => foldText(w).replace(/[^\p{L}]/gu, '')))].filter(
      (w) => w.length >= MIN_LENGTH
    );
    if (words.length >= 2) groups.push(words);
  }
  return groups;
}

interface WordStats {
  df: number;
  counted: number;
  capitalised: number;
  /** Mid-sentence occurrences written all in capitals, two letters or more (`SKDS`, `NYFE`). */
  allCaps: number;
  /** The first texts holding the word, as many as the engine reads for a context. */
  texts: number[];
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

/** Every word of the texts with its document frequency, how often running text capitalises it, and where it is. */
function vocabulary(texts: readonly string[]): Map<string, WordStats> {
  const stats = new Map<string, WordStats>();
  texts.forEach((text, id) => {
    const seen = new Set<string>();
    for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
      const token = m[0];
      const word = foldText(token);
      let s = stats.get(word);
      if (!s) stats.set(word, (s = { df: 0, counted: 0, capitalised: 0, allCaps: 0, texts: [] }));
      if (!seen.has(word)) {
        seen.add(word);
        s.df++;
        if (s.texts.length < SAMPLE_ARTICLES) s.texts.push(id);
      }
      if (/\p{N}/u.test(token) || startsSentence(text, m.index ?? 0)) continue;
      s.counted++;
      if (token.charAt(0) !== token.charAt(0).toLowerCase()) s.capitalised++;
      if (token.length >= 2 && token === token.toUpperCase() && token !== token.toLowerCase()) s.allCaps++;
    }
  });
  return stats;
}

/**
 * Pairs of words the engine compares or that look alike: one skeleton (names only: the engine
 * refuses a common word anyway), one old key, or one letter deleted from either.
 */
function lookalikePairs(words: readonly string[]): Array<[string, string]> {
  const buckets = new Map<string, string[]>();
  const put = (key: string, word: string) => {
    const list = buckets.get(key);
    if (list) list.push(word);
    else buckets.set(key, [word]);
  };
  for (const w of words) {
    if (isName(w) !== false) for (const key of keysOf(letters(w))) put(`s:${key}`, w);
    put(`v:${variantKey(w)}`, w);
    put(`d:${w}`, w);
    for (let i = 0; i < w.length; i++) put(`d:${w.slice(0, i)}${w.slice(i + 1)}`, w);
  }
  const pairs = new Map<string, [string, string]>();
  for (const [key, list] of buckets) {
    const unique = [...new Set(list)];
    // NB: a short skeleton (m-r: Mori, Murray, Mary, Maria) holds hundreds of names, and the
    // engine compares them all: every pair any cost of the search could take is kept. An old key
    // or a deletion shared by hundreds of words is no evidence of anything: those are left out.
    const engine = key.startsWith('s:');
    if (unique.length < 2 || (!engine && unique.length > 60)) continue;
    for (let i = 0; i < unique.length; i++)
      for (let j = i + 1; j < unique.length; j++) {
        const [a, b] = [unique[i] as string, unique[j] as string].sort() as [string, string];
        // NB: a pair no setting of the search could take is never taken: scoring it is no test.
        if (engine && letterScore(letters(a), letters(b), LOOSEST) > LOOSEST.threshold) continue;
        pairs.set(`${a} ${b}`, [a, b]);
      }
  }
  return [...pairs.values()];
}

function hashFold(pair: string): number {
  // NB: the default seed hashes the pair alone, so its folds are those of every earlier run.
  const text = SEED === DEFAULT_SEED ? pair : `${SEED} ${pair}`;
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0) % FOLDS;
}

// --- the search over costs ----------------------------------------------------------------
type Costs = Omit<VariantCosts, 'threshold'>;
const SPACE: { readonly [K in keyof Costs]: readonly number[] } = {
  vowelSameClass: [0.05, 0.1, 0.2, 0.3],
  vowelOtherClass: [0.5, 0.75, 1],
  vowelIndel: [0.25, 0.4, 0.6, 0.8],
  finalVowel: [0.5, 0.75, 1],
  doubled: [0.05, 0.1, 0.2],
  h: [0.1, 0.25, 0.4],
  similarConsonant: [0.1, 0.25, 0.4],
  transposition: [0.25, 0.5, 1, 2],
  otherLetter: [0.5, 0.75, 1],
  maxDistance: [1.5, 2, 2.5]
};
const START: Costs = {
  vowelSameClass: 0.2,
  vowelOtherClass: 1,
  vowelIndel: 0.4,
  finalVowel: 1,
  doubled: 0.1,
  h: 0.25,
  similarConsonant: 0.25,
  transposition: 1,
  otherLetter: 1,
  maxDistance: 2
};

/**
 * The engine's gate before the model (`LOOSE_COSTS`): the cheapest of every cost searched, and a
 * loose threshold. A pair this does not take, no setting takes.
 */
const LOOSEST: VariantCosts = LOOSE_COSTS;
for (const [key, values] of Object.entries(SPACE) as Array<[keyof Costs, readonly number[]]>)
  if (key === 'maxDistance' ? Math.max(...values) > LOOSEST[key] : Math.min(...values) < LOOSEST[key])
    throw new Error(`LOOSE_COSTS.${key} must be the loosest value searched`);

// --- data ---------------------------------------------------------------------------------
const groups = readGroups(groupsFile);
/** Whether the engine weighs two folded words at `STRICT_VARIANT_COSTS` (both common English given names). */
const bothGiven = (a: string, b: string): boolean => variantCostsFor(a, b) === STRICT_VARIANT_COSTS;
const truePairs: Pair[] = [];
const trueKeys = new Set<string>();
shuffled(groups, SEED).forEach((group, g) => {
  for (let i = 0; i < group.length; i++)
    for (let j = i + 1; j < group.length; j++) {
      const [a, b] = [group[i] as string, group[j] as string].sort() as [string, string];
      trueKeys.add(`${a} ${b}`);
      truePairs.push({ a, b, x: letters(a), y: letters(b), truth: true, fold: g % FOLDS, given: bothGiven(a, b) });
    }
});
process.stderr.write(`${groups.length} groups, ${truePairs.length} true pairs (words of ${MIN_LENGTH}+ letters)\n`);

const texts = [...corpusTexts()];
const stats = vocabulary(texts);
/**
 * `--acronyms`: a word that running text writes all in capitals in most of its capitalised
 * mid-sentence occurrences (`SKDS`, `NYFE`, `PSETT`) is an abbreviation, spelt letter by letter,
 * never a respelling of a name: it is refused as a common word is.
 */
const ACRONYMS = args.acronyms;
const isAcronym = (s: WordStats): boolean => ACRONYMS && s.allCaps > s.capitalised / 2;
const isName = (word: string): boolean | undefined => {
  const s = stats.get(word);
  return s && s.counted > 0 ? s.capitalised / s.counted >= NAME_SHARE && !isAcronym(s) : undefined;
};
if (ACRONYMS)
  process.stderr.write(
    `--acronyms: ${[...stats.values()].filter((s) => s.counted > 0 && s.capitalised / s.counted >= NAME_SHARE && isAcronym(s)).length} words written as names, most often all in capitals, refused\n`
  );
const contexts = new Map<string, NameContext>();
const contextOf = (word: string): NameContext => {
  let context = contexts.get(word);
  if (!context) {
    const sample = stats.get(word)?.texts ?? [];
    const read = sample.map((i) => texts[i] as string);
    context = { names: namesIn(read, word), articles: sample.length, fullNames: fullNamesIn(read, word) };
    contexts.set(word, context);
  }
  return context;
};
const nameStats: NameStats = {
  weight: (name) => contextWeight(texts.length, stats.get(name)?.df ?? 1),
  frequency: (name) => Math.min(1, (stats.get(name)?.df ?? 1) / texts.length)
};
/**
 * The engine's context test on the corpora (`isOneName`): `false` when the two stand among
 * different names, or are written into different full names (unless both are given names).
 */
const related = (a: string, b: string): boolean | undefined => isOneName(a, contextOf(a), b, contextOf(b), nameStats);

/** A look-alike pair of names' context verdict: `apart` when the engine parts them, `together` when it has evidence they are one. */
function oneNameOrNot(a: string, b: string): { apart: boolean; together: boolean } {
  // Contexts are read only where a rule compares the two: one skeleton, or one transliteration key.
  if (!compared(letters(a), letters(b)) && transliterationKey(a) !== transliterationKey(b)) return { apart: false, together: false };
  const verdict = related(a, b);
  return { apart: verdict === false, together: verdict === true };
}
const vocab = [...stats.entries()].filter(([w, s]) => w.length >= MIN_LENGTH && s.df >= 2 && /^[a-z]+$/.test(w)).map(([w]) => w);
const lookalikes = lookalikePairs(vocab).filter(([a, b]) => !trueKeys.has(`${a} ${b}`));
// A pair with a common word in it is never a respelling of a name. NB: two names that look alike
// may be two names (Kerry/Korea) or one (Glen/Glenn), and nothing here can tell: all count as
// false, so the precision reported is a floor.
const wordPairs = lookalikes.filter(([a, b]) => isName(a) === false || isName(b) === false);
const namePairs = lookalikes.filter(([a, b]) => isName(a) !== false && isName(b) !== false);
const falsePairs: Pair[] = [
  ...wordPairs.map(([a, b]) => ({
    a,
    b,
    x: letters(a),
    y: letters(b),
    truth: false,
    word: true,
    fold: hashFold(`${a} ${b}`),
    given: bothGiven(a, b)
  })),
  ...namePairs.map(([a, b]) => ({
    a,
    b,
    x: letters(a),
    y: letters(b),
    truth: false,
    // Contexts are read only where a rule compares the two: one skeleton, or one transliteration key.
    ...oneNameOrNot(a, b),
    fold: hashFold(`${a} ${b}`),
    given: bothGiven(a, b)
  }))
];
process.stderr.write(
  `${vocab.length} words of bbc-news-2225 + reuters-21578 (${MIN_LENGTH}+ letters, in 2+ texts); ${lookalikes.length} look-alike pairs: ${wordPairs.length} with a common word, ${namePairs.length} of two names\n`
);
const pairs = [...truePairs, ...falsePairs];
/** Refused whatever the letters: a common word in it, or two names among different names. */
const refused = (p: Pair): boolean => p.word === true || p.apart === true;
/**
 * The pairs the letters can take at all: the engine only compares words that share a spelling
 * key, and no setting the search tries takes a pair {@link LOOSEST} does not.
 */
const candidates = pairs.filter((p) => compared(p.x, p.y) && letterScore(p.x, p.y, LOOSEST) <= LOOSEST.threshold);
/** The candidates the casing and context leave to the letters: the only ones a setting changes. */
const open = candidates.filter((p) => !refused(p));
process.stderr.write(`${candidates.length} candidate pairs (${open.length} left to the letters)\n`);

/**
 * The issue's lists, as constraints on every setting searched: the letters must keep these
 * respellings and part these look-alikes (the common words of its list are casing's to part).
 */
const KEEP = [
  ['deraa', 'daraa'],
  ["dar'a", 'daraa'],
  ['jabawi', 'jabbawi'],
  ['busra', 'bosra'],
  ['qaddafi', 'gaddafi'],
  ['qaddafi', 'kadhafi'],
  ['gaddafi', 'kadhafi'],
  ['mohammed', 'muhammad'],
  ['al-qaeda', 'al-qaida']
].map(([a, b]) => [a as string, b as string] as const);
const PART = [
  ['busra', 'basra'],
  ['kerry', 'korea']
].map(([a, b]) => [a as string, b as string] as const);
/**
 * The engine's take of two folded words at the costs searched (`costs`, with `threshold`), through
 * `isSpellingVariant` itself: its letters, its skeleton, and `STRICT_VARIANT_COSTS` for two given names.
 */
const engineTakes = (a: string, b: string, costs: VariantCosts): boolean => isSpellingVariant(a, b, costs);

interface Choice {
  readonly costs: VariantCosts;
  readonly trainRecall: number;
}

/** The threshold with the best recall at precision ≥ the target over the chosen folds (the engine's whole rule). */
function bestThreshold(costs: Costs, inFolds: (fold: number) => boolean): Choice {
  const full: VariantCosts = { ...costs, threshold: Infinity };
  let positives = 0;
  for (const p of truePairs) if (inFolds(p.fold)) positives++;
  // Two given names are weighed at STRICT_VARIANT_COSTS whatever is searched: their part is fixed.
  let tp = 0;
  let fp = 0;
  for (const p of open)
    if (inFolds(p.fold) && p.given && byCosts(full)(p)) {
      if (p.truth) tp++;
      else fp++;
    }
  const scored = open
    .filter((p) => inFolds(p.fold) && !p.given && (!ACROSS || sameSkeleton(p)))
    .map((p) => ({ truth: p.truth, score: letterScore(p.x, p.y, full) }))
    .filter((s) => s.score < Infinity)
    .sort((s, t) => s.score - t.score);
  // The lists as the engine weighs them: a pair of given names is kept (or parted) whatever the threshold.
  const listScore = (a: string, b: string): number =>
    bothGiven(a, b) ? (engineTakes(a, b, full) ? -Infinity : Infinity) : variantScore(letters(a), letters(b), full);
  const lowest = Math.max(...KEEP.map(([a, b]) => listScore(a, b)));
  const highest = Math.min(...PART.map(([a, b]) => listScore(a, b)));
  let best: Choice = { costs: { ...costs, threshold: -1 }, trainRecall: 0 };
  scored.forEach((s, k) => {
    if (s.truth) tp++;
    else fp++;
    // Only a threshold between two different scores can be set, and one that meets the issue's lists.
    // NB: the engine takes a score equal to the threshold (Busra/Basra at 0.2 exactly), so a
    // threshold at a list's parted pair's score would take it.
    if (scored[k + 1]?.score === s.score || s.score < lowest || s.score >= highest || s.score > LOOSEST.threshold) return;
    if (tp / (tp + fp) >= TARGET_PRECISION && tp / positives > best.trainRecall)
      best = { costs: { ...costs, threshold: s.score }, trainRecall: tp / positives };
  });
  return best;
}

/** A coordinate search: each cost in turn takes the value of {@link SPACE} that gains most recall, until none does. */
function choose(inFolds: (fold: number) => boolean): VariantCosts {
  let costs = START;
  let best = bestThreshold(costs, inFolds);
  for (let round = 0; round < 3; round++) {
    let changed = false;
    for (const key of Object.keys(SPACE) as Array<keyof Costs>)
      for (const value of SPACE[key]) {
        if (value === costs[key]) continue;
        const next = bestThreshold({ ...costs, [key]: value }, inFolds);
        if (next.trainRecall > best.trainRecall + 1e-9) {
          costs = { ...costs, [key]: value };
          best = next;
          changed = true;
        }
      }
    if (!changed) break;
  }
  if (best.trainRecall === 0) throw new Error(`no setting reaches precision ${TARGET_PRECISION} on these pairs`);
  return best.costs;
}

interface Measured {
  readonly positives: number;
  readonly tp: number;
  /** False pairs of two names the letters take. */
  readonly byLetters: number;
  /** Of those, the ones the context test lets through. */
  readonly fp: number;
}

function measure(take: (p: Pair) => boolean, inFolds: (fold: number) => boolean): Measured {
  let positives = 0;
  let tp = 0;
  let byLetters = 0;
  let fp = 0;
  for (const p of pairs) {
    if (!inFolds(p.fold)) continue;
    if (p.truth) positives++;
    if (p.word || !take(p)) continue;
    if (p.truth) tp++;
    else {
      byLetters++;
      if (!p.apart) fp++;
    }
  }
  return { positives, tp, byLetters, fp };
}
/** The costs' take of a pair: one the engine compares (with `--across`, of one skeleton), at the costs {@link variantCostsFor} gives it. */
function byCosts(costs: VariantCosts): (p: Pair) => boolean {
  return (p) => {
    if (!(ACROSS ? sameSkeleton(p) : compared(p.x, p.y))) return false;
    const chosen = variantCostsFor(p.a, p.b, costs);
    return letterScore(p.x, p.y, chosen) <= chosen.threshold;
  };
}

// --- a logistic model over the edits, against the costs ----------------------------------
interface ModelChoice {
  /**
   * `--edit-odds`: the smoothed log-odds, among the training folds' pairs a consonant apart, of being
   * a respelling for each consonant edit (`editClass`), less the log-odds of all of them: one more
   * feature of the model across skeletons, so the folds learn which edits transliteration makes.
   */
  readonly editOdds?: { readonly byClass: ReadonlyMap<string, number>; readonly unseen: number };
  readonly weights: number[];
  readonly threshold: number;
  readonly trainRecall: number;
}
/** Features of every candidate pair the rules leave to the letters (a derived form never is). */
const modelRows = new Map<Pair, number[]>();
for (const p of candidates) if (!p.word) modelRows.set(p, variantFeatures(p.x, p.y));
const modelScore = (weights: readonly number[], x: string, y: string): number =>
  compared(x, y) ? respellingOdds(x, y, { weights, threshold: 0 }) : -Infinity;

/** Fits the model on the chosen folds and sets the threshold with the best recall at precision ≥ the target there. */
function chooseModel(inFolds: (fold: number) => boolean, negativeWeight: number): ModelChoice {
  // NB: two given names are weighed at STRICT_VARIANT_COSTS whatever the model says, as the engine does (`variantCostsFor`).
  const rowsIn = [...modelRows].filter(([p]) => inFolds(p.fold) && !refused(p) && !p.given);
  const weights = fitLogistic(
    rowsIn.map(([, x]) => x),
    rowsIn.map(([p]) => (p.truth ? 1 : 0)),
    {
      l2: 1,
      negativeWeight,
      // NB: `--weigh-by-df`: a false pair of frequent names (Kerry/Gary) costs a library many wrong hits.
      ...(args['weigh-by-df']
        ? {
            rowWeights: rowsIn.map(([p]) =>
              p.truth ? 1 : Math.log(1 + Math.min(stats.get(p.a)?.df ?? 1, stats.get(p.b)?.df ?? 1))
            )
          }
        : {})
    }
  );
  let positives = 0;
  for (const p of truePairs) if (inFolds(p.fold)) positives++;
  const scored = rowsIn.map(([p, x]) => ({ truth: p.truth, score: dot(weights, x) })).sort((s, t) => t.score - s.score);
  // The lists as the engine weighs them: every pair to keep at or above the threshold, every pair to
  // part below it (a pair of given names is kept or parted by STRICT_VARIANT_COSTS whatever the threshold).
  const listOdds = (a: string, b: string): number =>
    bothGiven(a, b)
      ? engineTakes(a, b, STRICT_VARIANT_COSTS)
        ? Infinity
        : -Infinity
      : modelScore(weights, letters(a), letters(b));
  const lowest = Math.max(...PART.map(([a, b]) => listOdds(a, b)));
  const highest = Math.min(...KEEP.map(([a, b]) => listOdds(a, b)));
  let tp = 0;
  let fp = 0;
  for (const p of open)
    if (inFolds(p.fold) && p.given && engineTakes(p.a, p.b, STRICT_VARIANT_COSTS)) {
      if (p.truth) tp++;
      else fp++;
    }
  let best: ModelChoice = { weights, threshold: Infinity, trainRecall: 0 };
  scored.forEach((s, k) => {
    if (s.truth) tp++;
    else fp++;
    if (scored[k + 1]?.score === s.score || s.score > highest || s.score <= lowest) return;
    if (tp / (tp + fp) >= TARGET_PRECISION && tp / positives > best.trainRecall)
      best = { weights, threshold: s.score, trainRecall: tp / positives };
  });
  return best;
}
/**
 * `--across`: the model fitted on the other folds' pairs a consonant apart (two given names never:
 * the engine holds them to one skeleton), its threshold the best recall at precision ≥ the target
 * there with the costs' take of the pairs of one skeleton counted in.
 */
/**
 * `--across-evidence`: a pair a consonant apart is taken only when the corpora show the two among
 * the same names, not merely not among different ones. NB: a true pair is taken to have that
 * evidence (ANETAC has no texts), so this can only raise the precision measured here; what it
 * costs in recall shows only in a library.
 */
const hasEvidence = (p: Pair): boolean => !args['across-evidence'] || p.truth || p.together === true;
/** The class of a pair's consonant edit for `--edit-odds`: kind, letters, and whether at an edge (`Africa`/`African`). */
function editClass(p: Pair): string {
  const e = consonantEdit(p.x, p.y);
  return e ? `${e.kind}:${e.letters}:${e.atEdge ? 'edge' : 'inside'}` : '';
}
/** `--across-shape`: each pair's {@link acrossShapeFeatures}, computed once. */
const shapes = new Map<Pair, number[]>();
const shapeOf = (p: Pair): number[] => {
  let shape = shapes.get(p);
  if (!shape) shapes.set(p, (shape = acrossShapeFeatures(p.x, p.y)));
  return shape;
};
/**
 * A pair's features for the model across skeletons: {@link variantFeatures}, with `--edit-odds` its
 * edit's log-odds, and with `--across-shape` its {@link acrossShapeFeatures}.
 */
function acrossFeatures(p: Pair, x: readonly number[], odds: ModelChoice['editOdds']): number[] {
  return [...x, ...(odds ? [odds.byClass.get(editClass(p)) ?? odds.unseen] : []), ...(args['across-shape'] ? shapeOf(p) : [])];
}
/** The model across skeletons fitted on some folds: its weights, and with `--edit-odds` the edits' log-odds learnt there. */
interface AcrossFit {
  readonly weights: number[];
  readonly editOdds?: ModelChoice['editOdds'];
  readonly rows: ReadonlyArray<readonly [Pair, number[]]>;
}
/**
 * `--margin`: how much more precision than the target the model's threshold must give on its
 * training folds. A number, or `inner`: the smallest of {@link MARGINS} whose threshold, set on
 * three of the four training folds, holds the target on the fourth for each of the four (inner
 * cross-validation, so the held-out fold never chooses it).
 */
const MARGIN = args.margin === 'inner' ? 'inner' : Number(args.margin);
const MARGINS = [0, 0.002, 0.004, 0.006, 0.008, 0.01, 0.012, 0.015, 0.02, 0.025, 0.03];
function chooseAcross(
  inFolds: (fold: number) => boolean,
  costs: VariantCosts,
  rule: AcrossEditRule,
  target = TARGET_PRECISION
): ModelChoice {
  return thresholdAcross(fitAcross(inFolds, rule), inFolds, costs, target);
}
/**
 * The margin `--margin` asks of fold `outer`'s training folds (every fold when `outer` is -1): a
 * number as given, or chosen by inner cross-validation on those folds alone.
 */
function acrossMargin(outer: number, costs: VariantCosts, rule: AcrossEditRule): number {
  if (MARGIN !== 'inner') return MARGIN;
  const inner = Array.from({ length: FOLDS }, (_, g) => g).filter((g) => g !== outer);
  const fits = inner.map((g) => ({ g, fit: fitAcross((fold) => fold !== outer && fold !== g, rule) }));
  for (const margin of MARGINS)
    if (
      fits.every(({ g, fit }) => {
        const m = thresholdAcross(fit, (fold) => fold !== outer && fold !== g, costs, TARGET_PRECISION + margin);
        const held = measure(byAcross(costs, m, rule), (fold) => fold === g);
        return held.tp / (held.tp + held.fp || 1) >= TARGET_PRECISION;
      })
    )
      return margin;
  return MARGINS[MARGINS.length - 1] as number;
}
function fitAcross(inFolds: (fold: number) => boolean, rule: AcrossEditRule): AcrossFit {
  const rowsIn = [...modelRows].filter(
    ([p]) => inFolds(p.fold) && !refused(p) && !p.given && !sameSkeleton(p) && acrossWeighed(rule, p.x, p.y) && hasEvidence(p)
  );
  let editOdds: ModelChoice['editOdds'];
  if (args['edit-odds']) {
    const counts = new Map<string, [number, number]>();
    let trues = 0;
    for (const [p] of rowsIn) {
      const c = counts.get(editClass(p)) ?? [0, 0];
      c[p.truth ? 0 : 1]++;
      if (p.truth) trues++;
      counts.set(editClass(p), c);
    }
    const base = Math.log((trues + 1) / (rowsIn.length - trues + 1));
    editOdds = {
      byClass: new Map([...counts].map(([k, [t, f]]) => [k, Math.log((t + 1) / (f + 1)) - base])),
      unseen: -base
    };
  }
  const features = rowsIn.map(([p, x]) => acrossFeatures(p, x, editOdds));
  const weights = fitLogistic(
    features,
    rowsIn.map(([p]) => (p.truth ? 1 : 0)),
    { l2: 1, negativeWeight: Number(args['negative-weight']) }
  );
  return { weights, rows: rowsIn.map(([p], k) => [p, features[k] as number[]] as const), ...(editOdds ? { editOdds } : {}) };
}
/** The threshold of a fitted model with the best recall at precision ≥ `target` on the chosen folds, the costs' take of one skeleton counted in. */
function thresholdAcross(fit: AcrossFit, inFolds: (fold: number) => boolean, costs: VariantCosts, target: number): ModelChoice {
  const { weights, editOdds } = fit;
  let positives = 0;
  for (const p of truePairs) if (inFolds(p.fold)) positives++;
  let tp = 0;
  let fp = 0;
  const take = byCosts(costs);
  for (const p of open)
    if (inFolds(p.fold) && take(p)) {
      if (p.truth) tp++;
      else fp++;
    }
  let best: ModelChoice = { weights, threshold: Infinity, trainRecall: tp / positives, ...(editOdds ? { editOdds } : {}) };
  if (tp / (tp + fp) < target) return best;
  const scored = fit.rows
    .filter(([p]) => inFolds(p.fold))
    .map(([p, x]) => ({ truth: p.truth, score: dot(weights, x) }))
    .sort((s, t) => t.score - s.score);
  scored.forEach((s, k) => {
    if (s.truth) tp++;
    else fp++;
    if (scored[k + 1]?.score === s.score) return;
    if (tp / (tp + fp) >= target && tp / positives > best.trainRecall)
      best = { weights, threshold: s.score, trainRecall: tp / positives, ...(editOdds ? { editOdds } : {}) };
  });
  return best;
}
const byAcross = (costs: VariantCosts, m: ModelChoice, rule: AcrossEditRule) => (p: Pair) => {
  if (sameSkeleton(p)) return byCosts(costs)(p);
  const x = modelRows.get(p);
  return (
    !p.given && x !== undefined && acrossWeighed(rule, p.x, p.y) && hasEvidence(p) && dot(m.weights, acrossFeatures(p, x, m.editOdds)) >= m.threshold
  );
};
const byModel = (m: ModelChoice) => (p: Pair) => {
  if (p.given) return engineTakes(p.a, p.b, STRICT_VARIANT_COSTS);
  const x = modelRows.get(p);
  return x !== undefined && dot(m.weights, x) >= m.threshold;
};

const started = performance.now();
const fmt = (x: number) => x.toFixed(3);
const costsText = (c: VariantCosts) =>
  `${c.vowelSameClass} / ${c.vowelOtherClass} / ${c.vowelIndel} / ${c.finalVowel} / ${c.doubled} / ${c.h} / ${c.similarConsonant} / ${c.transposition} / ${c.otherLetter} / ${c.maxDistance} / ${c.threshold.toFixed(4)}`;
const row = (label: string, costs: string, m: Measured) =>
  `| ${label} | ${costs} | ${m.positives} | ${m.byLetters} | ${m.fp} | ${fmt(m.tp / m.positives)} | ${fmt(m.tp / (m.tp + m.byLetters || 1))} | ${fmt(m.tp / (m.tp + m.fp || 1))} |`;
const sum = (ms: readonly Measured[]): Measured => ({
  positives: ms.reduce((s, m) => s + m.positives, 0),
  tp: ms.reduce((s, m) => s + m.tp, 0),
  byLetters: ms.reduce((s, m) => s + m.byLetters, 0),
  fp: ms.reduce((s, m) => s + m.fp, 0)
});
/**
 * Whether every held-out fold meets the issue's two targets, with the lowest recall and precision
 * to four places: a fold printed 0.950 may be 0.9499.
 */
const everyFold = (held: readonly Measured[]): string => {
  const recalls = held.map((m) => m.tp / m.positives);
  const precisions = held.map((m) => m.tp / (m.tp + m.fp || 1));
  const low = (xs: readonly number[]) => Math.min(...xs).toFixed(4);
  const met = recalls.every((r) => r >= 0.9) && precisions.every((p) => p >= TARGET_PRECISION);
  return `Every fold recall ≥ 0.90 and precision ≥ ${TARGET_PRECISION}: **${met ? 'yes' : 'no'}** (lowest recall ${low(recalls)}, lowest precision ${low(precisions)}).`;
};
/** Per rule measured: the held-out folds' rows and measures (one rule, the costs', without `--across`). */
const runs = new Map<string, { rows: string[]; held: Measured[] }>();
const rules: ReadonlyArray<AcrossEditRule | undefined> = ACROSS ? ACROSS_EDITS : [undefined];
for (const rule of rules) runs.set(rule ?? '', { rows: [], held: [] });
for (let f = 0; f < FOLDS; f++) {
  // NB: `--model-only` scores every fold with DEFAULT_VARIANT_COSTS, chosen on every group: with
  // `--across` each fold's own search chose those same costs (session 15), at six minutes a run.
  const costs = args['model-only'] ? DEFAULT_VARIANT_COSTS : choose((fold) => fold !== f);
  for (const rule of rules) {
    const run = runs.get(rule ?? '') as { rows: string[]; held: Measured[] };
    const margin = rule ? acrossMargin(f, costs, rule) : 0;
    const across = rule ? chooseAcross((fold) => fold !== f, costs, rule, TARGET_PRECISION + margin) : undefined;
    const m = measure(across && rule ? byAcross(costs, across, rule) : byCosts(costs), (fold) => fold === f);
    run.held.push(m);
    run.rows.push(
      row(
        `${f + 1}`,
        `${costsText(costs)}${across ? `; model ≥ ${across.threshold.toFixed(3)}${MARGIN === 0 ? '' : ` (precision ≥ ${(TARGET_PRECISION + margin).toFixed(3)} on the other folds)`}` : ''}`,
        m
      )
    );
  }
  process.stderr.write(`fold ${f + 1}: ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
}
const shipped = args['model-only'] ? DEFAULT_VARIANT_COSTS : choose(() => true);
if (ACROSS)
  for (const rule of ACROSS_EDITS) {
    const across = chooseAcross(() => true, shipped, rule, TARGET_PRECISION + acrossMargin(-1, shipped, rule));
    process.stderr.write(
      `model across skeletons on every group, --across-edit ${rule} (recall ${fmt(across.trainRecall)}): { "rule": "${rule}", "weights": [${across.weights.join(', ')}], "threshold": ${across.threshold}${across.editOdds ? `, "editOdds": ${JSON.stringify(Object.fromEntries(across.editOdds.byClass))}, "unseen": ${across.editOdds.unseen}` : ''} }\n`
    );
  }
const modelHeld: Measured[] = [];
const modelFoldRows: string[] = [];
const NEGATIVE_WEIGHT = Number(args['negative-weight']);
for (let f = 0; f < FOLDS; f++) {
  const m = chooseModel((fold) => fold !== f, NEGATIVE_WEIGHT);
  const measured = measure(byModel(m), (fold) => fold === f);
  modelHeld.push(measured);
  modelFoldRows.push(row(`${f + 1}`, fmt(m.trainRecall), measured));
}
const modelTotal = sum(modelHeld);
if (!args['model-only']) process.stderr.write(`costs on every group, to ship: ${JSON.stringify(shipped)}\n`);
const shippedModel = chooseModel(() => true, NEGATIVE_WEIGHT);
process.stderr.write(
  `model on every group: threshold ${shippedModel.threshold}\n${VARIANT_FEATURE_NAMES.map((n, i) => `  ${n}: ${shippedModel.weights[i]?.toFixed(3)}`).join('\n')}\n` +
    `as a VariantModel: { weights: [${shippedModel.weights.join(', ')}], threshold: ${shippedModel.threshold} }\n`
);
/** The engine's rule as committed (`isSpellingVariant`): one skeleton, and `DEFAULT_VARIANT_COSTS`. */
const byEngine = (p: Pair) => engineTakes(p.a, p.b, DEFAULT_VARIANT_COSTS);
const current = measure(byEngine, () => true);
const bold = (line: string) => line.replace(/\| ([\d.]+) \| ([\d.]+) \| ([\d.]+) \|$/, '| **$1** | $2 | **$3** |');
const keyOnly = measure(
  (p) => transliterationKey(p.a) === transliterationKey(p.b),
  () => true
);
const lettersTakeWords = wordPairs.filter(([a, b]) => engineTakes(a, b, DEFAULT_VARIANT_COSTS));
// The true pairs the corpora hold as two names with contexts: what the context test makes of them.
const inCorpora = truePairs.filter(
  (p) => isName(p.a) === true && isName(p.b) === true && related(p.a, p.b) !== undefined && byEngine(p)
);
const keptInCorpora = inCorpora.filter((p) => related(p.a, p.b) === true);
const ceiling = truePairs.filter((p) => sharesSpellingKey(p.x, p.y)).length / truePairs.length;
const loosest = candidates.filter((p) => p.truth).length / truePairs.length;
const oneSkeleton = truePairs.filter(sameSkeleton).length / truePairs.length;

const table = [
  `Groups file \`${path.basename(path.dirname(groupsFile))}/${path.basename(groupsFile)}\`: ${groups.length.toLocaleString('en')} groups of 2+ spellings of ${MIN_LENGTH}+ letters,`,
  `${truePairs.length.toLocaleString('en')} true pairs. False pairs: words of the bbc-news-2225 + reuters-21578 vocabulary that the engine compares`,
  `(${KEYS ? 'a shared spelling key: `--candidates keys`' : 'one consonant skeleton'}) or that look alike, ${wordPairs.length.toLocaleString('en')} with a common word in them and ${namePairs.length.toLocaleString('en')} of two names that no group holds`,
  `together (some of those are one name, Glen/Glenn: all count as false, so the precision is a floor).`,
  `\`npm run eval:variants\`, ${new Date().toISOString().slice(0, 10)}. Each fold is scored with a rule chosen on the other ${FOLDS - 1} folds (groups split ${FOLDS} ways,`,
  `false pairs by a hash of the pair) for the best recall at precision ≥ ${TARGET_PRECISION} there, with casing and context applied. "Letters" counts`,
  `every look-alike pair of two names the letters take; "+ context" leaves out those the corpora show among different names (a true`,
  `pair is taken to share its context: see below).`,
  '',
  ...[...runs].flatMap(([rule, run]) => [
    rule
      ? `**Measured, not shipped: the costs on one skeleton, a logistic model on skeletons a consonant apart** (\`--across --across-edit ${rule}\`; the model on pairs at most ${MAX_LENGTH_GAP} letters apart in length that open alike, ${ACROSS_EDIT_TEXT[rule as AcrossEditRule]}${args['edit-odds'] ? ', and each consonant edit\'s log-odds on the training folds as one more feature (`--edit-odds`)' : ''}${args['across-evidence'] ? ', only pairs the corpora show among the same names (`--across-evidence`; a true pair is taken to be)' : ''}${args['across-shape'] ? ', with the pair\'s shape as more features (`--across-shape`)' : ''}${MARGIN === 0 ? '' : `, its training precision raised by ${MARGIN === 'inner' ? 'a margin chosen by inner cross-validation' : MARGIN} (\`--margin ${MARGIN}\`)`}${ACRONYMS ? ', words written all in capitals refused (`--acronyms`)' : ''}, its threshold after "model ≥"). Costs: vowel same class / other class / vowel added or`
      : `**The engine's rule: costs of the edits chosen by a coordinate search** (vowel same class / other class / vowel added or`,
    `dropped / final vowel added or dropped / doubled letter / h / similar consonant / letters swapped / other letter / largest`,
    `distance / threshold per letter)${args['model-only'] ? (rule ? '; `--model-only`: the costs are `DEFAULT_VARIANT_COSTS` on every fold' : ': not run (`--model-only`)') : ''}:`,
    '',
    '| held-out fold | costs chosen on the other folds | true pairs | false pairs taken by the letters | of them left by context | recall | precision, letters + casing | precision, + context |',
    '|---:|---|---:|---:|---:|---:|---:|---:|',
    ...(args['model-only'] && !rule ? [] : [...run.rows, bold(row('**all folds**', '', sum(run.held))), '', everyFold(run.held)]),
    ''
  ]),
  `**Measured, not shipped: a logistic model over the edits** (\`scripts/eval/variantModel.ts\`; negatives weighted ${NEGATIVE_WEIGHT}${args['weigh-by-df'] ? ', each false pair by ln(1 + the smaller df)' : ''}),`,
  `fitted on the other folds, its threshold set there:`,
  '',
  '| held-out fold | recall on the other folds | true pairs | false pairs taken by the letters | of them left by context | recall | precision, letters + casing | precision, + context |',
  '|---:|---|---:|---:|---:|---:|---:|---:|',
  ...modelFoldRows,
  bold(row('**all folds**', '', modelTotal)),
  '',
  `- Costs tuned on every group: ${args['model-only'] ? 'not run' : costsText(shipped)}. \`DEFAULT_VARIANT_COSTS\` as committed: recall ${fmt(current.tp / current.positives)},`,
  `  precision ${fmt(current.tp / (current.tp + current.fp))} with context, ${fmt(current.tp / (current.tp + current.byLetters))} without (all pairs, in-sample).`,
  `- Ceiling: ${fmt(oneSkeleton)} of the true pairs share a consonant skeleton, the only ones the engine compares (${fmt(loosest)} ${KEYS ? 'share a spelling key' : 'share it'} and pass the loosest costs searched, the model's gate); ${fmt(ceiling)} share a skeleton or one a consonant apart (\`--candidates keys\`).`,
  `- The transliteration key (the rule before \`isSpellingVariant\`), with casing and context: recall ${fmt(keyOnly.tp / keyOnly.positives)}, precision ${fmt(keyOnly.tp / (keyOnly.tp + keyOnly.fp))}.`,
  `- Common words: the engine takes none (both words must be names); the letters alone would take`,
  `  ${lettersTakeWords.length.toLocaleString('en')} of the ${wordPairs.length.toLocaleString('en')}: casing, not spelling, keeps them apart.`,
  `- True pairs found in the corpora as two names, taken by the letters: ${inCorpora.length}; the context test keeps ${keptInCorpora.length}`,
  `  (${shuffled(keptInCorpora, 2)
    .slice(0, 6)
    .map((p) => `${p.a}/${p.b}`)
    .join(', ')}) and parts the rest (${shuffled(
    inCorpora.filter((p) => !keptInCorpora.includes(p)),
    2
  )
    .slice(0, 8)
    .map((p) => `${p.a}/${p.b}`)
    .join(', ')}).`
].join('\n');
process.stdout.write(`${table}\n`);

const list = Number(args.list);
if (list > 0) {
  const take = byEngine;
  const show = (items: readonly Pair[]) =>
    shuffled(items, 1)
      .slice(0, list)
      .map(
        (p) =>
          `  ${p.a} ${p.b} ${spellingSkeleton(p.x) === spellingSkeleton(p.y) ? letterScore(p.x, p.y, DEFAULT_VARIANT_COSTS).toFixed(3) : 'other skeleton'}`
      )
      .join('\n');
  const taken = falsePairs.filter((p) => !refused(p) && take(p));
  const missed = truePairs.filter((p) => !take(p));
  process.stdout.write(`\nFalse pairs taken (${taken.length}):\n${show(taken)}\n`);
  process.stdout.write(`True pairs missed (${missed.length}):\n${show(missed)}\n`);
}
if (args.markdown) writeSection(path.join(ROOT, 'docs', 'variants.md'), 'variants', table);
