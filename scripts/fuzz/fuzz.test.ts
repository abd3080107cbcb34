import { describe, expect, it } from 'vitest';
import { BlockCoverage } from './coverage';
import { fuzzLoop } from './loop';
import { Random } from './random';

describe('the coverage-guided fuzzer (npm run fuzz)', () => {
  it('keeps the inputs that reach a new branch, and so gets through nested branches', async () => {
    const coverage = new BlockCoverage((url) => url.includes('toyTarget'));
    await coverage.start();
    // NB: imported after coverage starts: V8 counts blocks only in functions compiled after that.
    const { toyDepth } = await import('./toyTarget');
    try {
      const result = await fuzzLoop({
        seeds: [new TextEncoder().encode('x')],
        random: new Random(7),
        mutation: { dictionary: ['<', 'p', '>'], maxBytes: 64 },
        runs: 500,
        run: async (bytes) => {
          toyDepth(bytes);
          return { verdict: { ok: true }, features: await coverage.takeNew() };
        }
      });
      const depths = result.corpus.map((input) => toyDepth(input));
      // Kept: inputs that reached a branch first ('<', '<p', '<p>'), not every input run. Blind
      // mutation of 'x' reaches '<p>' at the start about once in millions of runs.
      expect(Math.max(...depths)).toBe(3);
      expect(result.corpus.length).toBeLessThan(10);
      expect(result.executions).toBe(500);
    } finally {
      await coverage.stop();
    }
  });
});
