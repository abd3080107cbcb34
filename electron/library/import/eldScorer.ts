/**
 * eld's `detect()` (eld 2.1, `extrasmall` data) done again over the same data, giving the same
 * answers at a small part of the cost, because detection runs once per imported article in the
 * extraction worker, the thread an import waits on.
 *
 * eld keeps its n-grams in a plain object of 49,553 string keys, builds every n-gram of the text as
 * a new string key of another object and walks each hit's scores with `for…in`: about 0.2 ms an
 * article on a quiet core, 4–5 s over reuters-21578 (the import benchmark's 4.2 s became 9.6 s).
 * Here each n-gram (at most six characters of eld's byte alphabet, each < 256) is a number, looked
 * up in an open-addressing table of typed arrays built once per thread, and the scores are added in
 * a typed array.
 *
 * NB: eld's n-gram data, byte alphabet, word separators and average scores are not in its package's
 * exports; they are taken from files beside the entry point (`eld/src/…`; the n-grams read as text
 * by {@link parseNgramsSource}), so an eld release that moves them or writes them another way makes
 * {@link loadEldScorer} throw and the caller falls back to `eld.detect` (slower, same answers).
 * `eldScorer.test.ts` holds this copy to eld's own data and answers.
 *
 * The steps and their order follow eld's `src/languageDetector.js` and `src/LanguageResult.js`
 * (Apache-2.0, Nito T.M.), which is what makes the answers the same.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

/** What eld answers for a text: its best language (`''` when none scores) and whether eld calls it reliable. */
export interface EldAnswer {
  readonly language: string;
  readonly reliable: boolean;
}

interface EldData {
  readonly ngrams: NgramRows;
  readonly avgScore: Readonly<Record<string, number>>;
  readonly dictionary: readonly string[];
  readonly separators: RegExp;
}

/** eld stores each score less this much, to keep its files small; every hit adds it back. */
const BASE_NGRAM_SCORE = 53;
/** eld reads at most this many characters, then words until just past 350 UTF-8 bytes (380 at most). */
const MAX_CHARS = 1000;
const CUT_AFTER_BYTES = 350;
const ENFORCE_CUT_AFTER_BYTES = 380;
/**
 * The opening read first (up to the next space or line break): more than the ~350 bytes eld reads
 * in most texts, so the whole sample is cleaned only for texts of many digits and punctuation.
 */
const PREFIX_CHARS = 480;
/** Words are cut to this many bytes for n-grams (but the last n-gram runs to the word's end, as eld's does). */
const MAX_WORD_BYTES = 70;
/** eld's `orderAndScale` scale and `isReliable` default threshold. */
const SCALE = 25;
const THRESHOLD_RATIO = 0.75;
/** The longest n-gram in eld's data: a space, four bytes, a space. */
const MAX_NGRAM = 6;
/** Room for every byte and n-gram of one sample (≤ 384 bytes, fewer n-grams). */
const BUFFER = 1024;
/** The table of one text's distinct n-grams: twice the most a text can have. */
const SEEN_BITS = 11;
const SEEN_MASK = (1 << SEEN_BITS) - 1;

/** eld's detection over a text, computed the fast way. */
export interface EldScorer {
  /** eld's `detect(text)`: `language` and `isReliable()`. */
  detect(text: string): EldAnswer;
  /** eld's `detect(text).getScores()`: each scoring language's scaled score, best first. */
  scores(text: string): Record<string, number>;
}

/**
 * Loads eld's data and builds the lookup table (once per thread; about 20 ms).
 * Throws when eld's files are not where eld 2.1 keeps them or not in its shape.
 *
 * @example const eldFast = await loadEldScorer(); eldFast.detect('Les rebelles syriens ont annoncé…').language // 'fr'
 */
export async function loadEldScorer(): Promise<EldScorer> {
  return buildScorer(await importEldData());
}

