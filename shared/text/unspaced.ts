/**
 * Words of the scripts written without spaces between them: Chinese (Han), Japanese (Han, kana),
 * Thai, Lao, Khmer and Myanmar. FTS5's `unicode61` tokenizer ends a word only at a space or
 * punctuation, so a whole sentence of these scripts would be one word to the index and none of its
 * words could be found. Here such a run is cut into words with the ICU dictionary behind
 * `Intl.Segmenter` (the same in Node, Electron and the browser), and every word split of the app
 * that must agree with the index (the index itself through {@link searchForm}, the query, snippets,
 * the reader's marks, MiniSearch) reads the words this file gives.
 *
 * Text without these scripts is never touched: every function returns its input as it was, so
 * search in Latin, Arabic, Cyrillic… is exactly what it was before.
 */

/**
 * The blocks these scripts are written in (Thai, Lao, Myanmar, Khmer, CJK radicals and punctuation,
 * kana, Han, half-width kana, the supplementary ideographs…): a wide net a plain scan can test at
 * a few nanoseconds a character. NB: Script_Extensions also names Han or kana for a few combining
 * marks and modifier letters of Latin text (U+0303 ◌̃, U+02BC ʼ), which must never count: a letter
 * is one of these scripts only when it is also in these blocks.
 */
const BLOCKS =
  '\\u0E00-\\u0EFF\\u1000-\\u109F\\u1780-\\u17FF\\u19E0-\\u19FF\\u2E80-\\u2FFF\\u3000-\\u30FF\\u31C0-\\u31FF\\u3400-\\u4DBF' +
  '\\u4E00-\\u9FFF\\uA9E0-\\uA9FF\\uAA60-\\uAA7F\\uF900-\\uFAFF\\uFF00-\\uFFEF\\u{16FE0}-\\u{16FFF}\\u{1AFF0}-\\u{1B2FF}\\u{20000}-\\u{3FFFF}';
const IN_BLOCKS = new RegExp(`[${BLOCKS}]`, 'u');

/**
 * One letter (or mark) of a script written without spaces. `scx` (Script_Extensions) so the kana
 * length mark `ー` and the iteration mark `々`, shared between scripts, stay in their word.
 */
const UNSPACED_CLASS = `(?=[\\p{L}\\p{M}])(?=[${BLOCKS}])[\\p{scx=Han}\\p{scx=Hiragana}\\p{scx=Katakana}\\p{scx=Thai}\\p{scx=Lao}\\p{scx=Khmer}\\p{scx=Myanmar}]`;

/** A run of such letters. NB: global, as `WORD` in tokens.ts: only with `matchAll`, `match` or `replace`. */
const UNSPACED_RUN = new RegExp(`(?:${UNSPACED_CLASS})+`, 'gu');
/** One such letter (not global, so `test` is safe). */
const UNSPACED_CHAR = new RegExp(UNSPACED_CLASS, 'u');
/** A word made only of such letters. */
const UNSPACED_WORD = new RegExp(`^(?:${UNSPACED_CLASS})+$`, 'u');

/** A letter or digit: what makes a segment a word to the index (a lone mark is not). */
const WORDISH = /[\p{L}\p{N}]/u;

/**
 * Words of these scripts at least this many characters long are searched as the beginning of a
 * longer word too (see {@link matchesInside}); a single character is searched as a word only, or
 * `北` would find every word starting with it.
 */
const MIN_BEGINNING = 2;

let segmenter: Intl.Segmenter | undefined;

/** A stretch of a text, in UTF-16 offsets (`text.slice(start, end)`). */
export interface Stretch {
  readonly start: number;
  readonly end: number;
}

/** True when the text holds a letter of a script written without spaces. */
export function hasUnspaced(text: string): boolean {
  // NB: the plain scan first: the exact test costs ~25 ns a character, which every article's text
  // would pay at import (66 µs for 2,700 characters against 2 µs).
  return IN_BLOCKS.test(text) && UNSPACED_CHAR.test(text);
}

/**
 * Cuts a run of letters, digits and marks (one word to `unicode61`, e.g. `keroro實在太duk`) where
 * the index now ends words: around each run of an unspaced script, and between that run's words as
 * ICU reads them. A part without such letters comes back whole.
 *
 * @example splitUnspaced('北京市政府') // [{ start: 0, end: 3 }, { start: 3, end: 5 }] (北京市, 政府)
 * @example splitUnspaced('keroro實在太duk') // keroro, 實在, 太, duk
 */
