import { z } from 'zod';
import { tagKey } from '@shared/annotations/tagKey';
import type { Annotation, AnnotationChanges, AnnotationCreate, PassageSpan } from '@shared/contract/annotationSchemas';
import { AnnotationCreate as AnnotationCreateSchema, passageKey } from '@shared/contract/annotationSchemas';
import { AppFailure } from '@shared/contract/result';
import type { TextAnchor } from '@shared/annotations/selectors';
import type { WritableDb } from '../db/connection';
import { prepareCached } from '../db/statements';
import { anchorRange, articleForAnchor, findQuote, rangeAsShown } from './anchorText';
import { durableWrite } from './durableWrite';
import { reanchorOne } from './reanchor';
import { getAnnotation } from './rows';

type ParsedCreate = z.output<typeof AnnotationCreateSchema>;

/** The columns of `annotations` a write sets, in the order of {@link INSERT}. */
interface Fields {
  kind: Annotation['kind'];
  article_id: number | null;
  story_id: number | null;
  target_title: string | null;
  colour: number | null;
  note: string;
  anchor: TextAnchor | null;
  state: Annotation['state'];
  orphan_reason: Annotation['orphanReason'];
  current_start: number | null;
  current_end: number | null;
  original_exact: string | null;
  score: number | null;
  passage: string | null;
  passage_key: string | null;
  created_at: string;
  updated_at: string;
}

/**
 * The largest id an annotation may have. Ids cross to the pages and API clients as JavaScript
 * numbers, exact only up to 2^53 − 1: an id above it arrives rounded and fails every answer that
 * carries it (review 14, finding 3).
 */
export const MAX_ANNOTATION_ID = Number.MAX_SAFE_INTEGER;

/**
 * The id a new annotation gets: above every annotation there and every one ever deleted (migration
 * 022's floor), never SQLite's max(id) + 1, which hands a deleted newest id out again.
 * NB: ids and a floor at or above {@link MAX_ANNOTATION_ID} are left out. Only a restore before
 * review 14's check could store one; counting them would make every later create fail.
 */
const NEXT_ID = `SELECT max(coalesce((SELECT max(id) FROM annotations WHERE id < ${MAX_ANNOTATION_ID}), 0),
    coalesce((SELECT highest FROM annotation_id_floor WHERE highest < ${MAX_ANNOTATION_ID}), 0)) + 1`;

/** Whether a connection's library has migration 022's floor (only a test's library at an older version lacks it). */
const hasFloor = new WeakMap<WritableDb, boolean>();

/**
 * The id for a new annotation ({@link NEXT_ID}); undefined, leaving it to SQLite, in a library
 * migrated only to a version before 022 (a migration's test using this code).
 */
export function nextAnnotationId(db: WritableDb): number | undefined {
  let floor = hasFloor.get(db);
  if (floor === undefined) {
    floor = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'annotation_id_floor'").get() !== undefined;
    hasFloor.set(db, floor);
  }
  return floor ? (prepareCached(db, NEXT_ID).pluck().get() as number) : undefined;
}

/**
 * Refuses to restore an annotation under an id this library never handed out: above every id it
 * holds, every id deleted (the floor) and the next one. Such an id was forged, not answered by
 * `annotations:delete`; stored, it would push every later id past {@link MAX_ANNOTATION_ID}.
 */
function checkRestoredId(db: WritableDb, id: number): void {
  const next =
    nextAnnotationId(db) ??
    (prepareCached(db, 'SELECT coalesce(max(id), 0) + 1 FROM annotations').pluck().get() as number);
  if (id > next) {
    throw new AppFailure(
      'invalid-input',
      `Annotation ${id} was never in this library (its annotations are numbered up to ${next - 1}); restore an annotation as annotations:delete or annotations:get answered it.`
    );
  }
}

