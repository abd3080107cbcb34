import { foldedWords } from './tokens';

/** Hash functions in a signature; 16 bands of 4 rows each for locality-sensitive hashing. */
export const MINHASH_SIZE = 64;
export const MINHASH_BANDS = 16;
const ROWS = MINHASH_SIZE / MINHASH_BANDS;
/** Words per shingle: five-word runs survive light edits elsewhere in a sentence. */
const SHINGLE = 5;

// Fixed random coefficients (a, b) of the hash functions — fixed so signatures stored in a library stay
// comparable across versions.
const COEFF_A = new Int32Array(MINHASH_SIZE);
const COEFF_B = new Int32Array(MINHASH_SIZE);
{
  let x = 0x9e3779b1;
  const next = () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return x | 1;
  };
  for (let k = 0; k < MINHASH_SIZE; k++) {
    COEFF_A[k] = next();
    COEFF_B[k] = next();
  }
}

/**
 * The MinHash signature of a text: for each of {@link MINHASH_SIZE} hash functions, the least
 * hash over the text's five-word shingles (folded words). The share of equal positions in two
 * signatures estimates the Jaccard similarity of their shingle sets.
 *
 * @returns null when the text is too short to have a shingle.
 */
export function minhashSignature(text: string): Uint32Array | null {
  return minhashOfWords(foldedWords(text));
}

/** {@link minhashSignature} of a text already split into folded words (see `foldedWords`). */
export function minhashOfWords(folded: readonly string[]): Uint32Array | null {
  if (folded.length < SHINGLE) return null;
  const words = new Uint32Array(folded.length);
  for (let i = 0; i < folded.length; i++) words[i] = fnv1a(folded[i]!);
  const sig = new Uint32Array(MINHASH_SIZE).fill(0xffffffff);
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    let h = 0x811c9dc5;
    for (let j = i; j < i + SHINGLE; j++) h = mix(h ^ words[j]!) ^ j - i;
    for (let k = 0; k < MINHASH_SIZE; k++) {
      const v = mix(Math.imul(h ^ COEFF_A[k]!, COEFF_B[k]!));
      if (v < sig[k]!) sig[k] = v;
    }
  }
  return sig;
}

/** Estimated Jaccard similarity of two signatures, 0..1. */
export function signatureSimilarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < MINHASH_SIZE; k++) if (a[k] === b[k]) same++;
  return same / MINHASH_SIZE;
}

/**
 * One key per band: two texts whose signatures agree on all rows of some band become candidates.
 * With 16 bands of 4 rows a pair at Jaccard 0.5 is found with probability ~0.65, at 0.7 ~0.99.
 */
export function bandKeys(sig: Uint32Array): number[] {
  const keys: number[] = [];
  for (let band = 0; band < MINHASH_BANDS; band++) {
    let h = 0x811c9dc5 ^ band;
    for (let r = 0; r < ROWS; r++) {
      h = Math.imul(h ^ sig[band * ROWS + r]!, 0x01000193) >>> 0;
    }
    keys.push(h);
  }
  return keys;
}

/** Murmur3's finaliser: spreads every input bit over the output, so each k is its own hash. */
function mix(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
