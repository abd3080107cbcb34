import type {
  Annotation,
  AnnotationKind,
  AnchorState,
  OrphanReason,
  PassageSpan
} from '@shared/contract/annotationSchemas';
import type { TextAnchor } from '@shared/annotations/selectors';
import type { ReadableDb } from '../db/connection';
import { dateFromFileColumn } from '../articles';
import { prepareCached } from '../db/statements';

/** A row of `annotations` (migration 013), joined with its article's current metadata. */
export interface AnnotationRow {
  id: number;
  kind: AnnotationKind;
  article_id: number | null;
  story_id: number | null;
  target_title: string | null;
  colour: number | null;
  note: string;
  quote_exact: string | null;
  quote_prefix: string | null;
  quote_suffix: string | null;
  position_start: number | null;
  position_end: number | null;
  text_hash: string | null;
  state: AnchorState;
  orphan_reason: OrphanReason | null;
  current_start: number | null;
  current_end: number | null;
  original_exact: string | null;
  score: number | null;
  passage: string | null;
  passage_key: string | null;
  created_at: string;
  updated_at: string;
  /** From the LEFT JOIN on articles. */
  article_title: string | null;
  article_outlet: string | null;
  article_published_at: string | null;
  /** 1 when the article's date came from its file's properties (`dateFromFileColumn`). */
  article_date_from_file: number | null;
  /** `group_concat` of the tags, separated by {@link TAG_SEPARATOR}. */
  tag_list: string | null;
  /** The title of what it is on as it is now ({@link LIVE_TITLE}). */
  live_title: string | null;
}

/** Joins tags in one column; a tag is one line, so a line feed never occurs inside one. */
export const TAG_SEPARATOR = '\n';

/**
 * The title of what an annotation is on, read when it is read (review 15, finding 9): its
 * article's title, its story's label, and only when that is gone the title it kept
 * (`target_title`, which `keepTitlesOf…` in orphanTitles.ts brings up to date just before a
 * deletion). NB: `target_title` alone is the title at creation: a corrected title, a renamed or
 * relabelled story, or a story note that followed its articles into another story left it stale.
 */
const LIVE_TITLE = `coalesce(ar.title, (SELECT st.label FROM stories st WHERE st.id = a.story_id), a.target_title)`;

/** The columns every read selects: `a` is annotations, `ar` its article. */
export const ANNOTATION_COLUMNS = `a.*, ar.title AS article_title, ar.outlet AS article_outlet, ar.published_at AS article_published_at,
  ${dateFromFileColumn('ar')} AS article_date_from_file,
  (SELECT group_concat(tag, char(10)) FROM (SELECT tag FROM annotation_tags t WHERE t.annotation_id = a.id ORDER BY tag COLLATE NOCASE)) AS tag_list,
  ${LIVE_TITLE} AS live_title`;

/** `FROM` clause matching {@link ANNOTATION_COLUMNS}. */
export const ANNOTATION_FROM = 'annotations a LEFT JOIN articles ar ON ar.id = a.article_id';

/** The stored anchor of a highlight row, or null for a note. */
export function anchorOf(row: AnnotationRow): TextAnchor | null {
  if (row.quote_exact === null || row.position_start === null || row.position_end === null) return null;
  return {
    quote: { type: 'TextQuoteSelector', exact: row.quote_exact, prefix: row.quote_prefix ?? '', suffix: row.quote_suffix ?? '' },
    position: { type: 'TextPositionSelector', start: row.position_start, end: row.position_end },
    textHash: row.text_hash ?? ''
  };
}

/** Maps a row to the contract's shape (the one place snake_case meets camelCase). */
export function toAnnotation(row: AnnotationRow): Annotation {
  return {
    id: row.id,
    kind: row.kind,
    articleId: row.article_id,
    storyId: row.story_id,
    targetTitle: row.live_title,
    article:
      row.article_title === null
        ? null
        : {
            title: row.article_title,
            outlet: row.article_outlet,
            publishedAt: row.article_published_at,
            ...(row.article_date_from_file === 1 && row.article_published_at !== null ? { dateFromFile: true } : {})
          },
    colour: row.colour,
    note: row.note,
    tags: row.tag_list ? row.tag_list.split(TAG_SEPARATOR) : [],
    anchor: anchorOf(row),
    state: row.state,
    orphanReason: row.orphan_reason,
    current: row.current_start !== null && row.current_end !== null ? { start: row.current_start, end: row.current_end } : null,
    originalExact: row.original_exact,
    score: row.score,
    passage: row.passage === null ? null : (JSON.parse(row.passage) as PassageSpan[]),
    passageKey: row.passage_key,
    createdAt: row.created_at,
    updatedAt: row.updated_at
  };
}

/** One annotation, or `undefined`. */
export function getAnnotation(db: ReadableDb, id: number): Annotation | undefined {
  const row = prepareCached(db, `SELECT ${ANNOTATION_COLUMNS} FROM ${ANNOTATION_FROM} WHERE a.id = ?`).get(id) as
    AnnotationRow | undefined;
  return row ? toAnnotation(row) : undefined;
}

/**
 * Of the articles an import updated in place (`updated` problems of its report), those with
 * highlights or passage notes: their annotations were re-anchored, and the UI should reload them.
 */
export function reanchoredArticles(
  db: ReadableDb,
  report: { problems: ReadonlyArray<{ code: string; articleId: number | null }> }
): number[] {
  const updated = [
    ...new Set(report.problems.flatMap((p) => (p.code === 'updated' && p.articleId !== null ? [p.articleId] : [])))
  ];
  if (updated.length === 0) return [];
  const hasAnnotations = prepareCached(
    db,
    `SELECT EXISTS (SELECT 1 FROM annotations WHERE article_id = @id)
         OR EXISTS (SELECT 1 FROM annotations WHERE passage_key IS NOT NULL
                    AND EXISTS (SELECT 1 FROM json_each(passage) WHERE json_extract(value, '$.articleId') = @id))`
  ).pluck();
  return updated.filter((id) => hasAnnotations.get({ id }) === 1);
}
