import { afterEach, describe, expect, it } from 'vitest';
import { diffLibraryDigests, readLibraryDigest } from './changeDigest';
import { makeTempLibrary } from './testing/tempLibrary';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

/**
 * A library whose `story_articles` holds the given (article, story) memberships. The digest reads
 * only that table for them, so the articles themselves are left out (foreign keys off).
 */
function libraryWith(memberships: ReadonlyArray<readonly [number, number]>) {
  const lib = makeTempLibrary();
  cleanups.push(() => lib.dispose());
  lib.db.pragma('foreign_keys = OFF');
  const story = lib.db.prepare("INSERT INTO stories (id, label, created_at) VALUES (?, ?, '2026-01-01')");
  for (let id = 1; id <= 40; id++) story.run(id, `story ${id}`);
  const member = lib.db.prepare('INSERT INTO story_articles (article_id, story_id) VALUES (?, ?)');
  for (const [article, storyId] of memberships) member.run(article, storyId);
  const move = lib.db.prepare('UPDATE story_articles SET story_id = ? WHERE article_id = ?');
  return { lib, moveTo: (article: number, storyId: number) => move.run(storyId, article) };
}

describe("the change digest's story memberships (review 14, finding 9)", () => {
  it('tells stories when two moves would have cancelled in the old weighted sum', () => {
    // Old weights: (70 * 40503) % 65521 + 1 = 17808 and (89 * 40503) % 65521 + 1 = 1113, so article 70
    // one story up (+17808) and article 89 sixteen stories down (-16 * 1113) summed to the same value.
    expect([(70 * 40503) % 65521 + 1, (89 * 40503) % 65521 + 1]).toEqual([17808, 1113]);
    const { lib, moveTo } = libraryWith([
      [70, 5],
      [89, 30]
    ]);
    const before = readLibraryDigest(lib.db);
    moveTo(70, 6);
    moveTo(89, 14);
    expect(diffLibraryDigests(lib.db, before, readLibraryDigest(lib.db, before)).areas).toContain('stories');
  });

  it('tells stories when two articles whose ids are equal mod 65521 swap stories', () => {
    const { lib, moveTo } = libraryWith([
      [1, 3],
      [65522, 7]
    ]);
    const before = readLibraryDigest(lib.db);
    moveTo(1, 7);
    moveTo(65522, 3);
    expect(diffLibraryDigests(lib.db, before, readLibraryDigest(lib.db, before)).areas).toContain('stories');
  });

  it('says nothing changed when the memberships are the same, whatever order they were written in', () => {
    const { lib, moveTo } = libraryWith([
      [1, 3],
      [2, 4]
    ]);
    const before = readLibraryDigest(lib.db);
    moveTo(1, 4);
    moveTo(1, 3);
    expect(diffLibraryDigests(lib.db, before, readLibraryDigest(lib.db, before)).areas).toEqual([]);
  });
});
