/**
 * Word-level differences inside one aligned passage, for showing what an outlet changed:
 * "Daraa/Deraa" (a spelling variant), "said/told AFP" (changed words), a clause added or cut.
 */

import { diffArrays } from 'diff';
import { variantKey } from '@shared/text/fold';
import type { Token } from '@shared/text/tokens';
import { alignWords } from './internal/words';
import type { AlignedPassage } from './types';

/**
 * How a stretch of the passage differs, reading from A to B:
 * - `same`: the same words (after folding case, punctuation, diacritics and entities);
 * - `variant`: the same words spelled differently (`Daraa`/`Deraa`, `Jabbawi`/`Jabawi`: they share
 *   a `variantKey`);
 * - `changed`: words of A replaced by other words in B;
 * - `removed`: words only A has (B's span is empty, where they would stand);
 * - `added`: words only B has (A's span is empty, where they would stand).
 */
export type WordDiffKind = 'same' | 'variant' | 'changed' | 'removed' | 'added';

/** One stretch of a passage with its span in each text (UTF-16 offsets into the whole texts). */
export interface WordDiffSegment {
  readonly kind: WordDiffKind;
  readonly aStart: number;
  readonly aEnd: number;
  readonly bStart: number;
  readonly bEnd: number;
}

/** Tuning of {@link wordDiff}. */
export interface WordDiffOptions {
  /**
   * Most word edits worth diffing. Above it the two sides are too different for a word diff to
   * read well (and it would be slow), and the passage comes back as one `changed` segment.
   * Default 2000.
   */
  readonly maxEdits?: number;
}

type Span = Pick<AlignedPassage, 'aStart' | 'aEnd' | 'bStart' | 'bEnd'>;

function wordsIn(text: string, start: number, end: number): Token[] {
  return alignWords(text.slice(start, end)).map((w) => ({ norm: w.norm, start: w.start + start, end: w.end + start }));
}

/**
 * The word differences between the two sides of `passage`, in order. Segments cover the words
 * of both sides (whitespace and punctuation between them belong to no segment).
 *
 * @example
 * wordDiff('Rebels in Daraa said', 'Rebels in Deraa told AFP', { aStart: 0, aEnd: 20, bStart: 0, bEnd: 24 })
 * // same "Rebels in", variant "Daraa"/"Deraa", changed "said"/"told AFP"
 */
export function wordDiff(a: string, b: string, passage: Span, options: WordDiffOptions = {}): WordDiffSegment[] {
  const wa = wordsIn(a, passage.aStart, passage.aEnd);
  const wb = wordsIn(b, passage.bStart, passage.bEnd);
  if (wa.length === 0 && wb.length === 0) return [];
  const changes = diffArrays(
    wa.map((w) => w.norm),
    wb.map((w) => w.norm),
    { maxEditLength: options.maxEdits ?? 2000 }
  );
  if (!changes) {
    return [{ kind: 'changed', ...spanOf(wa, 0, wa.length, passage.aStart), ...bSpanOf(wb, 0, wb.length, passage.bStart) }];
  }
  const out: WordDiffSegment[] = [];
  let ia = 0;
  let ib = 0;
  let k = 0;
  while (k < changes.length) {
    const c = changes[k]!;
    if (!c.added && !c.removed) {
      out.push({
        kind: 'same',
        ...spanOf(wa, ia, ia + c.count, passage.aStart),
        ...bSpanOf(wb, ib, ib + c.count, passage.bStart)
      });
      ia += c.count;
      ib += c.count;
      k++;
      continue;
    }
    // A block of edits between two runs of equal words: what A had there, and what B has.
    let removed = 0;
    let added = 0;
    while (k < changes.length && (changes[k]!.added || changes[k]!.removed)) {
      if (changes[k]!.removed) removed += changes[k]!.count;
      else added += changes[k]!.count;
      k++;
    }
    out.push(...editBlock(wa, ia, removed, wb, ib, added, passage));
    ia += removed;
    ib += added;
  }
  return out;
}

/** Segments for `removed` words of A at `ia` replaced by `added` words of B at `ib`. */
function editBlock(
  wa: readonly Token[],
  ia: number,
  removed: number,
  wb: readonly Token[],
  ib: number,
  added: number,
  passage: Span
): WordDiffSegment[] {
  const segment = (kind: WordDiffKind, a0: number, a1: number, b0: number, b1: number): WordDiffSegment => ({
    kind,
    ...spanOf(wa, a0, a1, passage.aStart),
    ...bSpanOf(wb, b0, b1, passage.bStart)
  });
  const isVariant = (i: number, j: number): boolean => variantKey(wa[i]!.norm) === variantKey(wb[j]!.norm);
  // Variant spellings at either end of the block are paired off first, so "Daraa said" / "Deraa
  // told AFP" reads as a variant and a change rather than one change.
  let head = 0;
  while (head < removed && head < added && isVariant(ia + head, ib + head)) head++;
  let tail = 0;
  while (tail < removed - head && tail < added - head && isVariant(ia + removed - 1 - tail, ib + added - 1 - tail)) tail++;
  const out: WordDiffSegment[] = [];
  if (head > 0) out.push(segment('variant', ia, ia + head, ib, ib + head));
  const a0 = ia + head;
  const a1 = ia + removed - tail;
  const b0 = ib + head;
  const b1 = ib + added - tail;
  if (a1 > a0 && b1 > b0 && a1 - a0 === b1 - b0) {
    // As many words on each side: pair them up, so "Daraa province" / "Deraa region" reads as a
    // variant and one changed word.
    for (let k = 0; k < a1 - a0; k++) {
      const kind = isVariant(a0 + k, b0 + k) ? 'variant' : 'changed';
      const last = out[out.length - 1];
      const next = segment(kind, a0 + k, a0 + k + 1, b0 + k, b0 + k + 1);
      if (last && last.kind === kind) out[out.length - 1] = { ...last, aEnd: next.aEnd, bEnd: next.bEnd };
      else out.push(next);
    }
  } else if (a1 > a0 && b1 > b0) out.push(segment('changed', a0, a1, b0, b1));
  else if (a1 > a0) out.push(segment('removed', a0, a1, b0, b0));
  else if (b1 > b0) out.push(segment('added', a0, a0, b0, b1));
  if (tail > 0) out.push(segment('variant', a1, a1 + tail, b1, b1 + tail));
  return out;
}

/**
 * The A span of words `from..to`; for no words, the empty span where they would stand (after the
 * previous word, or at the passage start).
 */
function spanOf(words: readonly Token[], from: number, to: number, start: number): { aStart: number; aEnd: number } {
  if (to > from) return { aStart: words[from]!.start, aEnd: words[to - 1]!.end };
  const at = from > 0 ? words[from - 1]!.end : start;
  return { aStart: at, aEnd: at };
}

function bSpanOf(words: readonly Token[], from: number, to: number, start: number): { bStart: number; bEnd: number } {
  const { aStart, aEnd } = spanOf(words, from, to, start);
  return { bStart: aStart, bEnd: aEnd };
}
