/**
 * MinHash signatures and LSH band keys exactly as migrations 005 and 011 computed them, frozen.
 *
 * NB: a copy, on purpose, of `shared/text/minhash.ts`, `shared/text/tokens.ts#foldedWords` and
 * `shared/text/fold.ts#foldText` as they stood when migration 011 landed (commit 002f181). A
 * migration's behaviour is fixed when it lands: if the live code changes (another shingle size,
 * other bands, another folding), a library migrated from an old version must still get what these
 * migrations always wrote. Never edit this file; a new scheme is a new migration.
 */

const MINHASH_SIZE = 64;
const BANDS = 21;
const ROWS = 3;
const SHINGLE = 5;
const BIN_BITS = 6;
const RANK_MASK = 0xffffffff >>> BIN_BITS;
const EMPTY = 0xffffffff;

const WORD = /[\p{L}\p{N}\p{M}]+(?:['\u2019\-.,][\p{L}\p{N}\p{M}]+)*/gu;
const COMBINING_MARKS = /\p{M}/gu;
const APOSTROPHES = /[\u2018\u2019\u201b\u02bc\u02bb\u0060\u00b4\u2032]/g;
const LETTER_MAP: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ł: 'l', ı: 'i' };
const SPECIAL_LETTERS = /[ßæœøđðþłı]/g;

/** A word folded as search and import folded it then: lower case, no diacritics, one apostrophe. */
function fold(word: string): string {
  return word
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(SPECIAL_LETTERS, (ch) => LETTER_MAP[ch] ?? ch)
    .replace(APOSTROPHES, "'");
}

/**
 * The one-permutation MinHash signature (64 bins, densified) of a text's five-word shingles.
 *
 * @returns null when the text has fewer than five words.
 */
export function frozenSignature(text: string): Uint32Array | null {
  const folded = (text.match(WORD) ?? []).map(fold);
  if (folded.length < SHINGLE) return null;
  const words = new Uint32Array(folded.length);
  for (let i = 0; i < folded.length; i++) words[i] = fnv1a(folded[i]!);
  const sig = new Uint32Array(MINHASH_SIZE).fill(EMPTY);
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    let h = 0x811c9dc5;
    for (let j = i; j < i + SHINGLE; j++) h = Math.imul(h ^ words[j]!, 0x01000193);
    const v = mix(h);
    const bin = v >>> (32 - BIN_BITS);
    const rank = v & RANK_MASK;
    if (rank < sig[bin]!) sig[bin] = rank;
  }
  const filled = sig.map((x) => (x === EMPTY ? 0 : 1));
  for (let bin = 0; bin < MINHASH_SIZE; bin++) {
    if (filled[bin]) continue;
    for (let attempt = 1; ; attempt++) {
      const from = mix(Math.imul(bin + 1, 0x9e3779b1) ^ Math.imul(attempt, 0x85ebca6b)) & (MINHASH_SIZE - 1);
      if (filled[from]) {
        sig[bin] = sig[from]!;
        break;
      }
    }
  }
  return sig;
}

/** Share of equal positions of two signatures: the estimated Jaccard similarity, 0..1. */
export function frozenSimilarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < MINHASH_SIZE; k++) if (a[k] === b[k]) same++;
  return same / MINHASH_SIZE;
}

/** One key per band of three positions (21 bands): signatures agreeing on a whole band are candidates. */
export function frozenBandKeys(sig: Uint32Array): number[] {
  const keys: number[] = [];
  for (let band = 0; band < BANDS; band++) {
    let h = 0x811c9dc5 ^ band;
    for (let r = 0; r < ROWS; r++) h = Math.imul(h ^ sig[band * ROWS + r]!, 0x01000193) >>> 0;
    keys.push(h);
  }
  return keys;
}

/** The signature as the blob stored in `article_minhash.signature`. */
export function signatureBlob(sig: Uint32Array): Buffer {
  return Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength);
}

/** The blob read back (copied: a blob may share a pooled buffer at any offset). */
export function signatureOfBlob(blob: Buffer): Uint32Array {
  return new Uint32Array(blob.buffer.slice(blob.byteOffset, blob.byteOffset + blob.byteLength));
}

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