async function importEldData(): Promise<EldData> {
  const entry = import.meta.resolve('eld/extrasmall');
  const load = (file: string) => import(/* @vite-ignore */ new URL(file, entry).href) as Promise<Record<string, unknown>>;
  // NB: the n-grams (a 950 kB object literal) are read as text, not imported: compiling and running
  // that module took 0.5 s of a thread's start, more than a one-file import does in all.
  const ngramsSource = fs.promises.readFile(fileURLToPath(new URL('../ngrams/extrasmall.js', entry)), 'utf8');
  const [avg, dictionary, patterns] = await Promise.all([load('../avgScore.js'), load('../dictionary.js'), load('../regexPatterns.js')]);
  const data = {
    ngrams: parseNgramsSource(await ngramsSource),
    avgScore: avg.avgScore,
    dictionary: dictionary.dictionary,
    separators: patterns.separators
  } as EldData;
  const ok =
    typeof data.avgScore === 'object' &&
    Array.isArray(data.dictionary) &&
    data.dictionary.length === 256 &&
    data.separators instanceof RegExp &&
    data.separators.global;
  if (!ok) throw new Error('eld’s data is not where or what eld 2.1 keeps.');
  return data;
}

function buildScorer(data: EldData): EldScorer {
  const { codes } = data.ngrams;
  // NaN for a language without an average, as eld's `undefined * 0.75` is.
  const average = Float64Array.from(codes, (code) => data.avgScore[code] ?? NaN);
  const alphabet = Uint8Array.from(data.dictionary, (ch) => {
    if (ch.length !== 1 || ch.charCodeAt(0) === 0 || ch.charCodeAt(0) > 255) throw new Error('eld’s byte alphabet changed.');
    return ch.charCodeAt(0);
  });
  const table = indexRows(data.ngrams);
  const separators = data.separators;
  const scores = new Float64Array(codes.length);
  const bytes = new Uint8Array(BUFFER);
  const grams = new Float64Array(BUFFER);
  const wordEnds = new Int32Array(BUFFER);
  const tails = new Set<string>();
  // The n-grams of the text being scored: a slot is taken when its generation is the current one.
  const seenKeys = new Float64Array(1 << SEEN_BITS);
  const seenGeneration = new Uint32Array(1 << SEEN_BITS);
  let generation = 0;

  /** Fills `scores` for a text; returns how many distinct n-grams it has (eld's numNgrams). */
  const score = (text: string): number => {
    // NB: eld cleans its first 1,000 characters but reads words only up to about 350 bytes, so the
    // opening up to a whitespace past PREFIX_CHARS is read first, and the whole 1,000 only when
    // the byte cut was not reached in it (see readWords: the same words either way).
    const cut = text.length > PREFIX_CHARS ? prefixEnd(text) : -1;
    const words = (cut > 0 && readWords(text.substring(0, cut), true)) || readWords(text.substring(0, MAX_CHARS), false);
    return scoreWords(words);
  };

  /**
   * eld's textProcessor (separators, trim, lower case), then strToUtf8Bytes: the words' bytes in
   * eld's alphabet, one after another in `bytes`, and where each word ends in `wordEnds`; returns
   * how many words. With `mustCut`, returns 0 when the text ran out before a byte cut: `text` is
   * then a prefix ending in whitespace, whose words are the whole sample's only when the cut falls
   * inside it. NB: cleaning a prefix that ends in whitespace gives the whole sample's cleaned
   * prefix: the whitespace ends a run of separators either way (it is no apostrophe), and Greek
   * final sigma looks no further than a space when lower-casing.
   */
  const readWords = (text: string, mustCut: boolean): number => {
    const str = text.replace(separators, ' ').trim().toLowerCase();
    let n = 0;
    let counted = 0;
    let words = 0;
    let i = 0;
    for (; i < str.length; i++) {
      let c = str.charCodeAt(i);
      if (c < 0x80) {
        if (c === 32) {
          if (words === 0 ? n > 0 : n > wordEnds[words - 1]!) wordEnds[words++] = n;
          if (counted > CUT_AFTER_BYTES) break;
        } else bytes[n++] = c;
        counted++;
      } else if (c < 0x800) {
        bytes[n++] = alphabet[0xc0 | (c >> 6)]!;
        bytes[n++] = alphabet[0x80 | (c & 0x3f)]!;
        counted += 2;
      } else if (c < 0xd800 || c >= 0xe000) {
        bytes[n++] = alphabet[0xe0 | (c >> 12)]!;
        bytes[n++] = alphabet[0x80 | ((c >> 6) & 0x3f)]!;
        bytes[n++] = alphabet[0x80 | (c & 0x3f)]!;
        counted += 3;
      } else {
        i++;
        c = 0x10000 + (((c & 0x3ff) << 10) | (str.charCodeAt(i) & 0x3ff));
        bytes[n++] = alphabet[0xf0 | (c >> 18)]!;
        bytes[n++] = alphabet[0x80 | ((c >> 12) & 0x3f)]!;
        bytes[n++] = alphabet[0x80 | ((c >> 6) & 0x3f)]!;
        bytes[n++] = alphabet[0x80 | (c & 0x3f)]!;
        counted += 4;
      }
      if (counted > ENFORCE_CUT_AFTER_BYTES) break;
    }
    if (mustCut && i >= str.length) return 0;
    if (words === 0 ? n > 0 : n > wordEnds[words - 1]!) wordEnds[words++] = n;
    return words;
  };

  /** eld's getByteNgrams and calculateScores over the words `readWords` left; returns eld's numNgrams. */
  const scoreWords = (words: number): number => {

    // eld's getByteNgrams: in each word, 4-byte n-grams at a stride of 3 (a space before the
    // first), then the word's last four bytes with a space after.
    let gramCount = 0;
    let longTails = 0;
    for (let w = 0, start = 0; w < words; start = wordEnds[w++]!) {
      const end = wordEnds[w]!;
      const len = Math.min(end - start, MAX_WORD_BYTES);
      let j = 0;
      for (; j + 4 < len; j += 3) grams[gramCount++] = gramKey(bytes, start + j, start + j + 4, j === 0, false);
      const from = start + (len === 3 ? 0 : Math.max(len - 4, 0));
      // NB: eld takes `word.substring(len - 4)` with len capped at 70, which runs to the end of a
      // longer word: such an n-gram is longer than any in the data, so it only counts, once per
      // distinct text (a number could not hold it exactly).
      if (end - from + 2 > MAX_NGRAM) {
        tails.add(String.fromCharCode(...bytes.subarray(from, end)));
        longTails++;
      } else grams[gramCount++] = gramKey(bytes, from, end, j === 0, true);
    }

    // eld's calculateScores over the distinct n-grams; its numNgrams counts them all, known or not.
    scores.fill(0);
    let distinct = 0;
    if (longTails > 0) {
      distinct = tails.size;
      tails.clear();
    }
    generation = (generation + 1) >>> 0;
    if (generation === 0) {
      // Once in 2^32 texts: start the marks again.
      seenGeneration.fill(0);
      generation = 1;
    }
    for (let i = 0; i < gramCount; i++) {
      const key = grams[i]!;
      let slot = slotOf(key, SEEN_BITS);
      while (seenGeneration[slot] === generation && seenKeys[slot] !== key) slot = (slot + 1) & SEEN_MASK;
      if (seenGeneration[slot] === generation) continue;
      seenGeneration[slot] = generation;
      seenKeys[slot] = key;
      distinct++;
      const span = table.find(key);
      const pairs = table.pairs;
      for (let p = 2 * (span >>> SPAN_BITS), end = p + 2 * (span & SPAN_MASK); p < end; p += 2) scores[pairs[p]!]! += pairs[p + 1]!;
    }
    return distinct;
  };

  const detect = (text: string): EldAnswer => {
    const distinct = score(text);

    // getMaxLang: the first language with the highest score above 0.
    let best = -1;
    let bestScore = 0;
    for (let l = 0; l < scores.length; l++) {
      if (scores[l]! > bestScore) {
        bestScore = scores[l]!;
        best = l;
      }
    }
    if (best < 0) return { language: '', reliable: false };
    return { language: codes[best]!, reliable: isReliable(scores, distinct, average[best]!) };
  };

  return {
    detect,
    scores(text) {
      const distinct = score(text);
      // eld answers no scores when no language scores.
      if (!scores.some((s) => s > 0)) return {};
      return Object.fromEntries(orderAndScale(scores, distinct).map(([l, s]) => [codes[l]!, s]));
    }
  };
}

