import type { ReadableDb } from '../db/connection';
import { bandKeys } from '../../../shared/text/minhash';

/**
 * The library's locality-sensitive hashing index, in memory: for each MinHash band key, the
 * articles whose signature has it. Built from the stored signatures when an import needs it and
 * kept up to date by that import.
 *
 * NB: this replaced a `minhash_bands` table (migration 009). Sixteen B-tree look-ups and sixteen
 * inserts (with two indexes and foreign-key checks) per article were a third of a bulk import's
 * database time; rebuilding the map from the signatures costs ~2 ms per thousand articles.
 */
export class BandIndex {
  /** Band key → the article holding it, or the articles when more than one does. */
  private readonly buckets = new Map<number, number | number[]>();

  /** Builds the index over every signature stored in the library. */
  static fromLibrary(db: ReadableDb): BandIndex {
    const index = new BandIndex();
    const rows = db.prepare('SELECT article_id, signature FROM article_minhash').raw().iterate() as Iterable<[number, Buffer]>;
    for (const [id, blob] of rows) index.add(id, bandKeys(signatureFromBlob(blob)));
    return index;
  }

  /**
   * The articles sharing at least one band with these keys, except `self`. A bucket holding more
   * than `maxBucket` articles is skipped: a band that many articles share is boilerplate (templated
   * market briefs), not evidence of a copy, and comparing against all of them would be slow.
   */
  candidates(keys: readonly number[], self: number, maxBucket: number): Set<number> {
    const found = new Set<number>();
    for (const key of keys) {
      const bucket = this.buckets.get(key);
      if (bucket === undefined) continue;
      if (typeof bucket === 'number') {
        if (bucket !== self) found.add(bucket);
      } else if (bucket.length <= maxBucket) {
        for (const id of bucket) if (id !== self) found.add(id);
      }
    }
    return found;
  }

  /** Records that an article's signature has these band keys. */
  add(id: number, keys: readonly number[]): void {
    for (const key of keys) {
      const bucket = this.buckets.get(key);
      if (bucket === undefined) this.buckets.set(key, id);
      else if (typeof bucket === 'number') this.buckets.set(key, [bucket, id]);
      else bucket.push(id);
    }
  }

  /** Forgets an article's band keys (its text changed or it was deleted). */
  remove(id: number, keys: readonly number[]): void {
    for (const key of keys) {
      const bucket = this.buckets.get(key);
      if (bucket === id) this.buckets.delete(key);
      else if (Array.isArray(bucket)) {
        const at = bucket.indexOf(id);
        if (at >= 0) bucket.splice(at, 1);
        if (bucket.length === 1) this.buckets.set(key, bucket[0]!);
      }
    }
  }
}

/** A stored signature blob as the Uint32Array it was written from (copied: the blob may be pooled). */
export function signatureFromBlob(blob: Buffer): Uint32Array {
  return new Uint32Array(blob.buffer.slice(blob.byteOffset, blob.byteOffset + blob.byteLength));
}
