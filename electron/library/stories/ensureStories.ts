import type { ReadableDb, WritableDb } from '../db/connection';
import type { StoriesJobWatch } from './jobProgress';
import { placeNewArticles } from './placeNew';
import { regroupStories } from './regroup';
import { vectorCounts } from './storyVectors';
import { storyTermsOutdated } from './termScheme';

/**
 * Share of the library that may have been placed incrementally since the last full grouping
 * before the next import regroups everything: placement groups afresh only the stories the new
 * articles touch, the others keep the weights and threshold of the last full grouping, and a
 * library that grew by more than this is grouped afresh (docs/compare.md, "Placing new articles").
 */
export const DRIFT_SHARE = 0.25;

/**
 * Libraries smaller than this are always grouped in full: it takes well under a second there, and
 * it weighs every article with today's term counts. Placement is for the large ones.
 */
export const PLACE_FROM = 2000;

/**
 * Groups the articles that belong to no story yet (after an import, or on first start), keeping
 * the user's edits: placed by grouping again the stories they touch (found from the stored term
 * vectors), or the whole library regrouped when there are no stored vectors yet or placement would drift
 * ({@link DRIFT_SHARE}) or the library is small ({@link PLACE_FROM}, which tests may lower).
 * A library whose stored terms were keyed another way than this build keys them
 * (`storyTermsOutdated`) is regrouped in full even when every article is placed: once, since the
 * regroup writes the terms anew. Does nothing otherwise when every article is placed. `signal`
 * stops a full grouping (which then rolls back); placing is quick and runs to its end.
 *
 * @returns true when it grouped.
 */
export function ensureStories(
  db: WritableDb,
  { placeFrom = PLACE_FROM, ...watch }: { readonly placeFrom?: number } & StoriesJobWatch = {}
): boolean {
  if (!needsGrouping(db)) return false;
  if (needsFullGrouping(db, placeFrom)) regroupStories(db, watch);
  else {
    watch.onProgress?.({ phase: 'placing', done: null, total: null });
    placeNewArticles(db);
  }
  return true;
}

/** True when {@link ensureStories} has work: an article in no story, or story terms keyed the old way. */
export function needsGrouping(db: ReadableDb): boolean {
  return hasUnplacedArticles(db) || storyTermsOutdated(db);
}

/**
 * True when placing the unplaced articles incrementally is not good enough: the stored terms were
 * keyed another way than this build keys them, some grouped articles
 * have no stored vector (a library from before migration 015, or articles grouped by other means),
 * or the articles placed since the last full grouping, these included, exceed {@link DRIFT_SHARE}
 * of the library, or the library holds fewer than `placeFrom` articles.
 */
export function needsFullGrouping(db: ReadableDb, placeFrom = PLACE_FROM): boolean {
  if (storyTermsOutdated(db)) return true;
  const { stored, placed } = vectorCounts(db);
  const grouped = db.prepare('SELECT count(*) FROM story_articles').pluck().get() as number;
  const articles = db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
  if (articles < placeFrom || stored === 0 || stored < grouped) return true;
  return placed + (articles - grouped) > DRIFT_SHARE * articles;
}

/** True when some article belongs to no story yet. */
export function hasUnplacedArticles(db: ReadableDb): boolean {
  return (
    db.prepare('SELECT 1 FROM articles a WHERE NOT EXISTS (SELECT 1 FROM story_articles s WHERE s.article_id = a.id) LIMIT 1').get() !==
    undefined
  );
}
