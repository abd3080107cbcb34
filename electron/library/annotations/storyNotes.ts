import type { ReadableDb, WritableDb } from '../db/connection';

/** The articles of each story that carries a note, by story id: what a note on a story is about. */
export type StoryNoteMembers = ReadonlyMap<number, readonly number[]>;

/**
 * Takes, before stories are regrouped, merged or split, the articles of every story holding a
 * note, so {@link followStoryNotes} can tell afterwards where those articles went.
 */
export function storyNoteMembers(db: ReadableDb): StoryNoteMembers {
  const rows = db
    .prepare(
      `SELECT sa.story_id, sa.article_id FROM story_articles sa
        WHERE sa.story_id IN (SELECT story_id FROM annotations WHERE kind = 'story-note' AND story_id IS NOT NULL)`
    )
    .all() as Array<{ story_id: number; article_id: number }>;
  const members = new Map<number, number[]>();
  for (const r of rows) members.set(r.story_id, [...(members.get(r.story_id) ?? []), r.article_id]);
  return members;
}

/**
 * Moves each story note to the story that now holds most of the articles its story held before
 * (`before`, from {@link storyNoteMembers}), so a note follows its articles when stories merge or
 * split instead of becoming an orphan with its emptied story. On a tie the note stays where it is
 * if that story is among the tied, else goes to the oldest (lowest id). A note whose articles are
 * all gone stays put (the story's deletion makes it an orphan, with its words kept).
 *
 * NB: call it after the articles moved and before empty stories are deleted, in the same
 * transaction: the delete trigger orphans the notes still pointing at an emptied story.
 */
export function followStoryNotes(db: WritableDb, before: StoryNoteMembers): void {
  if (before.size === 0) return;
  const now = db.prepare('SELECT story_id FROM story_articles WHERE article_id = ?').pluck();
  const notesOf = db.prepare(`SELECT id FROM annotations WHERE kind = 'story-note' AND story_id = ?`).pluck();
  // Every move is planned (by note id) before any is made, so a note moved into story B is not
  // moved again as one of B's own notes, and two stories swapping articles swap notes.
  const plan: Array<[noteId: number, storyId: number]> = [];
  for (const [storyId, articleIds] of before) {
    const counts = new Map<number, number>();
    for (const a of articleIds) {
      const s = now.get(a) as number | undefined;
      if (s !== undefined) counts.set(s, (counts.get(s) ?? 0) + 1);
    }
    if (counts.size === 0) continue;
    const most = Math.max(...counts.values());
    if (counts.get(storyId) === most) continue;
    const target = Math.min(...[...counts].filter(([, n]) => n === most).map(([id]) => id));
    for (const noteId of notesOf.all(storyId) as number[]) plan.push([noteId, target]);
  }
  // updated_at stays: it says when the user last changed the note, as re-anchoring leaves it too.
  const move = db.prepare('UPDATE annotations SET story_id = ? WHERE id = ?');
  for (const [noteId, storyId] of plan) move.run(storyId, noteId);
}
