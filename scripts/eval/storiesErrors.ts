/**
 * What a subset of ECB+ topics gets wrong when grouped alone (issue 16 part 3): for each subset that
 * misses the target, the topics scored worse than 0.95 alone, the stories that hold both events of
 * such a topic, how many of each event's articles write a year (and which), and the terms the two
 * events share in that story, strongest first. Used by `scripts/eval-stories.ts --errors`.
 */
import { groupStories, type StoryGrouping } from '@shared/stories/stories';
import { latestYear } from '@shared/stories/storiesVectors';
import { termKey } from '@shared/compare/analysis/terms';
import { tokenize } from '@shared/text/tokens';
import { bcubed } from './bcubed';
import type { EvalDoc } from './storiesIncremental';
import type { TopicSubset } from './storiesSubsets';

/** Target of issue 16 part 3: alone at least this… */
const TARGET = 0.9;
/** …and at most this below the same articles inside the whole grouping. */
const TARGET_GAP = 0.02;
/** Topics scored below this alone are described. */
const DESCRIBE_BELOW = 0.95;

/** Lines describing every subset of `subsets` that misses the target, grouped alone against inside the whole of `docs`. */
export function subsetErrors(docs: readonly EvalDoc[], subsets: readonly TopicSubset[]): string[] {
  const whole = grouped(docs);
  const words = surfaceWords(docs);
  const lines: string[] = [];
  for (const subset of subsets) {
    const keep = new Set(subset.topics);
    const part = docs.filter((d) => keep.has(d.topic));
    const alone = grouped(part);
    const aloneF1 = f1(part, alone.labels);
    const wholeF1 = f1(part, whole.labels);
    if (aloneF1 >= TARGET && aloneF1 >= wholeF1 - TARGET_GAP) continue;
    lines.push(
      `${subset.topics.length} topics, ${subset.name} [${subset.topics.join(' ')}]: alone ${f3(aloneF1)}, inside the whole ${f3(wholeF1)}`
    );
    for (const topic of subset.topics) {
      const own = part.filter((d) => d.topic === topic);
      const topicAlone = f1(own, alone.labels);
      if (topicAlone >= DESCRIBE_BELOW) continue;
      lines.push(`  topic ${topic}: alone ${f3(topicAlone)}, inside the whole ${f3(f1(own, whole.labels))}`);
      lines.push(...mixedStories(part, own, alone, words).map((l) => `    ${l}`));
    }
  }
  return lines;
}

interface Grouped {
  readonly grouping: StoryGrouping;
  /** Article (file) → story id. */
  readonly labels: Map<string, string>;
}

function grouped(docs: readonly EvalDoc[]): Grouped {
  const grouping = groupStories(docs.map((d) => ({ id: d.file, title: '', text: d.text })));
  const labels = new Map<string, string>();
  for (const s of grouping.stories) for (const id of s.articleIds) labels.set(id, s.id);
  return { grouping, labels };
}

function f1(docs: readonly EvalDoc[], labels: ReadonlyMap<string, string>): number {
  return bcubed(new Map(docs.map((d) => [d.file, labels.get(d.file)!])), new Map(docs.map((d) => [d.file, d.cluster]))).f1;
}

/** The lines describing how `alone` groups one topic's articles (`own`, among `part`): events split, and stories holding both events. */
function mixedStories(
  part: readonly EvalDoc[],
  own: readonly EvalDoc[],
  alone: Grouped,
  words: ReadonlyMap<string, string>
): string[] {
  const index = new Map(part.map((d, i) => [d.file, i]));
  const { vectors, vocabulary } = alone.grouping.vectors;
  const byStory = new Map<string, EvalDoc[]>();
  for (const d of own) {
    const s = alone.labels.get(d.file)!;
    byStory.set(s, [...(byStory.get(s) ?? []), d]);
  }
  const lines: string[] = [];
  for (const event of [...new Set(own.map((d) => d.cluster))].sort()) {
    const sizes = [...byStory.values()].map((m) => m.filter((d) => d.cluster === event).length).filter((n) => n > 0);
    if (sizes.length > 1) lines.push(`${event} is split: ${sizes.sort((a, b) => b - a).join(' + ')} articles`);
  }
  for (const members of byStory.values()) {
    const events = [...new Set(members.map((d) => d.cluster))].sort();
    if (events.length < 2) continue;
    // Each event's mean vector within this story; a term's share is the product of the two means.
    const means = events.map((event) => {
      const of = members.filter((d) => d.cluster === event);
      const mean = new Map<string, number>();
      for (const d of of) {
        const v = vectors[index.get(d.file)!]!;
        v.terms.forEach((t, k) => mean.set(vocabulary[t]!, (mean.get(vocabulary[t]!) ?? 0) + v.weights[k]! / of.length));
      }
      return mean;
    });
    const shared = [...means[0]!]
      .filter(([term]) => means[1]!.has(term))
      .map(([term, w]) => ({ term, w: w * means[1]!.get(term)! }))
      .sort((a, b) => b.w - a.w)
      .slice(0, 10)
      .map(({ term }) => readable(term, words));
    const described = events.map(
      (event) =>
        `${event} ×${members.filter((d) => d.cluster === event).length} (${years(members.filter((d) => d.cluster === event))})`
    );
    lines.push(`one story holds ${described.join(' and ')}; they share: ${shared.join(', ')}`);
  }
  return lines;
}

/** How many articles write which latest year, and how many write none. */
function years(docs: readonly EvalDoc[]): string {
  const counts = new Map<string, number>();
  for (const d of docs) {
    const y = latestYear(d.text);
    const key = y === 0 ? 'no year' : String(y);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([y, n]) => `${y}: ${n}`)
    .join(', ');
}

/** Term key → the word most often written for it (capitalised forms first), so a report reads `zealand`, not its folded key. */
function surfaceWords(docs: readonly EvalDoc[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const d of docs) {
    for (const t of tokenize(d.text)) {
      const key = termKey(t.norm);
      const forms = counts.get(key) ?? new Map<string, number>();
      // NB: keys fold vowels (sox and six are one key): a capitalised form is what a name part reads as.
      const capitalised = /\p{Lu}/u.test(d.text.charAt(t.start));
      forms.set(t.norm, (forms.get(t.norm) ?? 0) + (capitalised ? 10 : 1));
      counts.set(key, forms);
    }
  }
  return new Map([...counts].map(([key, forms]) => [key, [...forms].sort((a, b) => b[1] - a[1])[0]![0]]));
}

function readable(term: string, words: ReadonlyMap<string, string>): string {
  if (term.startsWith('year:')) return term;
  return term
    .split('_')
    .map((part) => words.get(part) ?? part)
    .join(' ');
}

const f3 = (x: number) => x.toFixed(3);
