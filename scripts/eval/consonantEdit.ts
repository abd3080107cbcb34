import { spellingSkeleton } from '@shared/search/spellingVariant';

/*
 * What parts two consonant skeletons a consonant apart, for `npm run eval:variants --candidates
 * keys --across --across-edit …` (docs/variants.md, "Lever 1 again"): which consonant, and where.
 * Measured, not used by the engine, whose variant index compares one skeleton only.
 */

/** How two skeletons a consonant apart differ: by one consonant added, one changed, two swapped, or otherwise. */
export type ConsonantEditKind = 'added' | 'changed' | 'swapped' | 'other';

/** The one consonant edit between two spellings' skeletons ({@link consonantEdit}). */
export interface ConsonantEdit {
  readonly kind: ConsonantEditKind;
  /**
   * Whether the edit is at the skeleton's first or last consonant (for `added`: whether no place
   * inside the longer skeleton explains it). `Africa`/`African`, `Syria`/`Syrian`,
   * `American`/`Americas`: a consonant ending a word is what makes a word of a name; an `other`
   * edit is always at an edge.
   */
  readonly atEdge: boolean;
  /** The consonants edited, in alphabetical order: one for `added`, two for `changed` and `swapped`. */
  readonly letters: string;
}

/**
 * The consonant edit between two spellings' letters (`spellingLetters`) whose skeletons differ;
 * `undefined` when they share one.
 *
 * @example consonantEdit('anwar', 'anuar') // { kind: 'added', atEdge: false, letters: 'f' }
 * @example consonantEdit('african', 'africa') // { kind: 'added', atEdge: true, letters: 'n' }
 */
export function consonantEdit(x: string, y: string): ConsonantEdit | undefined {
  const a = spellingSkeleton(x);
  const b = spellingSkeleton(y);
  if (a === b) return undefined;
  if (Math.abs(a.length - b.length) === 1) {
    const [short, long] = a.length < b.length ? [a, b] : [b, a];
    let found: ConsonantEdit | undefined;
    for (let i = 0; i < long.length; i++) {
      if (long.slice(0, i) + long.slice(i + 1) !== short) continue;
      const atEdge = i === 0 || i === long.length - 1;
      // NB: a doubled consonant can be dropped at more than one place: one inside is inside.
      if (!found || (found.atEdge && !atEdge)) found = { kind: 'added', atEdge, letters: long.charAt(i) };
    }
    if (found) return found;
  } else if (a.length === b.length) {
    const differ: number[] = [];
    for (let i = 0; i < a.length; i++) if (a.charAt(i) !== b.charAt(i)) differ.push(i);
    const last = a.length - 1;
    if (differ.length === 1) {
      const i = differ[0] as number;
      return { kind: 'changed', atEdge: i === 0 || i === last, letters: sorted(a.charAt(i), b.charAt(i)) };
    }
    const [i, j] = differ as [number, number];
    if (differ.length === 2 && j === i + 1 && a.charAt(i) === b.charAt(j) && a.charAt(j) === b.charAt(i))
      return { kind: 'swapped', atEdge: i === 0 || j === last, letters: sorted(a.charAt(i), a.charAt(j)) };
  }
  return { kind: 'other', atEdge: true, letters: '' };
}

/**
 * Consonant edits that transliterating a name from Arabic makes, as `spellingSkeleton` writes its
 * letters (k for k/q/g/c/j, b for b/p, s for s/z, f for f/v/w): a k added or dropped (j or g read
 * as y, a gh dropped: `Nadja`/`Nadya`), an f added or dropped (w read as the vowel u:
 * `Anwar`/`Anuar`, `Bowen`/`Boen`), and d/s, d/t, s/t (dh, z, th, emphatic t and d), k/s (c read as
 * k or s, ch as sh) and b/f (ph read as p). Chosen from the letters Arabic's Latin spellings
 * confuse, before any fold was scored; not from the pairs.
 */
const TRANSLITERATION_EDITS: ReadonlySet<string> = new Set(['added:k', 'added:f', 'changed:ds', 'changed:dt', 'changed:st', 'changed:ks', 'changed:bf']);

/** Whether an edit is one transliteration makes ({@link TRANSLITERATION_EDITS}). */
export function isTransliterationEdit(edit: ConsonantEdit): boolean {
  return TRANSLITERATION_EDITS.has(`${edit.kind}:${edit.letters}`);
}

/**
 * Which consonant edits a rule lets through to be weighed (`--across-edit`): `any` (session 15's
 * measurement), `inside` (none at the skeleton's first or last consonant), `pairs` (only
 * {@link isTransliterationEdit}), `inside-pairs` (both).
 */
export const ACROSS_EDIT_RULES = ['any', 'inside', 'pairs', 'inside-pairs'] as const;
export type AcrossEditRule = (typeof ACROSS_EDIT_RULES)[number];

/** Whether a rule of {@link ACROSS_EDIT_RULES} lets two spellings' letters, skeletons a consonant apart, be weighed. */
export function allowsConsonantEdit(rule: AcrossEditRule, x: string, y: string): boolean {
  if (rule === 'any') return true;
  const edit = consonantEdit(x, y);
  if (!edit) return true;
  if ((rule === 'inside' || rule === 'inside-pairs') && edit.atEdge) return false;
  if ((rule === 'pairs' || rule === 'inside-pairs') && !isTransliterationEdit(edit)) return false;
  return true;
}

function sorted(p: string, q: string): string {
  return p < q ? p + q : q + p;
}
