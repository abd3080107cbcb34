/**
 * Speed of `alignTexts` on texts built from PAN 2013 documents (real prose, not lorem ipsum):
 *
 *   npx tsx scripts/eval/panSpeed.ts
 *
 * Two 2,000-word articles sharing a passage (median of 50 runs, after warm-up), and two
 * 100,000-word texts sharing 7,000 words (one cold run, the case a user waits for).
 */

import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { alignTexts } from '@shared/compare/alignment/align';

const corpus = resolve(process.env.CROSSCHECK_CORPORA ?? '../shared/corpora', 'pan13-text-alignment-training');

/** The first `words` words of the documents of `dir`, from the `skip`-th on, joined. */
function prose(dir: 'susp' | 'src', skip: number, words: number): string {
  const names = readdirSync(join(corpus, dir)).sort();
  const out: string[] = [];
  for (let i = skip; out.length < words && i < names.length; i++) {
    out.push(
      ...readFileSync(join(corpus, dir, names[i]!), 'utf8')
        .split(/\s+/)
        .filter((w) => w !== '')
    );
  }
  return out.slice(0, words).join(' ');
}

/** `base` with `insert` spliced in at about its middle, on a word boundary. */
function splice(base: string, insert: string): string {
  const at = base.indexOf(' ', base.length >> 1);
  return `${base.slice(0, at)} ${insert}${base.slice(at)}`;
}

function timeIt(run: () => unknown): number {
  const t0 = performance.now();
  run();
  return performance.now() - t0;
}

const a2k = prose('susp', 0, 2000);
const b2k = splice(prose('src', 0, 1700), a2k.split(' ').slice(800, 1100).join(' '));
const a100k = prose('susp', 10, 100_000);
const b100k = splice(prose('src', 10, 93_000), a100k.split(' ').slice(40_000, 47_000).join(' '));

// The cold run first: caches empty, functions not yet optimised.
const big = timeIt(() => alignTexts(a100k, b100k));
for (let i = 0; i < 10; i++) alignTexts(a2k, b2k);
const small = Array.from({ length: 50 }, () => timeIt(() => alignTexts(a2k, b2k))).sort((x, y) => x - y);

process.stdout.write(
  `2,000 vs 2,000 words: ${small[25]!.toFixed(1)} ms median (${alignTexts(a2k, b2k).length} passages)\n` +
    `100,000 vs 100,000 words: ${big.toFixed(0)} ms, cold (${alignTexts(a100k, b100k).length} passages)\n`
);
