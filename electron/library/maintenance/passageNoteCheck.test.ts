import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { annotationHandlers } from '../annotations/annotationHandlers';
import { importPaths } from '../import/importPaths';
import { ensureStories } from '../stories/ensureStories';
import { channelCaller } from '../testing/channelCaller';
import { makeTempFolder, makeTempLibrary } from '../testing/tempLibrary';
import { maintenanceHandlers } from './maintenanceHandlers';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

const SHARED = 'The minister said the new bridge over the river would open to traffic in the spring of next year.';
const FILES = {
  'a.txt': `Bridge plan\n\nIn the capital, ${SHARED} Critics said the cost had doubled since the plan was announced.`,
  'b.txt': `River crossing\n\nOfficials confirmed it. ${SHARED} Residents of the east bank welcomed the news at a meeting.`,
  'c.txt': `Harbour strike\n\nDock workers ended their strike. ${SHARED} The port reopened on Tuesday morning.`
};

/**
 * Three articles sharing a sentence, grouped, and a passage note on that sentence in articles 1
 * and 2 (another on 2 and 3), made through the channels Settings and the reader use.
 */
async function libraryWithPassageNotes() {
  const lib = makeTempLibrary();
  const dir = makeTempFolder(FILES);
  cleanups.push(
    () => lib.dispose(),
    () => fs.rmSync(dir, { recursive: true, force: true })
  );
  await importPaths(lib.db, [dir]);
  ensureStories(lib.db);
  const annotations = channelCaller(annotationHandlers(lib.db));
  const maintenance = channelCaller(maintenanceHandlers(lib));
  const span = (articleId: number) => {
    const body = lib.db.prepare('SELECT body FROM articles WHERE id = ?').pluck().get(articleId) as string;
    return { articleId, start: body.indexOf(SHARED), end: body.indexOf(SHARED) + SHARED.length };
  };
  const note = (a: number, b: number) =>
    annotations.call('annotations:create', { kind: 'passage-note', spans: [span(a), span(b)], note: `same words in ${a} and ${b}`, tags: [] });
  const first = await note(1, 2);
  const second = await note(2, 3);
  return { lib, annotations, maintenance, first, second };
}

describe('check and repair of passage notes (review 13, finding 5)', () => {
  it('a passage note on two articles in the library is no problem, and a repair leaves it placed', async () => {
    const { annotations, maintenance, first } = await libraryWithPassageNotes();
    const check = await maintenance.call('library:check', {});
    expect(check.problems).toEqual([]);
    expect(check.ok).toBe(true);
    const repair = await maintenance.call('library:repair', {});
    expect(repair.rebuilt).toEqual([]);
    const after = await annotations.call('annotations:get', { id: first.id });
    expect(after).toMatchObject({ state: 'placed', orphanReason: null });
  });

  it('reports a passage note one of whose articles is gone but not marked orphan, and repair orphans only that one', async () => {
    const { lib, annotations, maintenance, first, second } = await libraryWithPassageNotes();
    // As a crash, a bug or another tool might leave it: article 3 deleted without its note being told.
    lib.db.exec('DROP TRIGGER annotations_article_deleted');
    lib.db.pragma('foreign_keys = OFF');
    lib.db.prepare('DELETE FROM articles WHERE id = 3').run();
    lib.db.pragma('foreign_keys = ON');
    const check = await maintenance.call('library:check', {});
    expect(check.problems.map((p) => p.kind)).toContain('annotations');
    expect(check.problems.find((p) => p.kind === 'annotations')?.message).toMatch(/^1 annotation points at an article/);

    const repair = await maintenance.call('library:repair', {});
    expect(repair.rebuilt).toContain('annotations marked orphan');
    expect(repair.after.problems.map((p) => p.kind)).not.toContain('annotations');
    expect(await annotations.call('annotations:get', { id: second.id })).toMatchObject({ state: 'orphan', orphanReason: 'deleted' });
    expect(await annotations.call('annotations:get', { id: first.id })).toMatchObject({ state: 'placed', orphanReason: null });
  });

  it('a passage whose spans cannot be read counts as lost rather than failing the check', async () => {
    const { lib, maintenance, first } = await libraryWithPassageNotes();
    lib.db.prepare("UPDATE annotations SET passage = '[{\"articleId\":1' WHERE id = ?").run(first.id);
    const check = await maintenance.call('library:check', {});
    expect(check.problems.find((p) => p.kind === 'annotations')?.message).toMatch(/^1 annotation points at an article/);
  });
});
