import { spellingSkeleton } from '@shared/search/spellingVariant';
import { consonantEdit } from './consonantEdit';

/*
 * More of the shape of two spellings whose skeletons are a consonant apart, for `npm run
 * eval:variants -- --candidates keys --across --across-shape` (docs/variants.md, "A second look at
 * the pairs a consonant apart"): what the edit counts of `variantFeatures` do not say. Measured,
 * not used by the engine.
 */

const VOWEL_CLASS: Readonly<Record<string, string>> = { a: '1', e: '1', i: '1', y: '1', o: '2', u: '2' };
const isVowel = (c: string): boolean => VOWEL_CLASS[c] !== undefined;

/** Names of {@link acrossShapeFeatures}, in order, for reports. */
export const ACROSS_SHAPE_NAMES: readonly string[] = [
  'consonant edit per consonant of the longer skeleton',
  'consonant changed (not added)',
  'consonants swapped',
  'consonant for a vowel',
  'consonant for a consonant',
  'consonant added or dropped',
  'vowel pattern distance',
  'length ratio'
];

/**
 * What else tells a respelling a consonant apart (`Anwar`/`Anuar`, `Nadja`/`Nadya`) from two
 * names (`Declan`/`Dublin`, `Gaddafi`/`Geneva`), from two spellings' letters (`spellingLetters`):
 *
 * - how much of the skeleton the consonant edit touches (1 / the longer skeleton's consonants: one
 *   of five is less than one of three);
 * - the kind of consonant edit (added, changed, swapped);
 * - what the cheapest alignment does with consonants: one written where the other spelling has a
 *   vowel (w for u, j for y: how Arabic's semivowels come out), one for another consonant, one
 *   added or dropped outright;
 * - how far apart the two vowel patterns are (the classes a/e/i/y and o/u in order, a normalised
 *   edit distance): a respelling keeps the vowels' shape where two names seldom do;
 * - the shorter spelling's length over the longer's.
 *
 * @example acrossShapeFeatures('anwar', 'anuar')[3] // 1: w where the other has u
 */
export function acrossShapeFeatures(x: string, y: string): number[] {
  const longer = Math.max(spellingSkeleton(x).length, spellingSkeleton(y).length, 1);
  const edit = consonantEdit(x, y);
  const ops = consonantOps(x, y);
  return [
    1 / longer,
    edit?.kind === 'changed' ? 1 : 0,
    edit?.kind === 'swapped' ? 1 : 0,
    ops.forVowel,
    ops.forConsonant,
    ops.indel,
    vowelPatternDistance(x, y),
    Math.min(x.length, y.length) / Math.max(x.length, y.length, 1)
  ];
}

/**
 * The consonant edits of the cheapest alignment of two spellings' letters, at costs that read a
 * consonant written for a vowel apart from one written for another consonant or added outright.
 */
function consonantOps(x: string, y: string): { forVowel: number; forConsonant: number; indel: number } {
  const n = x.length;
  const m = y.length;
  const w = m + 1;
  const d = new Float64Array((n + 1) * w);
  const gap = (s: string, i: number): number => {
    const c = s.charAt(i);
    if (c === s.charAt(i - 1) || c === s.charAt(i + 1)) return 0.2;
    if (c === 'h') return 0.4;
    return isVowel(c) ? 0.6 : 1;
  };
  const sub = (p: string, q: string): number => {
    if (p === q) return 0;
    if (isVowel(p) && isVowel(q)) return 0.3;
    if (isVowel(p) !== isVowel(q)) return 0.8;
    return 1;
  };
  for (let j = 1; j <= m; j++) d[j] = d[j - 1]! + gap(y, j - 1);
  for (let i = 1; i <= n; i++) {
    d[i * w] = d[(i - 1) * w]! + gap(x, i - 1);
    for (let j = 1; j <= m; j++)
      d[i * w + j] = Math.min(
        d[(i - 1) * w + j - 1]! + sub(x.charAt(i - 1), y.charAt(j - 1)),
        d[(i - 1) * w + j]! + gap(x, i - 1),
        d[i * w + j - 1]! + gap(y, j - 1)
      );
  }
  const out = { forVowel: 0, forConsonant: 0, indel: 0 };
  const near = (a: number, b: number) => Math.abs(a - b) < 1e-9;
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const here = d[i * w + j]!;
    const p = x.charAt(i - 1);
    const q = y.charAt(j - 1);
    if (i > 0 && j > 0 && near(here, d[(i - 1) * w + j - 1]! + sub(p, q))) {
      if (p !== q && isVowel(p) !== isVowel(q)) out.forVowel++;
      else if (p !== q && !isVowel(p)) out.forConsonant++;
      i--;
      j--;
    } else if (i > 0 && near(here, d[(i - 1) * w + j]! + gap(x, i - 1))) {
      if (gap(x, i - 1) === 1) out.indel++;
      i--;
    } else {
      if (gap(y, j - 1) === 1) out.indel++;
      j--;
    }
  }
  return out;
}

/** The edit distance between two spellings' vowel classes in order, over the longer pattern (0 when neither has vowels). */
function vowelPatternDistance(x: string, y: string): number {
  const a = [...x].map((c) => VOWEL_CLASS[c] ?? '').join('');
  const b = [...y].map((c) => VOWEL_CLASS[c] ?? '').join('');
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(prev[j - 1]! + (a.charAt(i - 1) === b.charAt(j - 1) ? 0 : 1), prev[j]! + 1, cur[j - 1]! + 1);
    prev = cur;
  }
  return prev[b.length]! / longer;
}
