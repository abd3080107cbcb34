import type { ReadableDb } from '../db/connection';
import { MINHASH_BANDS, MINHASH_SIZE, bandKeys } from '@shared/text/minhash';

/** Slot marks: an empty slot ends a probe; a removed one does not. Article ids are ≥ 1. */
const EMPTY = 0;
const REMOVED = -1;

/**
 * The library's locality-sensitive hashing index, in memory: for each MinHash band key, the
 * articles whose signature has it. Built from the stored signatures when an import needs it and
 * kept up to date by that import.
 *
 * NB: this replaced a `minhash_bands` table (migration 009): sixteen B-tree look-ups and sixteen
 * inserts (with two indexes) per article were a third of a bulk import's database time. It is an
 * open-addressing table of (key, article) pairs in two typed arrays rather than a `Map` of lists:
 * built in ~0.1 s over 21,000 articles' 441,000 band keys (a third of the `Map`'s time), most of
 * it reading the signatures — paid by every import, however few files it brings.
 */
export class BandIndex {
  private keys: Uint32Array;
  private ids: Int32Array;
  /** 32 − log2(table size): {@link home} keeps a hash's top bits. */
  private shift: number;
  /** Slots holding a pair or a removal mark (both lengthen probes). */
  private used = 0;
  /** Keys shared by more articles than {@link cap}: boilerplate, never compared, no longer stored. */
  private readonly saturated = new Set<number>();
  /** The band keys this index was built over, when not all (see {@link fromLibrary}). */
  private only: ReadonlySet<number> | undefined;

  /**
   * @param cap most articles a band key is stored for; a key shared by more is boilerplate
   *   (templated market briefs), not evidence of a copy, and its articles are never candidates.
   */
  constructor(
    private readonly cap: number,
    capacity = 1024
  ) {
    const bits = Math.ceil(Math.log2(Math.max(16, capacity * 2)));
    this.keys = new Uint32Array(2 ** bits);
    this.ids = new Int32Array(2 ** bits);
    this.shift = 32 - bits;
  }

  /**
   * Builds the index over every signature stored in the library; with `only`, over those band keys
   * alone (every article holding one, so boilerplate keys are still recognised): an index that
   * answers for the articles whose keys those are, at a fraction of the cost — no table of the
   * library's ~441,000 keys to fill. {@link covers} says whether it answers for an article.
   */
  static fromLibrary(db: ReadableDb, cap: number, only?: ReadonlySet<number>): BandIndex {
    const count = db.prepare('SELECT count(*) FROM article_minhash').pluck().get() as number;
    const index = new BandIndex(cap, only ? only.size * 2 : count * MINHASH_BANDS);
    index.only = only;
    const rows = db.prepare('SELECT article_id, signature FROM article_minhash').raw().iterate() as Iterable<[number, Buffer]>;
    for (const [id, blob] of rows) {
      const keys = bandKeys(signatureView(blob));
      index.add(id, only ? keys.filter((key) => only.has(key)) : keys);
    }
    return index;
  }

  /**
   * {@link fromLibrary} over these signatures' band keys alone, reading only the stored signatures
   * that share a band with one of them: SQLite compares each band's bytes, so this thread decodes a
   * handful of rows rather than every signature in the library (one new article against the
   * 21,294 of reuters-21578: ~18 ms of CPU against ~55). For a few signatures: the statement has
   * a parameter per band of each.
   *
   * NB: a band's key is a hash of its {@link ROWS} words, so equal bytes give equal keys; a stored
   * band that only collides with a wanted key is not read (that article would fail the similarity
   * check anyway, but it no longer counts towards the key's cap).
   */
  static forSignatures(db: ReadableDb, cap: number, signatures: readonly Uint32Array[]): BandIndex {
    const only = new Set(signatures.flatMap((signature) => bandKeys(signature)));
    const index = new BandIndex(cap, only.size * 2);
    index.only = only;
    if (signatures.length === 0) return index;
    const marks = signatures.map(() => '?').join(', ');
    const bands = Array.from(
      { length: MINHASH_BANDS },
      (_, band) => `substr(signature, ${band * ROWS * 4 + 1}, ${ROWS * 4}) IN (${marks})`
    );
    const bytes = (signature: Uint32Array, band: number) =>
      Buffer.from(signature.buffer, signature.byteOffset + band * ROWS * 4, ROWS * 4);
    const params = Array.from({ length: MINHASH_BANDS }, (_, band) =>
      signatures.map((signature) => bytes(signature, band))
    ).flat();
    const rows = db
      .prepare(`SELECT article_id, signature FROM article_minhash WHERE ${bands.join(' OR ')}`)
      .raw()
      .iterate(...params);
    for (const [id, blob] of rows as Iterable<[number, Buffer]>)
      index.add(
        id,
        bandKeys(signatureView(blob)).filter((key) => only.has(key))
      );
    return index;
  }