export function splitUnspaced(part: string): Stretch[] {
  if (!hasUnspaced(part)) return [{ start: 0, end: part.length }];
  const out: Stretch[] = [];
  let from = 0;
  for (const m of part.matchAll(UNSPACED_RUN)) {
    if (m.index > from) out.push({ start: from, end: m.index });
    for (const s of segment(m[0])) out.push({ start: m.index + s.start, end: m.index + s.end });
    from = m.index + m[0].length;
  }
  if (from < part.length) out.push({ start: from, end: part.length });
  return out;
}

/**
 * The text as the full-text index is given it: the same text with a space around every word of an
 * unspaced script, so `unicode61` ends its words where ICU does. Only the index sees it: snippets,
 * highlights and the reader work on the text as written, splitting it with {@link splitUnspaced}.
 * Also applied to every word or phrase of a query before FTS5 reads it, so both split alike.
 *
 * @example searchForm('北京市政府宣布') // ' 北京市 政府 宣布 '
 * @example searchForm('Daraa talks') // 'Daraa talks' (the same string)
 */
export function searchForm(text: string): string {
  if (!hasUnspaced(text)) return text;
  return text.replace(UNSPACED_RUN, (run) =>
    segment(run)
      .map((s) => ` ${run.slice(s.start, s.end)} `)
      .join('')
  );
}

/**
 * True for a word typed in a search that the index may hold only inside a longer word: one word of
 * an unspaced script, at least two characters long. ICU reads `北京市政府` as `北京市` + `政府`, so
 * `北京` (Beijing) is searched as the beginning of a word (`北京`, `北京市`), not as a whole word;
 * `京都` is still no beginning of `東京` + `都`.
 */
export function matchesInside(word: string): boolean {
  if ([...word].length < MIN_BEGINNING) return false;
  const parts = splitUnspaced(word);
  return parts.length === 1 && UNSPACED_WORD.test(word);
}

/** One letter with the marks that follow it (a Thai vowel or tone mark), or marks alone at a run's start. */
const LETTER_WITH_MARKS = /\p{L}\p{M}*|\p{M}+/gu;

/**
 * The units near-duplicate detection shingles (`wordHashes`, minhash.ts) in a run of letters, digits
 * and marks (one `WORD` match): each letter of an unspaced script alone, with its marks, and each
 * part without such letters whole. Characters, not ICU's words: on real Chinese, Japanese and Thai
 * text five-character shingles found more lightly edited copies than five ICU words, with no more
 * false pairs (docs/import.md), and they do not depend on the runtime's ICU, which segments
 * differently in the app (Electron) and the CLI (Node): a signature made by either matches the other's.
 *
 * @example unspacedLetters('keroro實在太duk') // ['keroro', '實', '在', '太', 'duk']
 */
export function unspacedLetters(part: string): string[] {
  if (!hasUnspaced(part)) return [part];
  const out: string[] = [];
  let from = 0;
  for (const m of part.matchAll(UNSPACED_RUN)) {
    if (m.index > from) out.push(part.slice(from, m.index));
    for (const letter of m[0].match(LETTER_WITH_MARKS) ?? []) out.push(letter);
    from = m.index + m[0].length;
  }
  if (from < part.length) out.push(part.slice(from));
  return out;
}

/** ICU's words of a run of one unspaced script; every letter lands in exactly one of them. */
function segment(run: string): Stretch[] {
  // NB: one segmenter for the process: building one loads ICU's dictionaries (milliseconds).
  // 'und': ICU's word break reads Chinese, Japanese and Thai with their own dictionaries whatever
  // the locale, so the article's language (often unknown) is not needed.
  segmenter ??= new Intl.Segmenter('und', { granularity: 'word' });
  const out: Stretch[] = [];
  for (const s of segmenter.segment(run)) {
    const end = s.index + s.segment.length;
    const last = out.at(-1);
    // A segment with no letter (a lone mark) stays with the word before it, as unicode61 keeps it.
    if (!WORDISH.test(s.segment) && last) out[out.length - 1] = { start: last.start, end };
    else out.push({ start: s.index, end });
  }
  return out;
}
