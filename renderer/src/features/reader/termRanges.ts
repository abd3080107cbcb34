import type { TextRange } from '@shared/contract/schemas';
import { indexTokens, indexWords, tokenize } from '@shared/text/tokens';
import { hasUnspaced, matchesInside, splitUnspaced } from '@shared/text/unspaced';

interface TermMatcher {
  readonly exact: ReadonlySet<string>;
  readonly prefixes: readonly string[];
}

function compile(terms: readonly string[]): TermMatcher {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const term of terms) {
    const isPrefix = term.endsWith('*');
    // Chinese, Japanese, Thai: a run is its words to the index (北京市政府 = 北京市 政府), so here too.
    const words = tokenize(isPrefix ? term.slice(0, -1) : term).flatMap((t) =>
      splitUnspaced(t.norm).map((s) => t.norm.slice(s.start, s.end))
    );
    // One such word is searched as the start of a longer one too (北京 finds 北京市): toFts.
    const beginning = isPrefix || (words.length === 1 && matchesInside(words[0] as string));
    // A multi-word term (a phrase) marks each of its words; only the last one may be a prefix.
    words.forEach((word, i) => (beginning && i === words.length - 1 ? prefixes.push(word) : exact.add(word)));
  }
  return { exact, prefixes };
}

function matches(matcher: TermMatcher, norm: string): boolean {
  return matcher.exact.has(norm) || matcher.prefixes.some((prefix) => norm.startsWith(prefix));
}

/**
 * Where the search terms occur in a text, word by word, compared on folded words (`Busra` finds
 * `BUSRA` and `Buṣra`). A term ending in `*` matches every word it starts.
 *
 * The full-text index splits compounds the reader's tokenizer keeps whole (`al-Sham`), so when a
 * whole word does not match, its parts are tried too: a search for `sham` marks the `Sham` of
 * `al-Sham`, as the index found it there.
 *
 * @example findTermRanges('Talks in Busra al-Sham', ['busra']) // [{ start: 9, end: 14 }]
 */
export function findTermRanges(text: string, terms: readonly string[]): TextRange[] {
  if (terms.length === 0) return [];
  const matcher = compile(terms);
  if (matcher.exact.size === 0 && matcher.prefixes.length === 0) return [];
  const ranges: TextRange[] = [];
  for (const token of tokenize(text)) {
    // NB: a run of Chinese or Japanese is a sentence, not a word: only its words (below) may match,
    // or 北京 would mark the whole 北京市政府周一宣布 it begins.
    const run = hasUnspaced(token.norm);
    if (!run && matches(matcher, token.norm)) {
      ranges.push({ start: token.start, end: token.end });
      continue;
    }
    // The word's parts as the index split it (`al-Sham` → `al`, `Sham`; `Assad's` → `Assad`, `s`).
    const word = text.slice(token.start, token.end);
    for (const part of indexTokens(word)) {
      if (!run && part.end - part.start === word.length) continue;
      if (matches(matcher, part.norm)) ranges.push({ start: token.start + part.start, end: token.start + part.end });
    }
  }
  return withPhrases(text, ranges, phrasesOf(terms));
}

/**
 * The terms the index holds as several words: `dar'a` is `dar` `a` to it, so the search found
 * `Dar‘a` and ``Dar`a`` as that phrase, and the snippet marks them (shared/search/highlight). NB: the
 * reader's tokenizer joins words on `'` and `’` only (shared/text/tokens `WORD`), so `‘` and `` ` ``
 * cut the name into two tokens, neither of them `dar'a`: those are looked for part by part.
 */
function phrasesOf(terms: readonly string[]): string[][] {
  const phrases: string[][] = [];
  for (const term of terms) {
    if (term.endsWith('*')) continue;
    for (const token of tokenize(term)) {
      const parts = indexWords(term.slice(token.start, token.end));
      if (parts.length > 1) phrases.push(parts);
    }
  }
  return phrases;
}

/** `ranges` with each run of the text's index words that spells a phrase and overlaps none of them, in text order. */
function withPhrases(text: string, ranges: TextRange[], phrases: readonly string[][]): TextRange[] {
  if (phrases.length === 0) return ranges;
  const parts = indexTokens(text);
  const found: TextRange[] = [];
  for (let i = 0; i < parts.length; i++) {
    for (const phrase of phrases) {
      const last = parts[i + phrase.length - 1];
      if (!last || !phrase.every((word, k) => parts[i + k]?.norm === word)) continue;
      const range = { start: (parts[i] as (typeof parts)[number]).start, end: last.end };
      if (![...ranges, ...found].some((r) => r.start < range.end && range.start < r.end)) found.push(range);
    }
  }
  return found.length ? [...ranges, ...found].sort((a, b) => a.start - b.start) : ranges;
}
