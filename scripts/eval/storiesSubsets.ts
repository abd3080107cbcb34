/**
 * Size independence of story grouping (issue 16 part 3): subsets of ECB+ topics grouped alone
 * against the same articles' stories when the whole set is grouped at once. Used by
 * `scripts/eval-stories.ts --subsets`.
 */
import { groupStories, type GroupStoriesOptions } from '@shared/stories/stories';
import { countTerms } from '@shared/stories/storiesVectors';
import { seededRandom } from '@shared/text/seededRandom';
import { bcubed } from './bcubed';
import type { EvalDoc } from './storiesIncremental';

/** A set of topics to group alone. */
export interface TopicSubset {
  readonly name: string;
  readonly topics: readonly number[];
}

/** Contiguous runs of `size` topics, and `random` subsets of that size drawn with a fixed seed. */
export function topicSubsets(topics: readonly number[], sizes: readonly number[], random = 10, seed = 16): TopicSubset[] {
  const next = seededRandom(seed);
  const sorted = [...topics].sort((a, b) => a - b);
  return sizes.flatMap((size) => {
    const runs: TopicSubset[] = [];
    for (let at = 0; at + size <= sorted.length; at += size) {
      const run = sorted.slice(at, at + size);
      runs.push({ name: `${run[0]}–${run.at(-1)}`, topics: run });
    }
    for (let k = 0; k < random; k++) {
      const picked = sorted
        .map((t) => ({ t, r: next() }))
        .sort((a, b) => a.r - b.r)
        .slice(0, size)
        .map((x) => x.t)
        .sort((a, b) => a - b);
      runs.push({ name: `random ${k + 1}`, topics: picked });
    }
    return runs;
  });
}

/** B³ F1 of a subset grouped alone and of the same articles inside the whole grouping. */
export interface SubsetScore {
  readonly subset: TopicSubset;
  readonly alone: number;
  readonly inWhole: number;
}

/**
 * Scores every subset; `options` go to `groupStories` both times. With `restAsBackground`, a subset
 * grouped alone gets the other topics' document frequencies as its background
 * (`VectorOptions.background`): what a background table of news English could at best give.
 */
export function scoreSubsets(
  docs: readonly EvalDoc[],
  subsets: readonly TopicSubset[],
  options: GroupStoriesOptions = {},
  restAsBackground = false
): SubsetScore[] {
  const whole = labels(docs, options);
  return subsets.map((subset) => {
    const keep = new Set(subset.topics);
    const part = docs.filter((d) => keep.has(d.topic));
    const gold = new Map(part.map((d) => [d.file, d.cluster]));
    const inWhole = new Map(part.map((d) => [d.file, whole.get(d.file)!]));
    const alone = restAsBackground ? { ...options, background: documentFrequencies(docs.filter((d) => !keep.has(d.topic))) } : options;
    return { subset, alone: bcubed(labels(part, alone), gold).f1, inWhole: bcubed(inWhole, gold).f1 };
  });
}

/** Term → number of these documents holding it, keyed as story grouping keys terms. */
function documentFrequencies(docs: readonly EvalDoc[]): { df: Map<string, number>; articles: number } {
  const { counts, vocabulary } = countTerms(docs.map((d) => ({ title: '', text: d.text })));
  const df = new Map<string, number>();
  for (const c of counts) for (const t of c.terms) df.set(vocabulary[t]!, (df.get(vocabulary[t]!) ?? 0) + 1);
  return { df, articles: docs.length };
}

function labels(docs: readonly EvalDoc[], options: GroupStoriesOptions): Map<string, string> {
  const { stories } = groupStories(
    docs.map((d) => ({ id: d.file, title: '', text: d.text })),
    options
  );
  const out = new Map<string, string>();
  for (const s of stories) for (const id of s.articleIds) out.set(id, s.id);
  return out;
}
