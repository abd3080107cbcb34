/**
 * The words alignment compares: the kernel's words (`WORD` in shared/text/tokens.ts), folded once
 * per spelling (`tokenize` folds every occurrence; alignment reads book-length texts), minus the
 * debris of HTML entities (an apostrophe entity still joins "Assad&#39;s"), with hyphenated compounds split so
 * "al-Sham" and "al Sham" read the same, and with sentences run together ("botanist.On") apart;
 * a run of Chinese, Japanese, Thai… is cut into the words ICU reads in it (shared/text/unspaced.ts),
 * so two copies of such a story align word by word, not by whole runs between punctuation.
 */

import { foldText, isPlainAscii } from '@shared/text/fold';
import { WORD, type Token } from '@shared/text/tokens';
import { hasUnspaced, splitUnspaced } from '@shared/text/unspaced';

/** A letter or digit: a piece of a cut run that is a word. */
const WORDISH = /[\p{L}\p{N}]/u;

/**
 * HTML entities as scrapers leave them, intact (`&nbsp;`) or mangled by a translator or a
 * tokenizer (`& nbsp;`, `& # 39;`). Named entities are limited to the ones seen in news text so
 * that "Smith & Wesson;" keeps its words.
 */
const ENTITY =
  /&\s{0,2}(?:#\s{0,2}(?:x\s{0,2}[0-9a-f]{1,6}|[0-9]{1,7})|(?:nbsp|amp|quot|apos|lt|gt|mdash|ndash|hellip|rsquo|lsquo|rdquo|ldquo|laquo|raquo|bull|middot|shy|thinsp|ensp|emsp|zwj|zwnj|copy|reg|trade|eacute|egrave|agrave|ccedil|uuml|ouml|auml|deg|times|euro|pound))\s{0,2};/giu;

/**
 * Where a word is split: at hyphens, and at a full stop with no space after it between two words
 * ("botanist.On"): scraped text loses that space often, and the tokenizer keeps "U.S." and "3.5"
 * whole, so such a pair would read as one word. Two letters before the dot keep initials whole.
 */
const SPLIT = /-|(?<=\p{L}\p{L})\.(?=\p{L})/u;

/**
 * Folded spellings, kept across calls: comparing one article with many folds the same words again
 * and again. Cleared when it grows past `FOLD_CACHE_LIMIT` so book-length texts cannot pin memory.
 */
const foldCache = new Map<string, string>();
const FOLD_CACHE_LIMIT = 200_000;

function fold(raw: string): string {
  let folded = foldCache.get(raw);
  if (folded === undefined) {
    // For ASCII, foldText is lower-casing: no marks, ligatures or typographic apostrophes.
    folded = isPlainAscii(raw) ? raw.toLowerCase() : foldText(raw);
    if (foldCache.size >= FOLD_CACHE_LIMIT) foldCache.clear();
    foldCache.set(raw, folded);
  }
  return folded;
}

/** An HTML entity found in a text: `[start, end)`, and whether it stands for an apostrophe. */
export interface EntitySpan {
  readonly start: number;
  readonly end: number;
  readonly apostrophe: boolean;
}

/** Entities for ' and ’ (`&#39;`, `&#x27;`, `&#8217;`, `&apos;`, `&rsquo;`), however mangled. */
const APOSTROPHE_ENTITY = /^&\s*(?:#\s*(?:39|x\s*27|8217|x\s*2019)|apos|rsquo)\s*;$/i;

/**
 * The HTML entities of `text`, intact or mangled, in order.
 *
 * @example entitySpans('a & nbsp; b') // [{ start: 2, end: 9, apostrophe: false }]
 */
export function entitySpans(text: string): EntitySpan[] {
  const spans: EntitySpan[] = [];
  for (const m of text.matchAll(ENTITY)) {
    spans.push({ start: m.index, end: m.index + m[0].length, apostrophe: APOSTROPHE_ENTITY.test(m[0]) });
  }
  return spans;
}

/**
 * Words of `text` with their offsets, as alignment sees them (see the module comment). For text
 * without entities, hyphens or run-together sentences this is exactly `tokenize(text)`.
 *
 * @example alignWords('Busra al-Sham & nbsp;').map(w => w.norm) // ['busra', 'al', 'sham']
 */
export function alignWords(text: string): Token[] {
  const spans = text.includes('&') ? entitySpans(text) : [];
  // NB: one scan of the whole text, so a text without these scripts tests no word.
  const unspaced = hasUnspaced(text);
  const words: Token[] = [];
  let s = 0;
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    while (s < spans.length && spans[s]!.end <= start) s++;
    const span = spans[s];
    if (span && span.start <= start && end <= span.end) continue;
    // "Assad&#39;s": an apostrophe written as an entity still joins the word to its ending.
    const previous = words[words.length - 1];
    const before = s > 0 ? spans[s - 1] : undefined;
    if (previous && before?.apostrophe && before.end === start && previous.end === before.start) {
      words[words.length - 1] = { norm: `${previous.norm}'${fold(raw)}`, start: previous.start, end };
      continue;
    }
    if (unspaced && hasUnspaced(raw)) {
      for (const cut of splitUnspaced(raw)) {
        const part = raw.slice(cut.start, cut.end);
        if (WORDISH.test(part)) words.push({ norm: fold(part), start: start + cut.start, end: start + cut.end });
      }
      continue;
    }
    if ((raw.indexOf('-') < 0 && raw.indexOf('.') < 0) || !SPLIT.test(raw)) {
      words.push({ norm: fold(raw), start, end });
      continue;
    }
    let offset = start;
    for (const part of raw.split(SPLIT)) {
      if (part.length > 0) words.push({ norm: fold(part), start: offset, end: offset + part.length });
      offset += part.length + 1;
    }
  }
  return words;
}
