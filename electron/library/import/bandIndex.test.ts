import { describe, expect, it } from 'vitest';
import { bandKeys, MINHASH_SIZE } from '@shared/text/minhash';
import { seededRandom } from '@shared/text/seededRandom';
import { makeTempLibrary } from '../testing/tempLibrary';
import { BandIndex } from './bandIndex';

describe('BandIndex', () => {
  it('finds the articles sharing any band key, never the article itself', () => {
    const index = new BandIndex(25);
    index.add(1, [10, 11, 12]);
    index.add(2, [20, 11, 22]);
    index.add(3, [30, 31, 32]);
    expect([...index.candidates([11, 40], 9)].sort()).toEqual([1, 2]);
    expect([...index.candidates([10, 11], 1)]).toEqual([2]);
    expect(index.candidates([99], 9).size).toBe(0);
  });

  it('treats a key shared by more articles than the cap as boilerplate: none of them is a candidate by it', () => {
    const index = new BandIndex(3);
    for (let id = 1; id <= 3; id++) index.add(id, [7, 100 + id]);
    expect(index.candidates([7], 9).size).toBe(3);
    index.add(4, [7, 104]);
    expect(index.candidates([7], 9).size).toBe(0);
    expect([...index.candidates([7, 102], 9)]).toEqual([2]);
  });

  it('forgets an article removed from its buckets, and the rest stay findable', () => {
    const index = new BandIndex(25);
    index.add(1, [5, 6]);
    index.add(2, [5, 8]);
    index.add(3, [5]);
    index.remove(2, [5, 8]);
    expect([...index.candidates([5, 8], 9)].sort()).toEqual([1, 3]);
    index.remove(1, [5, 6]);
    expect([...index.candidates([5, 6], 9)]).toEqual([3]);
    index.remove(3, [5]);
    expect(index.candidates([5], 9).size).toBe(0);
  });

  it('answers like a map of lists through growth, collisions, removals and saturation', () => {
    const random = seededRandom(5);
    const cap = 4;
    const index = new BandIndex(cap, 4);
    const lists = new Map<number, number[]>();
    const saturated = new Set<number>();
    const keysOf = new Map<number, number[]>();
    // Few distinct keys, so buckets fill, collide and saturate.
    const key = () => (Math.floor(random() * 300) * 0x01000193) >>> 0;
    for (let step = 0; step < 4000; step++) {
      const id = 1 + Math.floor(random() * 400);
      if (keysOf.has(id) && random() < 0.3) {
        const keys = keysOf.get(id)!;
        index.remove(id, keys);
        for (const k of keys)
          if (!saturated.has(k))
            lists.set(
              k,
              (lists.get(k) ?? []).filter((x) => x !== id)
            );
        keysOf.delete(id);
      } else if (!keysOf.has(id)) {
        const keys = [...new Set([key(), key(), key()])];
        index.add(id, keys);
        for (const k of keys) {
          if (saturated.has(k)) continue;
          const list = lists.get(k) ?? [];
          if (list.length >= cap) {
            saturated.add(k);
            lists.delete(k);
          } else lists.set(k, [...list, id]);
        }
        keysOf.set(id, keys);
      }
      const probe = [key(), key()];
      const expected = new Set(probe.flatMap((k) => (saturated.has(k) ? [] : (lists.get(k) ?? []))));
      expected.delete(id);
      expect(
        [...index.candidates(probe, id)].sort((a, b) => a - b),
        `step ${step}`
      ).toEqual([...expected].sort((a, b) => a - b));
    }
  });

  it('built over one signature’s band keys (by reading every signature, or the rows SQLite finds), answers for it as the whole library’s index does, boilerplate included', () => {
    const lib = makeTempLibrary();
    try {
      const random = seededRandom(9);
      const signature = () => Uint32Array.from({ length: MINHASH_SIZE }, () => Math.floor(random() * 2 ** 32));
      const probe = signature();
      const stored = Array.from({ length: 40 }, signature);
      // Articles 1–30 share the probe's first band (positions 0–2): more than the cap of 25, so boilerplate.
      for (let id = 1; id <= 30; id++) stored[id - 1]!.set(probe.subarray(0, 3), 0);
      // Article 31 shares its sixth band (positions 15–17), article 32 its last two (57–62).
      stored[30]!.set(probe.subarray(15, 18), 15);
      stored[31]!.set(probe.subarray(57, 63), 57);
      const insert = lib.db.prepare('INSERT INTO article_minhash (article_id, signature) VALUES (?, ?)');
      stored.forEach((s, i) => insert.run(i + 1, Buffer.from(s.buffer)));

      const keys = bandKeys(probe);
      const whole = BandIndex.fromLibrary(lib.db, 25);
      const partial = BandIndex.fromLibrary(lib.db, 25, new Set(keys));
      expect([...whole.candidates(keys, 99)].sort((a, b) => a - b)).toEqual([31, 32]);
      expect([...partial.candidates(keys, 99)].sort((a, b) => a - b)).toEqual([31, 32]);
      // Found by SQLite comparing the bands' bytes: the same answer from the rows sharing a band.
      const few = BandIndex.forSignatures(lib.db, 25, [probe, stored[35]!]);
      expect([...few.candidates(keys, 99)].sort((a, b) => a - b)).toEqual([31, 32]);
      expect([...few.candidates(bandKeys(stored[35]!), 99)]).toEqual([36]);
      expect([few.partial, few.covers(keys), few.covers(bandKeys(stored[34]!))]).toEqual([true, true, false]);
      expect([whole.partial, partial.partial]).toEqual([false, true]);
      expect(partial.covers(keys)).toBe(true);
      expect(partial.covers(bandKeys(stored[35]!))).toBe(false);
      expect(whole.covers(bandKeys(stored[35]!))).toBe(true);
      // An article added to it (the probe, imported) is found by the next one sharing its keys.
      partial.add(99, keys);
      expect([...partial.candidates(keys.slice(5, 6), 100)].sort((a, b) => a - b)).toEqual([31, 99]);
    } finally {
      lib.dispose();
    }
  });
});