/**
 * Where the prefix read first ends: one past the first space or line break at or after
 * {@link PREFIX_CHARS} and before {@link MAX_CHARS}; -1 when there is none (the whole sample is read).
 */
function prefixEnd(text: string): number {
  for (let i = PREFIX_CHARS; i < MAX_CHARS - 1 && i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10) return i + 1;
  }
  return -1;
}

/** eld's `orderAndScale`: [language, score] of each language scoring above 0, best first. */
function orderAndScale(scores: Float64Array, numNgrams: number): Array<[number, number]> {
  const ordered: Array<[number, number]> = [];
  for (let l = 0; l < scores.length; l++) {
    if (scores[l]! > 0) {
      const ngramScore = scores[l]! / numNgrams;
      ordered.push([l, ngramScore / (ngramScore + SCALE)]);
    }
  }
  // Stable, as eld's: languages with equal scores stay in their order.
  return ordered.sort((a, b) => b[1] - a[1]);
}

/**
 * eld's `isReliable(0.75)` on `orderAndScale`'s answer, of which it reads only the first two
 * entries: found here in one pass, in the order eld's stable sort gives (equal scaled scores keep
 * the lower language first), without building and sorting the list.
 */
function isReliable(scores: Float64Array, numNgrams: number, averageOfBest: number): boolean {
  if (numNgrams < 3) return false;
  let first = -1;
  let firstScore = -Infinity;
  let second = -1;
  let secondScore = -Infinity;
  for (let l = 0; l < scores.length; l++) {
    if (scores[l]! <= 0) continue;
    const ngramScore = scores[l]! / numNgrams;
    const scaled = ngramScore / (ngramScore + SCALE);
    if (scaled > firstScore) {
      second = first;
      secondScore = firstScore;
      first = l;
      firstScore = scaled;
    } else if (scaled > secondScore) {
      second = l;
      secondScore = scaled;
    }
  }
  if (first < 0) return false;
  // NB: eld compares the best score with the runner-up's language *index* (`results[1][0]`), not
  // its score; copied as is, since the point is eld's answers.
  const next = second >= 0 ? second : 0;
  return !(averageOfBest * THRESHOLD_RATIO > firstScore || 0.01 > Math.abs(firstScore - next));
}

