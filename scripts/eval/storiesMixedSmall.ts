/**
 * Small mixed libraries (`scripts/eval-stories.ts --mixed-small`; review 13, finding 3): a user's
 * folder of a few dozen articles, most of them unrelated news of one or two fields, with a few
 * events reported several times. Each library draws bbc-news-2225 articles from two of its
 * categories (different categories are never one story; within one, a random pair almost never is,
 * docs/compare.md "Stories of two") and two to five reports of each of a few ECB+ events (both
 * events of a topic, which must stay apart and each form). Scored with and without the evidence
 * rule (`GroupStoriesOptions.evidence`); nothing here is tuned.
 */
import { groupStories, type StoryArticle } from '@shared/stories/stories';
import { seededRandom } from '@shared/text/seededRandom';
import { bcubed } from './bcubed';
import type { EvalDoc } from './storiesIncremental';

/** Library sizes drawn, and libraries per size. */
export const MIXED_SIZES: readonly number[] = [20, 40, 60, 100];
export const MIXED_DRAWS = 10;

/** One setting's scores over every library of one size. */
export interface MixedScore {
  readonly size: number;
  readonly evidence: boolean;
  /** Mean share of the bbc articles that ended in a story of two or more. */
  readonly bbcInStories: number;
  /** Stories holding bbc articles of two categories, or a bbc and an ECB+ article (summed over the libraries). */
  readonly mixedStories: number;
  /** Stories of two or more bbc articles (summed). */
  readonly bbcStories: number;
  /** Mean B³ F1 over the ECB+ reports (their events as gold). */
  readonly ecbF1: number;
}

function shuffle<T>(items: readonly T[], next: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Scores every size with the rule off and on, over the same drawn libraries. */
export function scoreMixedSmall(ecb: readonly EvalDoc[], bbc: readonly StoryArticle[]): MixedScore[] {
  const categories = [...new Set(bbc.map((a) => a.id.split('/')[1]!))].sort();
  const topics = [...new Set(ecb.map((d) => d.topic))].sort((a, b) => a - b);
  const out: MixedScore[] = [];
  for (const size of MIXED_SIZES) {
    const sums = [false, true].map((evidence) => ({ evidence, bbcIn: 0, mixed: 0, bbcStories: 0, f1: 0 }));
    for (let draw = 1; draw <= MIXED_DRAWS; draw++) {
      const next = seededRandom(size * 100 + draw);
      const events: EvalDoc[] = [];
      for (const topic of shuffle(topics, next).slice(0, size <= 20 ? 1 : size <= 60 ? 2 : 3)) {
        const byEvent = new Map<string, EvalDoc[]>();
        for (const d of ecb) if (d.topic === topic) byEvent.set(d.cluster, [...(byEvent.get(d.cluster) ?? []), d]);
        for (const reports of byEvent.values()) events.push(...shuffle(reports, next).slice(0, 2 + Math.floor(next() * 4)));
      }
      const [c1, c2] = shuffle(categories, next);
      const pool = shuffle(
        bbc.filter((a) => a.id.split('/')[1] === c1 || a.id.split('/')[1] === c2),
        next
      ).slice(0, Math.max(0, size - events.length));
      const articles: StoryArticle[] = [
        ...pool,
        ...events.map((d) => ({ id: `ecb/${d.cluster}/${d.file}`, title: '', text: d.text }))
      ];
      for (const s of sums) {
        const { stories } = groupStories(shuffle(articles, seededRandom(draw)), { evidence: s.evidence });
        const predicted = new Map<string, string>();
        for (const story of stories) {
          for (const id of story.articleIds) predicted.set(id, story.id);
          if (story.articleIds.length < 2) continue;
          const kinds = new Set(story.articleIds.map((id) => (id.startsWith('ecb/') ? 'ecb' : id.split('/')[1]!)));
          const bbcMembers = story.articleIds.filter((id) => id.startsWith('bbc/')).length;
          s.bbcIn += bbcMembers / Math.max(1, pool.length);
          if (kinds.size > 1) s.mixed++;
          if (bbcMembers >= 2) s.bbcStories++;
        }
        const gold = new Map(events.map((d) => [`ecb/${d.cluster}/${d.file}`, d.cluster]));
        s.f1 += bcubed(new Map([...predicted].filter(([id]) => gold.has(id))), gold).f1;
      }
    }
    for (const s of sums)
      out.push({ size, evidence: s.evidence, bbcInStories: s.bbcIn / MIXED_DRAWS, mixedStories: s.mixed, bbcStories: s.bbcStories, ecbF1: s.f1 / MIXED_DRAWS });
  }
  return out;
}
