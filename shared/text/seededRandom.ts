/**
 * mulberry32: a tiny seeded pseudo-random generator. Property tests and benchmarks use it so a
 * failure or a generated corpus reproduces exactly from its seed. Not for anything secret.
 *
 * @example const next = seededRandom(42); next() // a number in [0, 1)
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