/**
 * An n-gram as a number: its bytes in base 256, first byte lowest (at most 6 bytes, < 2^48, so
 * exact in a double; no byte is 0, so lengths cannot collide). `space` adds eld's leading space,
 * `trailingSpace` its closing one.
 */
function gramKey(bytes: Uint8Array, from: number, to: number, space: boolean, trailingSpace: boolean): number {
  let key = 0;
  let weight = 1;
  if (space) {
    key = 32;
    weight = 256;
  }
  for (let i = from; i < to; i++) {
    key += bytes[i]! * weight;
    weight *= 256;
  }
  return trailingSpace ? key + 32 * weight : key;
}

/** A slot for an n-gram's number in a table of 2^bits slots (Fibonacci-style hashing of both halves). */
function slotOf(key: number, bits: number): number {
  return Math.imul((key >>> 0) ^ Math.imul(Math.floor(key / 4294967296), 0x9e3779b1), 0x85ebca6b) >>> (32 - bits);
}

/** eld's n-gram data (`ngramsData` of `eld/src/ngrams/extrasmall.js`) in typed arrays, one row per n-gram. */
export interface NgramRows {
  /** Language codes, by eld's number for each. */
  readonly codes: readonly string[];
  /** Row r's n-gram as a number (its bytes in base 256, first byte lowest). */
  readonly keys: Float64Array;
  /** Row r's scores: `languages`/`scores` from `offsets[r]` to `offsets[r + 1]`; one more entry than rows. */
  readonly offsets: Uint32Array;
  readonly languages: Uint8Array;
  /** As eld adds them: the stored score plus {@link BASE_NGRAM_SCORE}. */
  readonly scores: Uint16Array;
}

