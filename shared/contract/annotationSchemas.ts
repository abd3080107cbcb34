import { z } from 'zod';
import { hashText } from '@shared/annotations/selectors';
import { ArticleId, TextRange } from './schemas';

/**
 * Shapes of the `annotations:*` channels (highlights and notes, issue 10). Every position is in
 * UTF-16 code units of the article's clean body — the text the reader shows (`Article.body`) —
 * as in shared/annotations/selectors.ts.
 */

/** What an annotation is on: a range of an article, a whole article, a story, or a passage a comparison found shared. */
export const AnnotationKind = z.enum(['highlight', 'article-note', 'story-note', 'passage-note']);
export type AnnotationKind = z.infer<typeof AnnotationKind>;

/**
 * Where a highlight is now, after its article's text changed: `placed` (where it was), `moved`
 * (same words, elsewhere), `changed` (found, but the wording differs: `originalExact` holds the
 * words it was made on), `orphan` (not found, or found in two places alike: it keeps its quote and
 * note and waits to be re-attached).
 */
export const AnchorState = z.enum(['placed', 'moved', 'changed', 'orphan']);
export type AnchorState = z.infer<typeof AnchorState>;

/** Why an annotation is an orphan: its words are gone, found twice alike, too far changed, or its article or story was deleted. */
export const OrphanReason = z.enum(['not-found', 'ambiguous', 'below-threshold', 'deleted']);
export type OrphanReason = z.infer<typeof OrphanReason>;

/** Highlight colours 1–6; what each means is the user's (`annotations:colours:get`). */
export const Colour = z.number().int().min(1).max(6);

/** A tag: trimmed, 1–100 characters, no line breaks. Tags compare without regard to case. */
export const Tag = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[^\r\n\t]*$/, 'a tag is one line');

/** A note's Markdown text. */
export const NoteText = z.string().max(100_000);

/** The W3C selectors stored to find a highlight again (shared/annotations/selectors.ts). */
export const TextAnchorShape = z.object({
  quote: z.object({ type: z.literal('TextQuoteSelector'), exact: z.string(), prefix: z.string(), suffix: z.string() }),
  position: z.object({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative()
  }),
  textHash: z.string()
});
export type TextAnchorShape = z.infer<typeof TextAnchorShape>;

/** One article's part of a passage note: the passage's anchor in that article, and where it is now. */
export const PassageSpan = z.object({
  articleId: ArticleId,
  anchor: TextAnchorShape,
  state: AnchorState,
  current: TextRange.nullable()
});
export type PassageSpan = z.infer<typeof PassageSpan>;

/** A highlight or note as stored, with where it sits in today's text. */
export const Annotation = z.object({
  id: z.number().int().positive(),
  kind: AnnotationKind,
  /** The article of a highlight or article note; null for story and passage notes, and once the article was deleted. */
  articleId: ArticleId.nullable(),
  /** The story of a story note; null once the story is gone (regrouping dropped it). */
  storyId: z.number().int().positive().nullable(),
  /**
   * The article's title or story's name as it is now; for an orphan, as it was when the article or
   * story was deleted, so it still says where it came from.
   */
  targetTitle: z.string().nullable(),
  /** The article as it is now (for lists grouped by outlet or date); null when it has none or it was deleted. */
  article: z
    .object({
      title: z.string(),
      outlet: z.string().nullable(),
      publishedAt: z.string().nullable(),
      /** True when `publishedAt` is only the day the file was saved, as `ArticleSummary.dateFromFile`; absent otherwise. */
      dateFromFile: z.boolean().optional()
    })
    .nullable(),
  /** 1–6 for highlights (and notes given one); null otherwise. */
  colour: Colour.nullable(),
  note: z.string(),
  tags: z.array(Tag),
  /** The selectors of a highlight as last found (refreshed each time its text changes and it is found); null for notes. */
  anchor: TextAnchorShape.nullable(),
  state: AnchorState,
  orphanReason: OrphanReason.nullable(),
  /** Where the highlight is in today's body; null for an orphan and for notes. */
  current: TextRange.nullable(),
  /** The words the highlight was made on, when re-anchoring found it with different wording (`changed`). */
  originalExact: z.string().nullable(),
  /** How closely the last re-anchoring matched (1 exact); null when never re-anchored. */
  score: z.number().nullable(),
  /** A passage note's spans, one per article of the passage. */
  passage: z.array(PassageSpan).nullable(),
  /** A passage note's key: its articles and the hashes of its quotes, the same however the comparison is recomputed. */
  passageKey: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string()
});
export type Annotation = z.infer<typeof Annotation>;

const common = { note: NoteText.default(''), tags: z.array(Tag).max(50).default([]) };

/**
 * What `annotations:create` makes. A highlight takes either `start`/`end` (the selection) or
 * `quote` (exact text of the body, `occurrence` counting from 1 when it appears more than once).
 */
