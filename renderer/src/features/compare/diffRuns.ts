import type { WordDiffSegment } from '@shared/compare/alignment/wordDiff';
import { countWords } from '@shared/text/tokens';

/** A stretch of a word diff as it reads: the other source's text with what changed marked. */
export type DiffRun =
  /** The other source's words the two share, and the spaces and punctuation around words. */
  | { readonly kind: 'text'; readonly text: string }
  /** The same word spelled differently (`Deraa` here, `Daraa` in the first source). */
  | { readonly kind: 'variant'; readonly text: string; readonly was: string }
  /** Words only the first source has. */
  | { readonly kind: 'removed'; readonly text: string }
  /** Words only the other source has. */
  | { readonly kind: 'added'; readonly text: string };

/** Counts of what differs in a diff, for a one-line summary. */
export interface DiffCounts {
  readonly removed: number;
  readonly added: number;
  readonly variants: number;
}

/**
 * Reads `wordDiff(a, b, passage)` as `b`'s text from `bStart` to `bEnd`, with `a`'s words that
 * `b` dropped or replaced shown where they stood. A changed stretch becomes the removed words then
 * the added ones; spaces are added where a removed stretch would otherwise touch a word.
 *
 * @example diffRuns('said', 'told AFP', [{ kind: 'changed', aStart: 0, aEnd: 4, bStart: 0, bEnd: 8 }], 0, 8)
 * // [{ kind: 'removed', text: 'said' }, { kind: 'text', text: ' ' }, { kind: 'added', text: 'told AFP' }]
 */
export function diffRuns(a: string, b: string, segments: readonly WordDiffSegment[], bStart: number, bEnd: number): DiffRun[] {
  const runs: DiffRun[] = [];
  const push = (run: DiffRun) => {
    if (run.text === '') return;
    const last = runs.at(-1);
    if (last && last.kind === 'text' && run.kind === 'text') runs[runs.length - 1] = { kind: 'text', text: last.text + run.text };
    else runs.push(run);
  };
  const endsWithSpace = () => {
    const last = runs.at(-1);
    return !last || /\s$/.test(last.text);
  };
  const pushRemoved = (text: string) => {
    if (!endsWithSpace()) push({ kind: 'text', text: ' ' });
    push({ kind: 'removed', text });
  };
  let at = bStart;
  for (const segment of segments) {
    push({ kind: 'text', text: b.slice(at, segment.bStart) });
    const aText = a.slice(segment.aStart, segment.aEnd);
    const bText = b.slice(segment.bStart, segment.bEnd);
    switch (segment.kind) {
      case 'same':
        push({ kind: 'text', text: bText });
        break;
      case 'variant':
        push({ kind: 'variant', text: bText, was: aText });
        break;
      case 'added':
        push({ kind: 'added', text: bText });
        break;
      case 'removed':
        pushRemoved(aText);
        // What follows in b starts right after; keep the removed words apart from it.
        if (segment.bEnd < bEnd && !/^\s/.test(b.slice(segment.bEnd, segment.bEnd + 1))) push({ kind: 'text', text: ' ' });
        break;
      case 'changed':
        pushRemoved(aText);
        push({ kind: 'text', text: ' ' });
        push({ kind: 'added', text: bText });
        break;
    }
    at = Math.max(at, segment.bEnd);
  }
  push({ kind: 'text', text: b.slice(at, bEnd) });
  return runs;
}

/**
 * How many words were removed, added, or spelled differently, counted as the text kernel counts
 * words (the library list's counts): `al-Sham`, `Assad's` and `2,000` are one word each.
 */
export function diffCounts(runs: readonly DiffRun[]): DiffCounts {
  let removed = 0;
  let added = 0;
  let variants = 0;
  for (const run of runs) {
    if (run.kind === 'removed') removed += countWords(run.text);
    else if (run.kind === 'added') added += countWords(run.text);
    else if (run.kind === 'variant') variants += countWords(run.text);
  }
  return { removed, added, variants };
}