/**
 * Reads eld's n-gram module as data, `export const ngramsData = {type:…,languages:{0:'am',…},…,
 * ngrams:{'gram':{language:score,…},…}}`, without running it. Throws on anything not in that
 * shape (an eld release that writes its data another way), on an n-gram or a language given
 * twice (JavaScript would keep the last; no release has one), and on a string escape other than
 * `\'`, `\"` and `\\`. `eldScorer.test.ts` holds every row to the module's object.
 */
export function parseNgramsSource(source: string): NgramRows {
  let at = 0;
  const fail = (what: string): never => {
    throw new Error(`eld’s n-gram data is not in the shape of eld 2.1 (${what} at character ${at}).`);
  };
  const space = () => {
    while (at < source.length && source.charCodeAt(at) <= 32) at++;
  };
  const expect = (code: number) => {
    space();
    if (source.charCodeAt(at) !== code) fail(`expected ${String.fromCharCode(code)}`);
    at++;
  };
  /** After an entry: true for a comma and another entry, false for the closing brace. */
  const next = (): boolean => {
    space();
    if (source.charCodeAt(at) === COMMA) {
      at++;
      space();
      if (source.charCodeAt(at) !== CLOSE) return true;
    }
    expect(CLOSE);
    return false;
  };
  const integer = (): number => {
    space();
    let value = 0;
    let digits = 0;
    for (let c = source.charCodeAt(at); c >= 48 && c <= 57; c = source.charCodeAt(++at)) {
      value = value * 10 + (c - 48);
      digits++;
    }
    if (digits === 0 || digits > 9) fail('a number');
    return value;
  };
  /**
   * A property name or string, quoted or bare, as an n-gram's number ({@link gramKey}'s) or, with
   * `text`, in {@link text}. NB: eld leaves names that are identifiers unquoted (`L_QL:{…}`, a
   * sixth of them).
   */
  let text = '';
  const name = (asText: boolean): number => {
    space();
    const quote = source.charCodeAt(at);
    const bare = quote !== 39 && quote !== 34;
    // A bare name starting with a digit would be a number, which JavaScript writes its own way.
    if (bare && !isIdentifierCode(quote, false)) fail('a name');
    if (!bare) at++;
    let key = 0;
    let weight = 1;
    let length = 0;
    text = '';
    for (;;) {
      let c = source.charCodeAt(at);
      if (bare) {
        if (!isIdentifierCode(c, true)) break;
        at++;
      } else {
        at++;
        if (at > source.length) fail('an unclosed string');
        if (c === quote) break;
        if (c === 92) {
          c = source.charCodeAt(at++);
          if (c !== 39 && c !== 34 && c !== 92) fail('an escape');
        }
      }
      if (asText) text += String.fromCharCode(c);
      else {
        if (c === 0 || c > 255 || ++length > MAX_NGRAM) fail('an n-gram outside eld’s byte alphabet');
        key += c * weight;
        weight *= 256;
      }
    }
    return key;
  };

  at = source.indexOf('ngramsData');
  if (at < 0) fail('no ngramsData');
  at += 'ngramsData'.length;
  expect(61); // =
  expect(OPEN);
  const codes: string[] = [];
  // Room for the most rows (`a:{0:0}`, 7 characters) and scores (`0:0`, 4) the text can hold.
  let rows = 0;
  let entries = 0;
  const keys = new Float64Array(Math.ceil(source.length / 7));
  const offsets = new Uint32Array(keys.length + 1);
  const languages = new Uint8Array(Math.ceil(source.length / 4));
  const scores = new Uint16Array(languages.length);
  let sawNgrams = false;
  for (let more = true; more; more = next()) {
    name(true);
    const field = text;
    expect(COLON);
    if (field === 'languages') {
      expect(OPEN);
      for (let entry = true; entry; entry = next()) {
        if (integer() !== codes.length) fail('languages not numbered 0…n');
        expect(COLON);
        name(true);
        codes.push(text);
      }
    } else if (field === 'ngrams') {
      sawNgrams = true;
      expect(OPEN);
      for (let row = true; row; row = next()) {
        keys[rows] = name(false);
        offsets[rows++] = entries;
        expect(COLON);
        expect(OPEN);
        const rowStart = entries;
        for (let entry = true; entry; entry = next()) {
          const language = integer();
          expect(COLON);
          const score = integer();
          if (language >= codes.length) fail('a score for an unknown language');
          for (let e = rowStart; e < entries; e++) if (languages[e] === language) fail('a language given twice in one n-gram');
          languages[entries] = language;
          scores[entries++] = score + BASE_NGRAM_SCORE;
        }
      }
    } else {
      // `type:'XS60'`, `isSubset:false`: read past a string or a word.
      name(true);
    }
  }
  if (!sawNgrams || codes.length === 0 || codes.length > 255) fail('no languages or n-grams');
  offsets[rows] = entries;
  return {
    codes,
    keys: keys.slice(0, rows),
    offsets: offsets.slice(0, rows + 1),
    languages: languages.slice(0, entries),
    scores: scores.slice(0, entries)
  };
}

