/**
 * Stories of two reports in a large library (`scripts/eval-stories.ts --two-reports`): does the
 * pair factor (`GroupStoriesOptions.pairFactor`) part two reports of one event? One event of each
 * ECB+ topic (the newer, `_ecbplus`) is cut to two random reports and the other event left out, so
 * each pair has no sibling event; the pairs are grouped among bbc-news-2225's distinct texts (other
 * news, which never report these events), once per factor, and counted together or apart.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { groupStories, type StoryArticle } from '@shared/stories/stories';
import { seededRandom } from '@shared/text/seededRandom';
import type { EvalDoc } from './storiesIncremental';

/** The factors compared (1 is no rule). */
export const TWO_REPORT_FACTORS: readonly number[] = [1, 1.25, 1.5, 1.75, 2];

/** One factor's count over every draw. */
export interface TwoReportScore {
  readonly pairFactor: number;
  /** Pairs whose two reports ended in one story. */
  readonly together: number;
  /** Of those, pairs whose story also holds other articles. */
  readonly withOthers: number;
  readonly pairs: number;
}

/** bbc-news-2225's texts, exact duplicates once, the first line as the title (as `crosscheck import` reads them). */
export function readBbc(dir: string): StoryArticle[] {
  const seen = new Set<string>();
  const out: StoryArticle[] = [];
  for (const category of readdirSync(dir)
    .filter((c) => !c.includes('.'))
    .sort()) {
    for (const file of readdirSync(join(dir, category)).sort()) {
      const raw = readFileSync(join(dir, category, file), 'latin1');
      if (seen.has(raw)) continue;
      seen.add(raw);
      const [title = '', ...rest] = raw.split('\n');
      out.push({ id: `bbc/${category}/${file}`, title: title.trim(), text: rest.join('\n') });
    }
  }
  return out;
}

/** Each factor of `factors` over `draws` random draws of the pairs (seeds 1…draws). */
export function scoreTwoReports(
  docs: readonly EvalDoc[],
  background: readonly StoryArticle[],
  draws = 3,
  factors = TWO_REPORT_FACTORS
): TwoReportScore[] {
  const events = new Map<string, EvalDoc[]>();
  for (const d of docs) if (d.cluster.endsWith('_ecbplus')) events.set(d.cluster, [...(events.get(d.cluster) ?? []), d]);
  const scores = factors.map((pairFactor) => ({ pairFactor, together: 0, withOthers: 0, pairs: 0 }));
  for (let seed = 1; seed <= draws; seed++) {
    const next = seededRandom(seed);
    const pairs = [...events.values()]
      .filter((list) => list.length >= 2)
      .map((list) =>
        list
          .map((d) => ({ d, key: next() }))
          .sort((a, b) => a.key - b.key)
          .slice(0, 2)
          .map((x) => x.d)
      );
    const library = [...background, ...pairs.flat().map((d) => ({ id: d.file, title: '', text: d.text }))];
    for (const score of scores) {
      const { stories } = groupStories(library, { pairFactor: score.pairFactor });
      const storyOf = new Map<string, { id: string; size: number }>();
      for (const s of stories) for (const id of s.articleIds) storyOf.set(id, { id: s.id, size: s.articleIds.length });
      for (const [a, b] of pairs) {
        score.pairs++;
        const sa = storyOf.get(a!.file)!;
        if (sa.id !== storyOf.get(b!.file)!.id) continue;
        score.together++;
        if (sa.size > 2) score.withOthers++;
      }
    }
  }
  return scores;
}
