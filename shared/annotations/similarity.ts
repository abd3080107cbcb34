/**
 * How well a highlight's stored context (prefix or suffix, normalised) matches the text beside a
 * candidate place: 1 − (edit distance / context length), the distance anchored at the candidate's
 * edge and free at the far end (a word inserted near the far end costs its length once, not a
 * shift of everything after it).
 */

/** Extra code units read beyond the stored context's length, so insertions near it can be absorbed. */
const SLACK = 8;

/**
 * Similarity (0–1) of `stored` to the text just before `at` (side 'prefix') or from `at` on
 * (side 'suffix'). An empty stored context means the highlight touched the text's start or end:
 * 1 when the candidate does too, else 0.5 (no evidence either way).
 */
export function contextSimilarity(stored: string, text: string, at: number, side: 'prefix' | 'suffix'): number {
  const window = side === 'prefix' ? text.slice(Math.max(0, at - stored.length - SLACK), at) : text.slice(at, at + stored.length + SLACK);
  if (stored.length === 0) return window.length === 0 ? 1 : 0.5;
  const distance = side === 'prefix' ? anchoredDistance(reverse(stored), reverse(window)) : anchoredDistance(stored, window);
  return Math.max(0, 1 - distance / stored.length);
}

/**
 * The edit distance from `pattern` to the best prefix of `text` (Levenshtein, the text's end free).
 * O(pattern × text) with one row; both are at most ~40 code units here.
 */
export function anchoredDistance(pattern: string, text: string): number {
  const row = new Int32Array(text.length + 1);
  for (let j = 0; j <= text.length; j++) row[j] = j;
  for (let i = 1; i <= pattern.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    const p = pattern.charCodeAt(i - 1);
    for (let j = 1; j <= text.length; j++) {
      const above = row[j]!;
      const cost = p === text.charCodeAt(j - 1) ? 0 : 1;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + cost);
      diagonal = above;
    }
  }
  let best = row[0]!;
  for (let j = 1; j <= text.length; j++) if (row[j]! < best) best = row[j]!;
  return best;
}

function reverse(s: string): string {
  let out = '';
  for (let i = s.length - 1; i >= 0; i--) out += s[i];
  return out;
}

/** Levenshtein distance between two strings, one row at a time (for quotes of at most a few hundred units). */
export function editDistance(a: string, b: string): number {
  const row = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) row[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    const c = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (c === b.charCodeAt(j - 1) ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}