interface NgramTable {
  /**
   * An n-gram's scores as one number: where they start in {@link pairs} (in pairs) times 2^{@link SPAN_BITS},
   * plus how many languages it scores for; 0 (none) when the data lacks it.
   */
  find(key: number): number;
  /** Each row's (language, score) pairs, one after another: one cache line holds a row's first 16. */
  readonly pairs: Uint16Array;
}

/** Bits of a span ({@link NgramTable.find}) that count its languages (eld has 60). */
const SPAN_BITS = 7;
const SPAN_MASK = (1 << SPAN_BITS) - 1;

const OPEN = 123; // {
const CLOSE = 125; // }
const COMMA = 44;
const COLON = 58;

/** An ASCII letter, `_` or `$` (or, with `digits`, a digit): a character of a bare JavaScript name as eld writes them. */
function isIdentifierCode(c: number, digits: boolean): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36 || (digits && c >= 48 && c <= 57);
}

/**
 * The rows' lookup table: an n-gram's number to its scores, by open addressing. NB: each slot holds
 * the n-gram's number and its span side by side, and the scores are (language, score) pairs: a
 * look-up touches two places in memory, not five (the table is ~2 MB, past a core's cache, and
 * every article looks up a hundred n-grams).
 */
function indexRows(rows: NgramRows): NgramTable {
  const count = rows.keys.length;
  const bits = Math.ceil(Math.log2(count * 2));
  const mask = (1 << bits) - 1;
  // Slot s: its n-gram's number at 2s, its span at 2s + 1 (0 for an empty slot: no n-gram is 0).
  const slots = new Float64Array(2 << bits);
  const pairs = new Uint16Array(2 * rows.languages.length);
  for (let p = 0; p < rows.languages.length; p++) {
    pairs[2 * p] = rows.languages[p]!;
    pairs[2 * p + 1] = rows.scores[p]!;
  }
  for (let row = 0; row < count; row++) {
    const key = rows.keys[row]!;
    const start = rows.offsets[row]!;
    const languages = rows.offsets[row + 1]! - start;
    // NB: a span must fit in 32 bits (`>>>` reads it): eld's data holds ~10^6 pairs, far below 2^25.
    if (languages > SPAN_MASK || start >= 2 ** (32 - SPAN_BITS)) throw new Error('eld’s n-gram data is larger than this table holds.');
    let slot = slotOf(key, bits);
    while (slots[2 * slot] !== 0) {
      if (slots[2 * slot] === key) throw new Error('eld’s n-gram data has an n-gram twice.');
      slot = (slot + 1) & mask;
    }
    slots[2 * slot] = key;
    slots[2 * slot + 1] = start * (SPAN_MASK + 1) + languages;
  }
  return {
    pairs,
    find(key) {
      for (let slot = slotOf(key, bits); ; slot = (slot + 1) & mask) {
        const at = slots[2 * slot]!;
        if (at === key) return slots[2 * slot + 1]!;
        if (at === 0) return 0;
      }
    }
  };
}
