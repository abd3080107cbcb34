import { storyLabel, type StoryArticle } from '@shared/stories/stories';
import { groupNeighbourhood, touchedStories, type PlaceOptions } from '@shared/stories/storiesPlace';
import { storyThreshold } from '@shared/stories/storiesThreshold';
import { countTerms, weighCounts, weighStored, type SparseVector } from '@shared/stories/storiesVectors';
import { storyNoteMembers } from '../annotations/storyNotes';
import type { WritableDb } from '../db/connection';
import { dropEmptyStories } from './storyQueries';
import { libraryPlacedIndex, savePlacedVector } from './storyVectors';
import { publicationDate } from './publicationDate';

interface ArticleRow {
  id: number;
  title: string;
  body: string;
  published_at: string | null;
  /** Null for a new article. */
  story_id: number | null;
  pinned: number | null;
}

/**
 * Places the articles that are in no story yet, from the term counts and postings kept in the
 * library (`story_terms`): only the new articles are weighed against the postings of their own
 * terms, to find the stories they touch; those stories' members and the new articles are then
 * grouped again as a full grouping would group them (weighed with the whole library's term counts,
 * at its threshold), so a new article can join a story, start one, or bring two stories together,
 * and a story weighed when the library was smaller is weighed afresh. Stories the new articles do
 * not touch are not read. The user's pins and names stand; a story keeps its id when most of its
 * articles stay together. One file imported into reuters-21578 costs about a tenth of a second of
 * grouping instead of five (`npm run bench:stories`). Runs in one transaction.
 *
 * @returns how many articles it placed.
 */
export function placeNewArticles(db: WritableDb, options: PlaceOptions = {}, now: () => Date = () => new Date()): number {
  const place = db.transaction(() => {
    const rows = db
      .prepare(
        `SELECT a.id, a.title, a.body, ${publicationDate('a')} AS published_at, NULL AS story_id, NULL AS pinned FROM articles a
          WHERE NOT EXISTS (SELECT 1 FROM story_articles s WHERE s.article_id = a.id) ORDER BY a.id`
      )
      .all() as ArticleRow[];
    if (rows.length === 0) return 0;
    const { query, stored } = weighNew(db, rows.map(asStoryArticle));
    // The size and threshold a full grouping of the library, the new articles included, would use.
    const articlesAfter = (db.prepare('SELECT count(*) FROM story_vectors').pluck().get() as number) + rows.length;
    const threshold = storyThreshold(articlesAfter);
    const touched = touchedStories(
      { vectors: query, days: Float64Array.from(rows, (r) => dayOf(r.published_at)) },
      libraryPlacedIndex(db),
      { threshold, ...options }
    );
    const members = db
      .prepare(
        `SELECT a.id, a.title, a.body, ${publicationDate('a')} AS published_at, sa.story_id, sa.pinned FROM story_articles sa JOIN articles a ON a.id = sa.article_id
          WHERE sa.story_id IN (SELECT value FROM json_each(?)) ORDER BY a.id`
      )
      .all(JSON.stringify(touched.map(Number))) as ArticleRow[];
    const hood = [...members, ...rows];
    const articles = hood.map(asStoryArticle);
    // A story the user edited (moved, split, merged or named: some member pinned) keeps every member;
    // new articles may still join it. Others may split or merge as a full grouping would.
    const edited = new Set(members.filter((r) => r.pinned === 1).map((r) => r.story_id));
    const pinned = new Map<string, string>();
    for (const r of members) if (edited.has(r.story_id)) pinned.set(String(r.id), String(r.story_id));
    // One statement for the neighbourhood's thousands of terms: a lookup each from JavaScript took four times the CPU.
    const find = db.prepare('SELECT term, df FROM story_terms WHERE term IN (SELECT value FROM json_each(?))').raw();
    const grouping = groupNeighbourhood(
      articles,
      { df: (terms) => new Map(find.all(JSON.stringify(terms)) as Array<[string, number]>), articles: articlesAfter },
      { threshold, pinned, ...options }
    );
    writeGroups(db, hood, clusters(grouping.cluster), pinned, (list) => storyLabel(list, articles, grouping.vectors), now);
    rows.forEach((r, i) => savePlacedVector(db, r.id, stored[i]!));
    return rows.length;
  });
  return place.immediate();
}

/**
 * Writes the neighbourhood's groups as stories: a group holding a pinned article is that story; a
 * group takes the story most of its articles were in, unless a larger group took it first; the rest
 * are new stories. A story that lost articles or took in another's is named afresh, unless the user named it.
 */