  /** True when built over some band keys only ({@link fromLibrary}'s `only`). */
  get partial(): boolean {
    return this.only !== undefined;
  }

  /** Whether the index answers {@link candidates} for these keys: all of them were indexed. */
  covers(keys: readonly number[]): boolean {
    const only = this.only;
    return only === undefined || keys.every((key) => only.has(key));
  }

  /** The articles sharing at least one band with these keys, except `self`. */
  candidates(keys: readonly number[], self: number): Set<number> {
    const found = new Set<number>();
    const mask = this.keys.length - 1;
    for (const key of keys) {
      if (this.saturated.has(key)) continue;
      for (let slot = this.home(key); this.ids[slot] !== EMPTY; slot = (slot + 1) & mask) {
        const id = this.ids[slot]!;
        if (id !== REMOVED && this.keys[slot] === key && id !== self) found.add(id);
      }
    }
    return found;
  }

  /** Records that an article's signature has these band keys. */
  add(id: number, keys: readonly number[]): void {
    for (const key of keys) {
      if (this.saturated.has(key)) continue;
      if ((this.used + 1) * 2 > this.keys.length) this.grow();
      const mask = this.keys.length - 1;
      let slot = this.home(key);
      let stored = 0;
      for (; this.ids[slot] !== EMPTY; slot = (slot + 1) & mask)
        if (this.keys[slot] === key && this.ids[slot] !== REMOVED) stored++;
      if (stored >= this.cap) {
        this.saturate(key);
        continue;
      }
      this.keys[slot] = key;
      this.ids[slot] = id;
      this.used++;
    }
  }

  /** Forgets an article's band keys (its text changed). A saturated key stays so. */
  remove(id: number, keys: readonly number[]): void {
    const mask = this.keys.length - 1;
    for (const key of keys) {
      for (let slot = this.home(key); this.ids[slot] !== EMPTY; slot = (slot + 1) & mask) {
        if (this.keys[slot] === key && this.ids[slot] === id) this.ids[slot] = REMOVED;
      }
    }
  }

  /** Marks a key as boilerplate and drops the pairs stored for it. */
  private saturate(key: number): void {
    this.saturated.add(key);
    const mask = this.keys.length - 1;
    for (let slot = this.home(key); this.ids[slot] !== EMPTY; slot = (slot + 1) & mask) {
      if (this.keys[slot] === key) this.ids[slot] = REMOVED;
    }
  }

  /** A key's first slot: Fibonacci hashing, the product's top bits. */
  private home(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> this.shift;
  }

  /** Doubles the table and re-inserts the live pairs (removal marks are dropped). */
  private grow(): void {
    const { keys, ids } = this;
    this.keys = new Uint32Array(keys.length * 2);
    this.ids = new Int32Array(ids.length * 2);
    this.shift--;
    this.used = 0;
    const mask = this.keys.length - 1;
    for (let i = 0; i < keys.length; i++) {
      if (ids[i]! <= 0) continue;
      let slot = this.home(keys[i]!);
      while (this.ids[slot] !== EMPTY) slot = (slot + 1) & mask;
      this.keys[slot] = keys[i]!;
      this.ids[slot] = ids[i]!;
      this.used++;
    }
  }
}

/**
 * Words per band, as `bandKeys` hashes them (shared/text/minhash.ts: 21 bands of 3, the 64th word in
 * none); {@link BandIndex.forSignatures} compares a band's bytes.
 */
const ROWS = Math.floor(MINHASH_SIZE / MINHASH_BANDS);

/** A stored signature blob as the Uint32Array it was written from (copied: the blob may be pooled). */
export function signatureFromBlob(blob: Buffer): Uint32Array {
  return new Uint32Array(blob.buffer.slice(blob.byteOffset, blob.byteOffset + blob.byteLength));
}

/** The blob's words without a copy when it is aligned (read-only use; it may be a pooled buffer). */
function signatureView(blob: Buffer): Uint32Array {
  return blob.byteOffset % 4 === 0 ? new Uint32Array(blob.buffer, blob.byteOffset, blob.byteLength / 4) : signatureFromBlob(blob);
}