export const AnnotationCreate = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('highlight'),
      articleId: ArticleId,
      start: z.number().int().nonnegative().optional(),
      end: z.number().int().nonnegative().optional(),
      quote: z.string().min(1).max(100_000).optional(),
      occurrence: z.number().int().positive().default(1),
      /**
       * With start/end: the text the reader showed there. When the body changed since, the
       * highlight goes where those words are now, or is refused when they are gone.
       */
      exact: z.string().min(1).max(100_000).optional(),
      colour: Colour.default(1),
      ...common
    })
    .strict(),
  z.object({ kind: z.literal('article-note'), articleId: ArticleId, colour: Colour.optional(), ...common }).strict(),
  z
    .object({ kind: z.literal('story-note'), storyId: z.number().int().positive(), colour: Colour.optional(), ...common })
    .strict(),
  z
    .object({
      kind: z.literal('passage-note'),
      /** The passage's span in each article carrying it (a comparison's `PassageCluster.spans`). */
      spans: z
        .array(
          z.object({ articleId: ArticleId, start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }).strict()
        )
        .min(1)
        .max(24),
      colour: Colour.optional(),
      ...common
    })
    .strict()
]);
export type AnnotationCreate = z.input<typeof AnnotationCreate>;

/**
 * What `annotations:update` changes; fields left out stay. `range` gives a highlight a new extent
 * in today's body — and re-attaches an orphan (a new anchor made on the current text).
 */
export const AnnotationChanges = z
  .object({
    note: NoteText,
    /** Replaces the tag set. */
    tags: z.array(Tag).max(50),
    colour: Colour.nullable(),
    range: TextRange,
    /** With `range`: the text the reader showed in it (see `exact` of a highlight's create). */
    exact: z.string().min(1).max(100_000)
  })
  .partial()
  .strict();
export type AnnotationChanges = z.infer<typeof AnnotationChanges>;

/** Filters of `annotations:list` and `annotations:counts`; all optional, combined with AND. */
export const AnnotationFilter = z
  .object({
    /** Annotations on this article: its highlights and notes, and passage notes it takes part in. */
    articleId: ArticleId,
    /** Notes on this story and annotations on its articles, passage notes one of them takes part in included. */
    storyId: z.number().int().positive(),
    kinds: z.array(AnnotationKind).min(1),
    colours: z.array(Colour).min(1),
    /** Annotations carrying every one of these tags (any case). */
    tags: z.array(Tag).min(1).max(20),
    /** Annotations carrying none of these tags (any case): `-tag:`. */
    withoutTags: z.array(Tag).min(1).max(20),
    /** The article's outlet, any case. */
    outlet: z.string().max(300),
    /** The article's publication date, `YYYY-MM-DD` or a prefix (`2018`, `2018-07`), inclusive. */
    publishedFrom: z.string().max(35),
    publishedTo: z.string().max(35),
    /** The article's language is one of these codes, or a variant of one (`en` keeps `en-GB`): `lang:`. */
    langs: z.array(z.string().max(35)).min(1).max(20),
    /** When the annotation was made (ISO date or prefix), inclusive. */
    createdFrom: z.string().max(35),
    createdTo: z.string().max(35),
    states: z.array(AnchorState).min(1),
    /** The passage notes of one passage of a comparison: {@link passageKey} of its spans. */
    passageKey: z.string().max(10_000),
    /** Words in the quote or the note (case and accents ignored). */
    text: z.string().max(500),
    /** `OR`: from each group, at least one entry's words in the quote or the note (as `text`). */
    anyText: z.array(z.array(z.string().max(500)).min(1).max(20)).min(1).max(20),
    /** `-word`: none of these entries' words (all of one entry) in the quote or the note. */
    withoutText: z.array(z.string().max(500)).min(1).max(20)
  })
  .partial()
  .strict();
export type AnnotationFilter = z.infer<typeof AnnotationFilter>;

/** Counts for the annotations panel over the annotations matching a filter. */
export const AnnotationCounts = z.object({
  total: z.number().int().nonnegative(),
  /** `{ "1": 4, "3": 1 }`: highlights and notes by colour (uncoloured ones are not listed). */
  byColour: z.record(z.string(), z.number().int().nonnegative()),
  byState: z.record(z.string(), z.number().int().nonnegative()),
  /** Most used first. */
  byTag: z.array(z.object({ tag: z.string(), count: z.number().int().nonnegative() }))
});
export type AnnotationCounts = z.infer<typeof AnnotationCounts>;

/** What a colour means (`1: Claim` …), user-editable. */
export const ColourMeaning = z.object({ colour: Colour, label: z.string().trim().min(1).max(60) });
export type ColourMeaning = z.infer<typeof ColourMeaning>;

/**
 * The key of a passage note: its articles and the hash of the passage's words in each, in article
 * order (`12:3f1c…,15:a07e…`). A comparison recomputed later finds the same passage with the same
 * words, so the same key, whatever cluster id (`p3`) it gets this time: the UI computes it from a
 * cluster's spans (the words are `body.slice(start, end)`) to list that passage's notes.
 */
export function passageKey(
  spans: ReadonlyArray<{ readonly articleId: number; readonly exact: string; readonly start?: number }>
): string {
  return [...spans]
    .sort((x, y) => x.articleId - y.articleId || (x.start ?? 0) - (y.start ?? 0))
    .map((s) => `${s.articleId}:${hashText(s.exact)}`)
    .join(',');
}