function writeGroups(
  db: WritableDb,
  hood: readonly ArticleRow[],
  groups: readonly number[][],
  pinned: ReadonlyMap<string, string>,
  label: (list: readonly number[]) => string,
  now: () => Date
): void {
  const notes = storyNoteMembers(db);
  const insertStory = db.prepare('INSERT INTO stories (label, created_at) VALUES (?, ?)');
  const setLabel = db.prepare('UPDATE stories SET label = ? WHERE id = ? AND user_label = 0');
  const assign = db.prepare(
    `INSERT INTO story_articles (article_id, story_id, pinned) VALUES (?, ?, 0)
     ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id WHERE story_articles.pinned = 0`
  );
  const pinnedStory = (list: readonly number[]) =>
    list.map((i) => hood[i]!).find((r) => pinned.has(String(r.id)))?.story_id ?? undefined;
  // Groups holding a pinned article claim their story first, then the largest.
  const ordered = [...groups].sort(
    (a, b) => Number(pinnedStory(b) !== undefined) - Number(pinnedStory(a) !== undefined) || b.length - a.length
  );
  const taken = new Set<number>();
  for (const list of ordered) {
    const id =
      pinnedStory(list) ??
      mostCommonStory(
        list.map((i) => hood[i]!.story_id),
        taken
      );
    if (id === undefined) {
      const created = Number(insertStory.run(label(list), now().toISOString()).lastInsertRowid);
      for (const i of list) assign.run(hood[i]!.id, created);
      continue;
    }
    taken.add(id);
    // Only joined by new articles, a story keeps its name: the sidebar should not rename it at every import.
    const after = new Set(list.map((i) => hood[i]!.id));
    const lost = hood.some((r) => r.story_id === id && !after.has(r.id));
    const gained = list.some((i) => hood[i]!.story_id !== null && hood[i]!.story_id !== id);
    if (lost || gained) setLabel.run(label(list), id);
    for (const i of list) assign.run(hood[i]!.id, id);
  }
  dropEmptyStories(db, notes);
}

/** Indices of each cluster's members, in order of first member. */
function clusters(cluster: Int32Array): number[][] {
  const groups = new Map<number, number[]>();
  cluster.forEach((c, i) => {
    const list = groups.get(c);
    if (list === undefined) groups.set(c, [i]);
    else list.push(i);
  });
  return [...groups.values()];
}

/** The story most of these articles were in (null: new), unless another group already took it. */
function mostCommonStory(stories: ReadonlyArray<number | null>, taken: ReadonlySet<number>): number | undefined {
  const counts = new Map<number, number>();
  for (const s of stories) if (s !== null && !taken.has(s)) counts.set(s, (counts.get(s) ?? 0) + 1);
  let best: number | undefined;
  let bestCount = 0;
  for (const [id, n] of counts) if (n > bestCount) [best, bestCount] = [id, n];
  return best;
}

function asStoryArticle(r: ArticleRow): StoryArticle {
  return { id: String(r.id), title: r.title, text: r.body, ...(r.published_at === null ? {} : { publishedAt: r.published_at }) };
}

/**
 * The new articles' vectors over the library's stored term ids, weighed with the library's term
 * counts plus theirs (which it stores): `query` as a full grouping weighs them, to find the stories
 * they touch; `stored`, for the postings, keeps the terms no other article holds yet as well, so
 * the next article about a new event finds this one by the names only the two of them share.
 */
function weighNew(db: WritableDb, articles: readonly StoryArticle[]): { query: SparseVector[]; stored: SparseVector[] } {
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
  // Stored vectors are sorted by term id: the same order here, over the library's ids.
  const global = (local: SparseVector): SparseVector => {
    const order = [...local.terms.keys()].sort((x, y) => globalId[local.terms[x]!]! - globalId[local.terms[y]!]!);
    return {
      terms: Int32Array.from(order, (k) => globalId[local.terms[k]!]!),
      weights: Float64Array.from(order, (k) => local.weights[k]!)
    };
  };
  // Weighed as a full grouping weighs and stores them (`buildVectors`: the year terms' floor too).
  return {
    query: weighCounts(counts, vocabulary, df, n).map(global),
    stored: weighStored(counts, vocabulary, df, n).map(global)
  };
}

function dayOf(publishedAt: string | null): number {
  return publishedAt === null ? NaN : Date.parse(publishedAt) / 86_400_000;
}
