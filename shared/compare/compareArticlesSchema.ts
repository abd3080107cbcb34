/**
 * Zod schema of {@link Comparison}, for validating a comparison where it crosses a process
 * boundary (worker → main → renderer). Kept next to the types, with a compile-time check that
 * the two describe the same data.
 */
import { z } from 'zod';
import type { Comparison } from './compareArticlesTypes';

const offset = z.number().int().nonnegative();
const share = z.number().min(0).max(1);
const kind = z.enum(['exact', 'light', 'reworded']);

const AlignedPassageSchema = z.object({
  aStart: offset,
  aEnd: offset,
  bStart: offset,
  bEnd: offset,
  kind,
  score: share
});

const WordDiffPartSchema = z.object({ op: z.enum(['same', 'added', 'removed']), text: z.string() });

export const ComparisonSchema = z.object({
  articles: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      outlet: z.string().optional(),
      publishedAt: z.string().optional(),
      words: z.number().int().nonnegative(),
      sharedShare: share,
      uniqueShare: share,
      credits: z.array(z.string())
    })
  ),
  pairs: z.array(
    z.object({
      aId: z.string(),
      bId: z.string(),
      passages: z.array(AlignedPassageSchema),
      aShare: share,
      bShare: share,
      skipped: z.boolean()
    })
  ),
  clusters: z.array(
    z.object({
      id: z.string(),
      articleIds: z.array(z.string()),
      spans: z.array(z.object({ articleId: z.string(), start: offset, end: offset, kind, score: share }))
    })
  ),
  unique: z.array(z.object({ articleId: z.string(), spans: z.array(z.object({ start: offset, end: offset })) })),
  overlap: z.object({ articleIds: z.array(z.string()), shares: z.array(z.array(share)) }),
  wireGroups: z.array(
    z.object({
      id: z.string(),
      articleIds: z.array(z.string()),
      originalId: z.string(),
      reasons: z.array(z.enum(['most complete', 'credited', 'earliest'])),
      undatedIds: z.array(z.string()),
      agency: z.string().optional(),
      coverage: z.record(z.string(), share)
    })
  ),
  quotes: z.array(
    z.object({
      id: z.string(),
      sourceIds: z.array(z.string()),
      occurrences: z.array(
        z.object({ sourceId: z.string(), start: offset, end: offset, text: z.string(), speaker: z.string().optional() })
      ),
      variants: z.array(
        z.object({
          text: z.string(),
          sourceIds: z.array(z.string()),
          relation: z.enum(['reference', 'same', 'excerpt', 'fuller', 'altered']),
          diff: z.array(WordDiffPartSchema)
        })
      ),
      altered: z.boolean(),
      speakers: z.array(z.string())
    })
  ),
  numbers: z.array(
    z.object({
      id: z.string(),
      category: z.enum(['casualties', 'people', 'places', 'count', 'percent', 'money', 'duration', 'date']),
      unit: z.string().optional(),
      label: z.string(),
      sourceIds: z.array(z.string()),
      figures: z.array(
        z.object({
          sourceId: z.string(),
          start: offset,
          end: offset,
          text: z.string(),
          value: z.number(),
          max: z.number().optional(),
          vague: z.boolean(),
          qualifier: z.enum(['more than', 'at least', 'about', 'nearly', 'less than', 'up to']).optional(),
          normalized: z.string()
        })
      ),
      disagree: z.boolean(),
      withinRange: z.boolean()
    })
  ),
  names: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      kind: z.enum(['person', 'place', 'organisation', 'unknown']),
      variants: z.array(z.object({ text: z.string(), count: z.number().int().positive() })),
      counts: z.record(z.string(), z.number().int().positive()),
      mentions: z.array(z.object({ sourceId: z.string(), start: offset, end: offset }))
    })
  )
});

// Compile-time proof that the schema and the hand-written types describe the same data.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesType: Same<z.infer<typeof ComparisonSchema>, Comparison> = true;
void schemaMatchesType;
