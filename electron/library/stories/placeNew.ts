import { storyLabel, type StoryArticle } from '@shared/stories/stories';
import { placeArticles, type PlaceOptions } from '@shared/stories/storiesPlace';
import { storyThreshold } from '@shared/stories/storiesThreshold';
import { countTerms, TermWeigher, type SparseVector } from '@shared/stories/storiesVectors';
import type { WritableDb } from '../db/connection';
import { libraryPlacedIndex, savePlacedVector } from './storyVectors';

interface NewRow {
  id: number;
  title: string;
  body: string;
  published_at: string | null;
}

/**
 * Places the articles that are in no story yet into the existing stories, or into new stories of
 * their own, from the term counts and postings kept in the library (`story_terms`): only the new
 * articles are read and weighed, and only the postings of their terms read, so one file imported into tens of thousands of articles costs
 * milliseconds of grouping instead of seconds. Existing stories keep their members, ids and names.
 * Runs in one transaction.
 *
 * @returns how many articles it placed.
 */
export function placeNewArticles(db: WritableDb, options: PlaceOptions = {}, now: () => Date = () => new Date()): number {
  const place = db.transaction(() => {
    const rows = db
      .prepare(
        `SELECT a.id, a.title, a.body, a.published_at FROM articles a
          WHERE NOT EXISTS (SELECT 1 FROM story_articles s WHERE s.article_id = a.id) ORDER BY a.id`
      )
      .all() as NewRow[];
    if (rows.length === 0) return 0;
    const articles: StoryArticle[] = rows.map((r) => ({ id: String(r.id), title: r.title, text: r.body }));
    const vectors = weighNew(db, articles);
    // The threshold a full grouping of the library, the new articles included, would use.
    const articlesAfter = (db.prepare('SELECT count(*) FROM story_vectors').pluck().get() as number) + articles.length;
    const placement = placeArticles(
      { vectors, days: Float64Array.from(rows, (r) => dayOf(r.published_at)) },
      libraryPlacedIndex(db),
      { threshold: storyThreshold(articlesAfter), ...options }
    );

    const assign = db.prepare('INSERT INTO story_articles (article_id, story_id, pinned) VALUES (?, ?, 0)');
    const insertStory = db.prepare('INSERT INTO stories (label, created_at) VALUES (?, ?)');
    placement.joins.forEach((story, i) => {
      if (story !== undefined) assign.run(rows[i]!.id, Number(story));
    });
    for (const group of placement.groups) {
      const id = Number(insertStory.run(storyLabel(group, articles, vectors), now().toISOString()).lastInsertRowid);
      for (const i of group) assign.run(rows[i]!.id, id);
    }
    rows.forEach((r, i) => savePlacedVector(db, r.id, vectors[i]!));
    return rows.length;
  });
  return place.immediate();
}

/**
 * The new articles' vectors over the library's stored term ids, weighed with the library's term
 * counts plus theirs (which it stores): the same weighing a full grouping gives them.
 */
function weighNew(db: WritableDb, articles: readonly StoryArticle[]): SparseVector[] {
  const { counts, vocabulary } = countTerms(articles);
  const localDf = new Int32Array(vocabulary.length);
  for (const c of counts) for (let k = 0; k < c.terms.length; k++) localDf[c.terms[k]!]!++;
  const find = db.prepare('SELECT id, df FROM story_terms WHERE term = ?');
  const insert = db.prepare("INSERT INTO story_terms (term, df, postings) VALUES (?, ?, x'')");
  const update = db.prepare('UPDATE story_terms SET df = ? WHERE id = ?');
  const globalId = new Int32Array(vocabulary.length);
  const df = new Int32Array(vocabulary.length);
  vocabulary.forEach((term, t) => {
    const row = find.get(term) as { id: number; df: number } | undefined;
    df[t] = (row?.df ?? 0) + localDf[t]!;
    if (row === undefined) globalId[t] = Number(insert.run(term, df[t]).lastInsertRowid);
    else {
      globalId[t] = row.id;
      update.run(df[t], row.id);
    }
  });
  const n = (db.prepare('SELECT count(*) FROM story_vectors').pluck().get() as number) + articles.length;
  const weigher = new TermWeigher(40);
  return counts.map((c) => {
    const local = weigher.vector(c, df, n);
    // Stored vectors are sorted by term id: the same order here, over the library's ids.
    const order = [...local.terms.keys()].sort((x, y) => globalId[local.terms[x]!]! - globalId[local.terms[y]!]!);
    return {
      terms: Int32Array.from(order, (k) => globalId[local.terms[k]!]!),
      weights: Float64Array.from(order, (k) => local.weights[k]!)
    };
  });
}

function dayOf(publishedAt: string | null): number {
  return publishedAt === null ? NaN : Date.parse(publishedAt) / 86_400_000;
}
