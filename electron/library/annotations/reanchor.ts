import type { AnchorState, OrphanReason, PassageSpan } from '@shared/contract/annotationSchemas';
import { anchor } from '@shared/annotations/anchor';
import { describeRange, hashText, type TextAnchor } from '@shared/annotations/selectors';
import type { WritableDb } from '../db/connection';
import { prepareCached } from '../db/statements';
import { type AnnotationRow, anchorOf } from './rows';

/** Where an anchor is in a text now: its refreshed selectors, or why it is an orphan. */
type Placement =
  | { readonly state: Exclude<AnchorState, 'orphan'>; readonly anchor: TextAnchor; readonly score: number }
  | { readonly state: 'orphan'; readonly reason: OrphanReason; readonly score: number };

/**
 * Finds `target` in `text` with the anchoring core. When found, the selectors are made again on
 * the new text, so the next change is measured from this one (a highlight edited twice is still
 * found); an orphan keeps the selectors it had, to be tried again on the next change.
 */
function place(text: string, target: TextAnchor): Placement {
  const result = anchor(text, target);
  if (result.state === 'orphan') return { state: 'orphan', reason: result.reason, score: result.bestScore };
  return { state: result.state, anchor: describeRange(text, result.start, result.end), score: result.score };
}

const WORST: readonly AnchorState[] = ['placed', 'moved', 'changed', 'orphan'];

/**
 * Re-anchors every highlight and passage note of an article on its new body. Called inside the
 * transaction that changes the body (an import of a changed file), so the text and the highlights
 * on it never disagree on disk.
 *
 * - Found where it was, or elsewhere with the same words: `placed` / `moved`.
 * - Found with other wording: `changed`, with the words it was made on kept in `original_exact`
 *   (until the user gives it a new extent) — a later change that finds it again keeps `changed`.
 * - Not found, or found twice alike: `orphan`, keeping its quote and note for re-attaching.
 *
 * @returns how many annotations of the article were re-anchored, how many of its highlights
 * lost their words in this change (were found before, are orphans now), and the highlights found
 * with other words than they had before it (a figure "76%" now "67%"), for the import's report.
 */
export function reanchorArticle(db: WritableDb, articleId: number, body: string): ReanchorOutcome {
  if (!db.inTransaction) throw new Error('reanchorArticle runs inside the transaction that changes the body.');
  const rows = prepareCached(db, "SELECT * FROM annotations WHERE article_id = ? AND kind = 'highlight'").all(
    articleId
  ) as AnnotationRow[];
  for (const row of rows) reanchorRow(db, row, body);
  const found = new Set(rows.filter((r) => r.state !== 'orphan').map((r) => r.id));
  const orphans = prepareCached(
    db,
    "SELECT id FROM annotations WHERE article_id = ? AND kind = 'highlight' AND state = 'orphan'"
  ).all(articleId) as Array<{ id: number }>;
  const passages = prepareCached(
    db,
    `SELECT id, passage FROM annotations
     WHERE passage_key IS NOT NULL AND EXISTS (SELECT 1 FROM json_each(passage) WHERE json_extract(value, '$.articleId') = ?)`
  ).all(articleId) as Array<{ id: number; passage: string }>;
  for (const p of passages) reanchorPassage(db, p.id, JSON.parse(p.passage) as PassageSpan[], articleId, body);
  const now = prepareCached(
    db,
    "SELECT id, quote_exact FROM annotations WHERE article_id = ? AND kind = 'highlight' AND state = 'changed'"
  ).all(articleId) as Array<{ id: number; quote_exact: string }>;
  const before = new Map(rows.map((r) => [r.id, r.quote_exact]));
  const reworded = now
    .filter((r) => before.has(r.id) && before.get(r.id) !== r.quote_exact)
    .map((r) => ({ id: r.id, was: before.get(r.id)!, now: r.quote_exact }));
  return { reanchored: rows.length + passages.length, lost: orphans.filter((o) => found.has(o.id)).length, reworded };
}

/** What re-anchoring an article's highlights on its new body came to. */
export interface ReanchorOutcome {
  /** Highlights and passage notes re-anchored. */
  readonly reanchored: number;
  /** Highlights found before this change and orphans now. */
  readonly lost: number;
  /** Highlights found again with other words than they had just before this change: what they read before and now. */
  readonly reworded: ReadonlyArray<{ readonly id: number; readonly was: string; readonly now: string }>;
}

/**
 * Whether an anchor's position holds its quote in `body`: a range inside the text, start before end,
 * over exactly the quoted words. Checked before a restored anchor is trusted as placed.
 */
function holdsQuote(body: string, target: TextAnchor): boolean {
  const { start, end } = target.position;
  return start < end && end <= body.length && body.slice(start, end) === target.quote.exact;
}