const INSERT = `INSERT INTO annotations (
    id, kind, article_id, story_id, target_title, colour, note, quote_exact, quote_prefix, quote_suffix,
    position_start, position_end, text_hash, state, orphan_reason, current_start, current_end, original_exact,
    score, passage, passage_key, created_at, updated_at
  ) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

function insertRow(db: WritableDb, id: number | null, f: Fields): number {
  const a = f.anchor;
  const result = prepareCached(db, INSERT).run(
    id ?? nextAnnotationId(db) ?? null,
    f.kind,
    f.article_id,
    f.story_id,
    f.target_title,
    f.colour,
    f.note,
    a?.quote.exact ?? null,
    a?.quote.prefix ?? null,
    a?.quote.suffix ?? null,
    a?.position.start ?? null,
    a?.position.end ?? null,
    a?.textHash ?? null,
    f.state,
    f.orphan_reason,
    f.current_start,
    f.current_end,
    f.original_exact,
    f.score,
    f.passage,
    f.passage_key,
    f.created_at,
    f.updated_at
  );
  return Number(result.lastInsertRowid);
}

function setTags(db: WritableDb, id: number, tags: readonly string[]): void {
  prepareCached(db, 'DELETE FROM annotation_tags WHERE annotation_id = ?').run(id);
  // NB: the same tag twice in other cases ("Syria", "syria"; "Été", "ÉTÉ") is one tag, the first
  // spelling given: tagKey folds case in every script, where the NOCASE column (OR IGNORE) folds ASCII only.
  const insert = prepareCached(db, 'INSERT OR IGNORE INTO annotation_tags (annotation_id, tag) VALUES (?, ?)');
  const seen = new Set<string>();
  for (const tag of tags) {
    const key = tagKey(tag);
    if (seen.has(key)) continue;
    seen.add(key);
    insert.run(id, tag.trim());
  }
}

function mustGet(db: WritableDb, id: number): Annotation {
  const annotation = getAnnotation(db, id);
  if (!annotation) throw new AppFailure('not-found', `Annotation ${id} does not exist (it may have been deleted).`);
  return annotation;
}

/** Makes a highlight or note. Committed durably before it returns. */
export function createAnnotation(db: WritableDb, input: AnnotationCreate | ParsedCreate, now = new Date()): Annotation {
  const request = AnnotationCreateSchema.parse(input);
  const stamp = now.toISOString();
  const base = {
    story_id: null,
    state: 'placed' as const,
    orphan_reason: null,
    original_exact: null,
    score: null,
    passage: null,
    passage_key: null,
    created_at: stamp,
    updated_at: stamp,
    note: request.note
  };
  const id = durableWrite(db, () => {
    let fields: Fields;
    if (request.kind === 'highlight') {
      const article = articleForAnchor(db, request.articleId);
      const range = highlightRange(request, article);
      const anchor = anchorRange(article, range.start, range.end);
      fields = {
        ...base,
        kind: 'highlight',
        article_id: article.id,
        target_title: article.title,
        colour: request.colour,
        anchor,
        current_start: anchor.position.start,
        current_end: anchor.position.end
      };
    } else if (request.kind === 'article-note') {
      const article = articleForAnchor(db, request.articleId);
      fields = {
        ...base,
        ...noAnchor,
        kind: 'article-note',
        article_id: article.id,
        target_title: article.title,
        colour: request.colour ?? null
      };
    } else if (request.kind === 'story-note') {
      const story = prepareCached(db, 'SELECT label FROM stories WHERE id = ?').get(request.storyId) as
        { label: string } | undefined;
      if (!story)
        throw new AppFailure(
          'not-found',
          `Story ${request.storyId} does not exist (regrouping may have merged it away); reload the stories.`
        );
      fields = {
        ...base,
        ...noAnchor,
        kind: 'story-note',
        article_id: null,
        story_id: request.storyId,
        target_title: story.label,
        colour: request.colour ?? null
      };
    } else {
      const spans: PassageSpan[] = request.spans.map((s) => {
        const anchor = anchorRange(articleForAnchor(db, s.articleId), s.start, s.end);
        return {
          articleId: s.articleId,
          anchor,
          state: 'placed',
          current: { start: anchor.position.start, end: anchor.position.end }
        };
      });
      fields = {
        ...base,
        ...noAnchor,
        kind: 'passage-note',
        article_id: null,
        target_title: null,
        colour: request.colour ?? null,
        passage: JSON.stringify(spans),
        passage_key: passageKey(
          spans.map((x) => ({ articleId: x.articleId, exact: x.anchor.quote.exact, start: x.anchor.position.start }))
        )
      };
    }
    const newId = insertRow(db, null, fields);
    setTags(db, newId, request.tags);
    return newId;
  });
  return mustGet(db, id);
}

/** The range an anchor's position selector names. */
function rangeOf(anchor: TextAnchor): { start: number; end: number } {
  return { start: anchor.position.start, end: anchor.position.end };
}

const noAnchor = { anchor: null, current_start: null, current_end: null };

function highlightRange(
  request: Extract<ParsedCreate, { kind: 'highlight' }>,
  article: ReturnType<typeof articleForAnchor>
): { start: number; end: number } {
  const hasRange = request.start !== undefined || request.end !== undefined;
  if (hasRange && request.quote !== undefined)
    throw new AppFailure('invalid-input', 'Give a highlight either start and end, or a quote — not both.');
  if (request.quote !== undefined) return findQuote(article, request.quote, request.occurrence);
  if (request.start === undefined || request.end === undefined) {
    throw new AppFailure('invalid-input', 'A highlight needs start and end (the selection in the article text), or a quote.');
  }
  return rangeAsShown(article, request.start, request.end, request.exact);
}

/**
 * Changes an annotation's note, tags, colour or extent. A new `range` (a highlight's new extent,
 * or the re-attachment of an orphan) is anchored on the article's current text: it is then
 * `placed`, and forgets any earlier wording. Committed durably before it returns.
 */
export function updateAnnotation(db: WritableDb, id: number, changes: AnnotationChanges, now = new Date()): Annotation {
  durableWrite(db, () => {
    const current = mustGet(db, id);
    if (changes.note !== undefined) prepareCached(db, 'UPDATE annotations SET note = ? WHERE id = ?').run(changes.note, id);
    if (changes.colour !== undefined) {
      if (changes.colour === null && current.kind === 'highlight')
        throw new AppFailure('invalid-input', 'A highlight always has a colour (1–6).');
      prepareCached(db, 'UPDATE annotations SET colour = ? WHERE id = ?').run(changes.colour, id);
    }
    if (changes.tags !== undefined) setTags(db, id, changes.tags);
    if (changes.range !== undefined) {
      if (current.kind !== 'highlight')
        throw new AppFailure('invalid-input', `Only a highlight has a range; annotation ${id} is a ${current.kind}.`);
      if (current.articleId === null) {
        throw new AppFailure(
          'invalid-input',
          `The article of annotation ${id} was deleted, so it cannot be re-attached; its note and quote are kept.`
        );
      }
      const target = articleForAnchor(db, current.articleId);
      const range = rangeAsShown(target, changes.range.start, changes.range.end, changes.exact);
      const anchor = anchorRange(target, range.start, range.end);
      prepareCached(
        db,
        `UPDATE annotations SET quote_exact = ?, quote_prefix = ?, quote_suffix = ?, position_start = ?, position_end = ?, text_hash = ?,
           state = 'placed', orphan_reason = NULL, current_start = ?, current_end = ?, original_exact = NULL, score = NULL
         WHERE id = ?`
      ).run(
        anchor.quote.exact,
        anchor.quote.prefix,
        anchor.quote.suffix,
        anchor.position.start,
        anchor.position.end,
        anchor.textHash,
        anchor.position.start,
        anchor.position.end,
        id
      );
    }
    prepareCached(db, 'UPDATE annotations SET updated_at = ? WHERE id = ?').run(now.toISOString(), id);
  });
  return mustGet(db, id);
}

/** Deletes an annotation and answers with it as it was, for `annotations:restore` (undo). */
export function deleteAnnotation(db: WritableDb, id: number): Annotation {
  return durableWrite(db, () => {
    const annotation = mustGet(db, id);
    prepareCached(db, 'DELETE FROM annotations WHERE id = ?').run(id);
    return annotation;
  });
}

/**
 * Puts an annotation back as given — note, tags, times, and its id when that id is free or still
 * its own: the undo of a delete, and of any change (the UI passes the annotation as it was before,
 * and the row with its id is then replaced). When the id now belongs to *another* annotation
 * (another kind, or made at another time: a note written since by another window or the CLI), that
 * one is kept and this one comes back under a new id. An article or story gone since makes it an
 * orphan that keeps its quote and note (for a passage note, any of its spans' articles; those spans
 * are orphan too); a highlight whose article's text changed since is re-anchored on today's text.
 *
 * @returns the annotation as restored: read its `id`, which differs from the one given when the
 * old id was taken.
 */
export function restoreAnnotation(db: WritableDb, annotation: Annotation): Annotation {
  if (annotation.kind === 'highlight' && (annotation.anchor === null || annotation.colour === null)) {
    throw new AppFailure(
      'invalid-input',
      'A highlight to restore needs its anchor and colour, as annotations:delete answered them.'
    );
  }
  if (annotation.kind === 'passage-note' && (annotation.passage === null || annotation.passageKey === null)) {
    throw new AppFailure(
      'invalid-input',
      'A passage note to restore needs its passage and key, as annotations:delete answered them.'
    );
  }
  const id = durableWrite(db, () => {
    checkRestoredId(db, annotation.id);
    const exists = (articleId: number) => prepareCached(db, 'SELECT 1 FROM articles WHERE id = ?').get(articleId) !== undefined;
    const articleGone = annotation.articleId !== null && !exists(annotation.articleId);
    const storyGone =
      annotation.storyId !== null && !prepareCached(db, 'SELECT 1 FROM stories WHERE id = ?').get(annotation.storyId);
    // A passage note's articles are its spans' (its articleId is always null); a span on an
    // article deleted since is orphan, whatever it said when the note was deleted.
    // NB: where a span is now is its anchor's position, never the `current` given: a forged or
    // backwards range was stored as placed (review 14, finding 4). reanchorOne checks the position.
    const passage = annotation.passage?.map((span): PassageSpan =>
      exists(span.articleId)
        ? { ...span, current: span.state === 'orphan' ? null : rangeOf(span.anchor) }
        : { ...span, state: 'orphan', current: null }
    );
    const spanGone = annotation.passage?.some((span) => !exists(span.articleId)) ?? false;
    const gone = articleGone || storyGone || spanGone;
    const holder = prepareCached(db, 'SELECT kind, created_at FROM annotations WHERE id = ?').get(annotation.id) as
      | { kind: string; created_at: string }
      | undefined;
    // NB: ids are handed out again after a delete (migration 013's plain INTEGER PRIMARY KEY): the
    // row with this id may be another annotation, made since; it is never replaced.
    // A highlight is where its anchor says, once reanchorOne has checked its words are there.
    const placedAt = gone || annotation.state === 'orphan' || annotation.anchor === null ? null : rangeOf(annotation.anchor);
    const ours = holder === undefined || (holder.kind === annotation.kind && holder.created_at === annotation.createdAt);
    if (holder !== undefined && ours) prepareCached(db, 'DELETE FROM annotations WHERE id = ?').run(annotation.id);
    const restoredId = insertRow(db, ours ? annotation.id : null, {
      kind: annotation.kind,
      article_id: articleGone ? null : annotation.articleId,
      story_id: storyGone ? null : annotation.storyId,
      target_title: annotation.targetTitle,
      colour: annotation.colour,
      note: annotation.note,
      anchor: annotation.anchor,
      state: gone ? 'orphan' : annotation.state,
      orphan_reason: gone ? 'deleted' : annotation.orphanReason,
      current_start: placedAt?.start ?? null,
      current_end: placedAt?.end ?? null,
      original_exact: annotation.originalExact,
      score: annotation.score,
      passage: passage === undefined ? null : JSON.stringify(passage),
      passage_key: annotation.passageKey,
      created_at: annotation.createdAt,
      updated_at: annotation.updatedAt
    });
    setTags(db, restoredId, annotation.tags);
    if (!gone) reanchorOne(db, restoredId);
    return restoredId;
  });
  return mustGet(db, id);
}
