/**
 * A word diff for short texts (quotes), tolerant of what is not a change of wording: case,
 * punctuation, hyphenation (`al-Sham`/`Al Sham`, `co-ordination`/`coordination`) and spelling
 * variants of names (`Jabbawi`/`Jabawi`).
 */
import { diffArrays } from 'diff';
import { foldText, variantKey } from '@shared/text/fold';
import { tokenize } from '@shared/text/tokens';

/** One run of a word diff: words both sides share, or words only one side has. */
export interface WordDiffPart {
  /** `removed`: only in the reference; `added`: only in the other text. */
  readonly op: 'same' | 'added' | 'removed';
  /** The words as written (the other text's wording for `same`). */
  readonly text: string;
}

/** A word of a quote: hyphenated tokens are split so `al-Sham` and `Al Sham` compare alike. */
export interface QuoteWord {
  readonly text: string;
  readonly norm: string;
  /** {@link variantKey} of `norm`, computed once: quotes are compared many times. */
  readonly variant: string;
  readonly capitalised: boolean;
}

/** The words of a short text, hyphenated words split into their parts. */
export function quoteWords(text: string): QuoteWord[] {
  const out: QuoteWord[] = [];
  for (const t of tokenize(text)) {
    for (const part of text.slice(t.start, t.end).split(/[-\u2010\u2011]/)) {
      if (part === '') continue;
      const norm = foldText(part);
      out.push({ text: part, norm, variant: variantKey(norm), capitalised: /^\p{Lu}/u.test(part) });
    }
  }
  return out;
}

/** Same word: equal once folded, or a spelling variant when either side is written as a name. */
export function sameWord(a: QuoteWord, b: QuoteWord): boolean {
  if (a.norm === b.norm) return true;
  return (a.capitalised || b.capitalised) && a.norm.length > 3 && a.variant === b.variant;
}

/**
 * The word diff turning `reference` into `other`.
 *
 * @example diffWords('No negotiations under threat', 'No Threatened Negotiations')
 * // same "No", added "Threatened", same "Negotiations", removed "under threat"
 */
export function diffWords(reference: string, other: string): WordDiffPart[] {
  const a = quoteWords(reference);
  const b = quoteWords(other);
  const changes = diffArrays(a, b, { comparator: sameWord });
  const parts: Array<{ op: WordDiffPart['op']; words: QuoteWord[] }> = [];
  let ai = 0;
  let bi = 0;
  for (const c of changes) {
    const n = c.count ?? c.value.length;
    if (c.added) {
      parts.push({ op: 'added', words: b.slice(bi, bi + n) });
      bi += n;
    } else if (c.removed) {
      parts.push({ op: 'removed', words: a.slice(ai, ai + n) });
      ai += n;
    } else {
      parts.push({ op: 'same', words: b.slice(bi, bi + n) });
      ai += n;
      bi += n;
    }
  }
  return joinRuns(absorbRejoined(parts));
}

/**
 * A removed run and an added run spelling the same letters (`co ordination` / `coordination`) are
 * one word hyphenated differently, not a change.
 */
function absorbRejoined(parts: Array<{ op: WordDiffPart['op']; words: QuoteWord[] }>) {
  const out = [...parts];
  for (let i = 0; i + 1 < out.length; i++) {
    const x = out[i]!;
    const y = out[i + 1]!;
    if (x.op === 'same' || y.op === 'same' || x.op === y.op) continue;
    const letters = (ws: QuoteWord[]) => ws.map((w) => w.norm).join('');
    if (letters(x.words) === letters(y.words)) {
      const added = x.op === 'added' ? x : y;
      out.splice(i, 2, { op: 'same', words: added.words });
    }
  }
  return out;
}

function joinRuns(parts: Array<{ op: WordDiffPart['op']; words: QuoteWord[] }>): WordDiffPart[] {
  const out: WordDiffPart[] = [];
  for (const p of parts) {
    if (p.words.length === 0) continue;
    const text = p.words.map((w) => w.text).join(' ');
    const last = out[out.length - 1];
    if (last !== undefined && last.op === p.op) out[out.length - 1] = { op: p.op, text: `${last.text} ${text}` };
    else out.push({ op: p.op, text });
  }
  return out;
}

/** Whether a diff changes any word. */
export function isChanged(diff: readonly WordDiffPart[]): boolean {
  return diff.some((p) => p.op !== 'same');
}