/**
 * Re-anchors one highlight or passage note on its articles' current text (a restore): where that
 * text is not the one its selectors were made on (the article changed since), or where the anchor's
 * position does not hold its quote in it (a forged or damaged anchor; review 14, finding 4). Found
 * elsewhere, it is placed there; not found, it is an orphan with the reason, as after an import.
 */
export function reanchorOne(db: WritableDb, id: number): void {
  const row = prepareCached(db, 'SELECT * FROM annotations WHERE id = ?').get(id) as AnnotationRow | undefined;
  if (!row) return;
  const bodyOf = (articleId: number) =>
    (prepareCached(db, 'SELECT body FROM articles WHERE id = ?').get(articleId) as { body: string } | undefined)?.body;
  if (row.kind === 'highlight' && row.article_id !== null) {
    const body = bodyOf(row.article_id);
    const target = anchorOf(row);
    const trusted = target !== null && (row.state === 'orphan' || holdsQuote(body ?? '', target));
    if (body !== undefined && (hashText(body) !== row.text_hash || !trusted)) reanchorRow(db, row, body);
  } else if (row.passage !== null) {
    let spans = JSON.parse(row.passage) as PassageSpan[];
    for (const articleId of new Set(spans.map((s) => s.articleId))) {
      const body = bodyOf(articleId);
      const fits = (s: PassageSpan) =>
        s.articleId !== articleId || (s.anchor.textHash === hashText(body ?? '') && (s.state === 'orphan' || holdsQuote(body ?? '', s.anchor)));
      if (body === undefined || spans.every(fits)) continue;
      spans = reanchorPassage(db, id, spans, articleId, body);
    }
  }
}

function reanchorRow(db: WritableDb, row: AnnotationRow, body: string): void {
  const target = anchorOf(row);
  if (!target) return;
  const found = place(body, target);
  if (found.state === 'orphan') {
    prepareCached(
      db,
      "UPDATE annotations SET state = 'orphan', orphan_reason = ?, current_start = NULL, current_end = NULL, score = ? WHERE id = ?"
    ).run(found.reason, found.score, row.id);
    return;
  }
  // The wording it was made on, once it differs: kept until the user gives the highlight a new extent.
  const original = found.state === 'changed' ? (row.original_exact ?? row.quote_exact) : row.original_exact;
  const state =
    original !== null && original !== found.anchor.quote.exact ? 'changed' : found.state === 'changed' ? 'moved' : found.state;
  const a = found.anchor;
  prepareCached(
    db,
    `UPDATE annotations SET quote_exact = ?, quote_prefix = ?, quote_suffix = ?, position_start = ?, position_end = ?, text_hash = ?,
       state = ?, orphan_reason = NULL, current_start = ?, current_end = ?, original_exact = ?, score = ?
     WHERE id = ?`
  ).run(
    a.quote.exact,
    a.quote.prefix,
    a.quote.suffix,
    a.position.start,
    a.position.end,
    a.textHash,
    state,
    a.position.start,
    a.position.end,
    state === 'changed' ? original : null,
    found.score,
    row.id
  );
}

/**
 * Re-anchors the spans of one passage note that lie in `articleId`; the note takes its worst span's
 * state. A span on an article that is gone is an orphan, whatever its stored state says: deleting
 * an article marks only the note's row (migration 013's trigger), so its span may still read
 * `placed`, and the note must not come back placed when another of its articles changes.
 */
function reanchorPassage(db: WritableDb, id: number, spans: PassageSpan[], articleId: number, body: string): PassageSpan[] {
  let deleted = false;
  const next = spans.map((span): PassageSpan => {
    if (span.articleId !== articleId) {
      if (prepareCached(db, 'SELECT 1 FROM articles WHERE id = ?').get(span.articleId) !== undefined) return span;
      deleted = true;
      return { ...span, state: 'orphan', current: null };
    }
    const found = place(body, span.anchor);
    if (found.state === 'orphan') return { ...span, state: 'orphan', current: null };
    return {
      articleId,
      anchor: found.anchor,
      state: found.state,
      current: { start: found.anchor.position.start, end: found.anchor.position.end }
    };
  });
  const worst = next.reduce((w, s) => Math.max(w, WORST.indexOf(s.state)), 0);
  const state = WORST[worst] ?? 'placed';
  const reason = state !== 'orphan' ? null : deleted ? 'deleted' : 'not-found';
  prepareCached(db, 'UPDATE annotations SET passage = ?, state = ?, orphan_reason = ? WHERE id = ?').run(
    JSON.stringify(next),
    state,
    reason,
    id
  );
  return next;
}
