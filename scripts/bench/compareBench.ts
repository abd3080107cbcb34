/**
 * Comparison benchmark (`npm run bench:compare`): the full comparison of the five seeds and of
 * twelve 2,000-word articles (bbc-news-2225 texts joined to length), with the time per pair, and
 * grouping all of reuters-21578 into stories. Medians of several runs; written to
 * docs/benchmarks.md (section compare-speed).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compareArticles } from '@shared/compare/compareArticles';
import { groupStories } from '@shared/stories/stories';
import { corporaRoot, median, reutersFolder } from './corpora';
import { writeSection } from './report';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const ROOT = path.resolve(import.meta.dirname, '..', '..');

function time(fn: () => void, runs = RUNS): number {
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    fn();
    t.push(performance.now() - s);
  }
  return median(t);
}

const seeds = fs
  .readdirSync(path.join(ROOT, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .map((f, i) => ({ id: String(i + 1), title: f, text: fs.readFileSync(path.join(ROOT, 'seeds', f), 'utf8') }));

const root = corporaRoot();
const bbcDir = path.join(root, 'bbc-news-2225', 'bbc', 'politics');
const bbcTexts = fs.readdirSync(bbcDir).sort().map((f) => fs.readFileSync(path.join(bbcDir, f), 'latin1'));
const twelve = Array.from({ length: 12 }, (_, i) => {
  const parts: string[] = [];
  let words = 0;
  // Neighbouring articles overlap in topic; every third article repeats part of the previous one,
  // so the comparison has real shared passages to align, not only unrelated text.
  for (let k = i * 6; words < 2000; k++) {
    const t = bbcTexts[k % bbcTexts.length]!;
    parts.push(t);
    words += t.split(/\s+/).length;
  }
  if (i % 3 === 2) parts.unshift(bbcTexts[(i - 1) * 6]!);
  return { id: String(i + 1), title: `long ${i + 1}`, text: parts.join('\n\n') };
});

const reuters = reutersFolder(root);
const reutersArticles: Array<{ id: string; title: string; text: string }> = [];
for (const dir of fs.readdirSync(reuters).filter((d) => d.startsWith('reut2-')).sort()) {
  for (const f of fs.readdirSync(path.join(reuters, dir)).sort()) {
    const text = fs.readFileSync(path.join(reuters, dir, f), 'utf8');
    reutersArticles.push({ id: f, title: text.split('\n')[0] ?? '', text });
  }
}

const pairs = (n: number) => (n * (n - 1)) / 2;
const seedsMs = time(() => compareArticles(seeds));
const twelveMs = time(() => compareArticles(twelve), Math.min(RUNS, 3));
const storiesMs = time(() => groupStories(reutersArticles), 1);

const table = [
  `Medians on ${os.cpus().length} cores (${new Date().toISOString().slice(0, 10)}); in-process, same data every run.`,
  '',
  '| task | articles | pairs | total ms | ms per pair |',
  '| --- | ---: | ---: | ---: | ---: |',
  `| compare the five seeds | 5 | ${pairs(5)} | ${seedsMs.toFixed(0)} | ${(seedsMs / pairs(5)).toFixed(1)} |`,
  `| compare twelve ~2,000-word articles | 12 | ${pairs(12)} | ${twelveMs.toFixed(0)} | ${(twelveMs / pairs(12)).toFixed(1)} |`,
  `| group reuters-21578 into stories | ${reutersArticles.length} | — | ${storiesMs.toFixed(0)} | — |`
].join('\n');
process.stdout.write(table + '\n');
writeSection(path.join(ROOT, 'docs', 'benchmarks.md'), 'compare-speed', table);
