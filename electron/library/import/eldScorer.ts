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
 * exports; they are imported from files beside the entry point (`eld/src/…`), so an eld release
 * that moves them makes {@link loadEldScorer} throw and the caller falls back to `eld.detect`
 * (slower, same answers). `eldScorer.test.ts` holds this copy to eld's own answers.
 *
 * The steps and their order follow eld's `src/languageDetector.js` and `src/LanguageResult.js`
 * (Apache-2.0, Nito T.M.), which is what makes the answers the same.
 */

/** What eld answers for a text: its best language (`''` when none scores) and whether eld calls it reliable. */
export interface EldAnswer {
  readonly language: string;
  readonly reliable: boolean;
}

interface EldData {
  readonly ngramsData: {
    readonly languages: Readonly<Record<string, string>>;
    readonly ngrams: Readonly<Record<string, Readonly<Record<string, number>>>>;
  };
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
 * Loads eld's data and builds the lookup table (once per thread; tens of milliseconds).
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
  const [ngrams, avg, dictionary, patterns] = await Promise.all([
    load('../ngrams/extrasmall.js'),
    load('../avgScore.js'),
    load('../dictionary.js'),
    load('../regexPatterns.js')
  ]);
  const data = {
    ngramsData: ngrams.ngramsData,
    avgScore: avg.avgScore,
    dictionary: dictionary.dictionary,
    separators: patterns.separators
  } as EldData;
  const ok =
    typeof data.ngramsData?.ngrams === 'object' &&
    typeof data.ngramsData.languages === 'object' &&
    typeof data.avgScore === 'object' &&
    Array.isArray(data.dictionary) &&
    data.dictionary.length === 256 &&
    data.separators instanceof RegExp &&
    data.separators.global;
  if (!ok) throw new Error('eld’s data is not where or what eld 2.1 keeps.');
  return data;
}

function buildScorer(data: EldData): EldScorer {
  const languageIds = Object.keys(data.ngramsData.languages);
  const codes = languageIds.map((id, i) => {
    if (Number(id) !== i) throw new Error('eld’s languages are not numbered 0…n.');
    return data.ngramsData.languages[id]!;
  });
  // NaN for a language without an average, as eld's `undefined * 0.75` is.
  const average = Float64Array.from(codes, (code) => data.avgScore[code] ?? NaN);
  const alphabet = Uint8Array.from(data.dictionary, (ch) => {
    if (ch.length !== 1 || ch.charCodeAt(0) === 0 || ch.charCodeAt(0) > 255) throw new Error('eld’s byte alphabet changed.');
    return ch.charCodeAt(0);
  });
  const table = buildTable(data.ngramsData.ngrams, codes.length);
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
    // eld's textProcessor (separators, trim, lower case), then strToUtf8Bytes: the words' bytes in
    // eld's alphabet, one after another, and where each word ends.
    const str = text.substring(0, MAX_CHARS).replace(separators, ' ').trim().toLowerCase();
    let n = 0;
    let counted = 0;
    let words = 0;
    for (let i = 0; i < str.length; i++) {
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
    if (words === 0 ? n > 0 : n > wordEnds[words - 1]!) wordEnds[words++] = n;

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
      const at = table.find(key);
      for (let p = table.offsets[at]!, end = table.offsets[at + 1]!; p < end; p++)
        scores[table.languages[p]!]! += table.scores[p]!;
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

function keyOfString(gram: string): number {
  if (gram.length > MAX_NGRAM) throw new Error('eld’s n-grams are longer than six bytes.');
  let key = 0;
  let weight = 1;
  for (let i = 0; i < gram.length; i++) {
    const c = gram.charCodeAt(i);
    if (c === 0 || c > 255) throw new Error('eld’s n-grams are not in its byte alphabet.');
    key += c * weight;
    weight *= 256;
  }
  return key;
}

/** A slot for an n-gram's number in a table of 2^bits slots (Fibonacci-style hashing of both halves). */
function slotOf(key: number, bits: number): number {
  return Math.imul((key >>> 0) ^ Math.imul(Math.floor(key / 4294967296), 0x9e3779b1), 0x85ebca6b) >>> (32 - bits);
}

interface NgramTable {
  /** Slot of an n-gram, or the empty row (`offsets` gives it no scores) when the data lacks it. */
  find(key: number): number;
  /** Scores of n-gram row r: `languages`/`scores` from `offsets[r]` to `offsets[r + 1]`. */
  readonly offsets: Uint32Array;
  readonly languages: Uint8Array;
  readonly scores: Uint16Array;
}

function buildTable(ngrams: EldData['ngramsData']['ngrams'], languageCount: number): NgramTable {
  const grams = Object.keys(ngrams);
  let entries = 0;
  for (const gram of grams) entries += Object.keys(ngrams[gram]!).length;
  // The last row is the empty one answered for n-grams the data does not hold.
  const offsets = new Uint32Array(grams.length + 2);
  const languages = new Uint8Array(entries);
  const scores = new Uint16Array(entries);
  const bits = Math.ceil(Math.log2(grams.length * 2));
  const mask = (1 << bits) - 1;
  const keys = new Float64Array(1 << bits);
  const rows = new Int32Array(1 << bits).fill(-1);
  let at = 0;
  grams.forEach((gram, row) => {
    offsets[row] = at;
    const byLanguage = ngrams[gram]!;
    for (const language of Object.keys(byLanguage)) {
      const id = Number(language);
      if (!(id >= 0 && id < languageCount)) throw new Error('eld’s n-gram scores name an unknown language.');
      languages[at] = id;
      scores[at] = byLanguage[language]! + BASE_NGRAM_SCORE;
      at++;
    }
    const key = keyOfString(gram);
    let slot = slotOf(key, bits);
    while (rows[slot] !== -1) slot = (slot + 1) & mask;
    keys[slot] = key;
    rows[slot] = row;
  });
  offsets[grams.length] = at;
  offsets[grams.length + 1] = at;
  const missing = grams.length;
  return {
    offsets,
    languages,
    scores,
    find(key) {
      for (let slot = slotOf(key, bits); ; slot = (slot + 1) & mask) {
        const row = rows[slot]!;
        if (row === -1) return missing;
        if (keys[slot] === key) return row;
      }
    }
  };
}
