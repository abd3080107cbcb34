import { groupStories } from '@shared/stories/stories';
import { storyNoteMembers } from '../annotations/storyNotes';
import type { WritableDb } from '../db/connection';
import { type StoriesJobWatch, throwIfStopped } from './jobProgress';
import { dropEmptyStories } from './storyQueries';
import { saveAllVectors } from './storyVectors';
import { publicationDate } from './publicationDate';

interface ArticleRow {
  id: number;
  title: string;
  body: string;
  published_at: string | null;
  story_id: number | null;
  pinned: number | null;
}

/**
 * Groups the whole library into stories again, keeping the user's edits: articles the user
 * placed stay where they were put, names the user gave stay, and a story that comes out with
 * mostly the same members keeps its id (so the sidebar does not reshuffle after each import).
 * Keeps the term counts and every article's vector as postings by term, from which later imports
 * are placed (`placeNewArticles`).
 * Writes in one transaction; stopped by `signal` (before or while writing, up to the commit), it
 * throws `GroupingStoppedError` or the clustering's `AbortError` and the stories are exactly as before.
 * Articles deleted while the grouping ran (it reads them first and takes seconds) are left out of
 * the write; articles imported meanwhile stay unplaced, for the next placement.
 *
 * @returns how many stories the library has afterwards.
 */
export function regroupStories(
  db: WritableDb,
  { signal, onProgress, now = () => new Date() }: StoriesJobWatch & { readonly now?: () => Date } = {}
): number {
  const rows = db
    .prepare(
      `SELECT a.id, a.title, a.body, ${publicationDate('a')} AS published_at, s.story_id, s.pinned
         FROM articles a LEFT JOIN story_articles s ON s.article_id = a.id ORDER BY a.id`
    )
    .all() as ArticleRow[];
  const pinned = new Map<string, string>();
  for (const r of rows) if (r.pinned === 1 && r.story_id !== null) pinned.set(String(r.id), String(r.story_id));
  const previous = new Map(rows.map((r) => [String(r.id), r.story_id]));
  const grouping = groupStories(
    rows.map((r) => ({ id: String(r.id), title: r.title, text: r.body, ...(r.published_at ? { publishedAt: r.published_at } : {}) })),
    { pinned, storedVectors: true, ...(signal ? { signal } : {}), ...(onProgress ? { onProgress } : {}) }
  );

  const write = db.transaction(() => {
    // NB: read again inside the write lock: an article deleted (by the user, or another process)
    // while the grouping ran would fail the whole write on its foreign key (review 13, finding 7).
    const present = new Set(db.prepare('SELECT id FROM articles').pluck().all() as number[]);
    const kept = rows.map((r) => present.has(r.id));
    const notes = storyNoteMembers(db);
    const userLabelled = new Set(
      (db.prepare('SELECT id FROM stories WHERE user_label = 1').pluck().all() as number[]).map(String)
    );
    const taken = new Set<number>();
    const insertStory = db.prepare('INSERT INTO stories (label, created_at) VALUES (?, ?)');
    const setLabel = db.prepare('UPDATE stories SET label = ? WHERE id = ? AND user_label = 0');
    const assign = db.prepare(
      `INSERT INTO story_articles (article_id, story_id, pinned) VALUES (?, ?, 0)
       ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id WHERE story_articles.pinned = 0`
    );
    const existing = new Set((db.prepare('SELECT id FROM stories').pluck().all() as number[]));
    // Stories holding a pinned article keep their id; claim those first.
    const ordered = [...grouping.stories].sort((a, b) => Number(existing.has(Number(b.id))) - Number(existing.has(Number(a.id))));
    let written = 0;
    for (const story of ordered) {
      if (written % WRITE_STEP === 0) {
        throwIfStopped(signal);
        onProgress?.({ phase: 'writing', done: written, total: ordered.length });
      }
      written++;
      const members = story.articleIds.filter((a) => present.has(Number(a)));
      if (members.length === 0) continue;
      let id = existing.has(Number(story.id)) && !taken.has(Number(story.id)) ? Number(story.id) : undefined;
      if (id === undefined) id = mostCommonPrevious(members, previous, taken, existing);
      if (id === undefined) id = Number(insertStory.run(story.label, now().toISOString()).lastInsertRowid);
      else if (!userLabelled.has(String(id))) setLabel.run(story.label, id);
      taken.add(id);
      for (const articleId of members) assign.run(Number(articleId), id);
    }
    dropEmptyStories(db, notes);
    saveAllVectors(
      db,
      rows.filter((_, i) => kept[i]).map((r) => r.id),
      grouping.vectors.stored
        ? { ...grouping.vectors, stored: grouping.vectors.stored.filter((_, i) => kept[i]) }
        : grouping.vectors
    );
    // The last look before the commit: a stop asked for while the postings were written still rolls back.
    throwIfStopped(signal);
    return (db.prepare('SELECT count(*) FROM stories').pluck().get() as number) ?? 0;
  });
  return write.immediate();
}

/** Stories written between two looks at the signal and two progress reports. */
const WRITE_STEP = 256;

/**
 * The story most of these articles were in before, unless another new story already took it or it
 * no longer exists. NB: `articleIds` are the members still present and `existing` the stories read
 * inside the write: a story emptied and dropped while the grouping ran (its articles deleted) must
 * not be given to an article never placed in it, whose INSERT would fail the whole regroup on its
 * foreign key (review 13, finding 7).
 */
function mostCommonPrevious(
  articleIds: readonly string[],
  previous: ReadonlyMap<string, number | null>,
  taken: ReadonlySet<number>,
  existing: ReadonlySet<number>
): number | undefined {
  const counts = new Map<number, number>();
  for (const a of articleIds) {
    const p = previous.get(a);
    if (p !== null && p !== undefined && !taken.has(p) && existing.has(p)) counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  let best: number | undefined;
  let bestCount = 0;
  for (const [id, n] of counts) if (n > bestCount) [best, bestCount] = [id, n];
  return best;
}
