import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../handlers';
import { importPaths } from '../import/importPaths';
import { channelCaller } from '../testing/channelCaller';
import { makeTempFolder, makeTempLibrary } from '../testing/tempLibrary';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

const SHARED = 'The minister said the new bridge over the river would open to traffic in the spring of next year.';
const A = `Bridge plan\n\nIn the capital, ${SHARED} Critics said the cost had doubled since the plan was announced.`;
const B = `River crossing\n\nOfficials confirmed it. ${SHARED} Residents of the east bank welcomed the news at a meeting.`;

/** Articles 1 (a.txt) and 2 (b.txt) sharing a sentence; every channel through `dispatch`, as the app and CLI call them. */
async function setup() {
  const lib = makeTempLibrary();
  const dir = makeTempFolder({ 'a.txt': A, 'b.txt': B });
  cleanups.push(
    () => lib.dispose(),
    () => fs.rmSync(dir, { recursive: true, force: true })
  );
  await importPaths(lib.db, [dir]);
  const { call } = channelCaller(createHandlers(lib, { mode: 'cli' }));
  const span = (articleId: number) => {
    const body = lib.db.prepare('SELECT body FROM articles WHERE id = ?').pluck().get(articleId) as string;
    return { articleId, start: body.indexOf(SHARED), end: body.indexOf(SHARED) + SHARED.length };
  };
  const passageNote = () =>
    call('annotations:create', { kind: 'passage-note', spans: [span(1), span(2)], note: 'same words', tags: [] });
  const notesOf = async (articleId: number) =>
    (await call('annotations:list', { filter: { articleId } })).items
      .map((a) => ({ kind: a.kind, note: a.note }))
      .sort((x, y) => x.kind.localeCompare(y.kind));
  return { lib, dir, call, passageNote, notesOf };
}

describe('undo never overwrites another annotation (review 13, finding 4)', () => {
  it('undoing "Highlight deleted" after a note was written meanwhile keeps the note and brings the highlight back', async () => {
    const { call, notesOf } = await setup();
    const made = await call('annotations:create', {
      kind: 'highlight',
      articleId: 1,
      quote: 'new bridge',
      colour: 1,
      note: 'first',
      tags: []
    });
    const deleted = await call('annotations:delete', { id: made.id });
    // Another window (or `crosscheck annotate add`) writes a note: it may get the freed id.
    const note = await call('annotations:create', {
      kind: 'article-note',
      articleId: 1,
      note: 'MY IMPORTANT NOTE',
      tags: ['keep']
    });
    const restored = await call('annotations:restore', { annotation: deleted.deleted });
    expect(restored).toMatchObject({ kind: 'highlight', note: 'first', state: 'placed', createdAt: made.createdAt });
    expect(await call('annotations:get', { id: note.id })).toMatchObject({
      kind: 'article-note',
      note: 'MY IMPORTANT NOTE',
      tags: ['keep']
    });
    expect(await notesOf(1)).toEqual([
      { kind: 'article-note', note: 'MY IMPORTANT NOTE' },
      { kind: 'highlight', note: 'first' }
    ]);
    // Redo of the delete acts on the id the restore answered: the note is still there.
    await call('annotations:delete', { id: restored.id });
    expect(await notesOf(1)).toEqual([{ kind: 'article-note', note: 'MY IMPORTANT NOTE' }]);
  });

  it('a new annotation never gets the id of one deleted, so an undo finds its id free', async () => {
    const { call } = await setup();
    const made = await call('annotations:create', { kind: 'highlight', articleId: 1, quote: 'new bridge', colour: 1, note: 'first', tags: [] });
    const { deleted } = await call('annotations:delete', { id: made.id });
    const note = await call('annotations:create', { kind: 'article-note', articleId: 1, note: 'written meanwhile', tags: [] });
    expect(note.id).toBeGreaterThan(made.id);
    expect(await call('annotations:restore', { annotation: deleted })).toMatchObject({ id: made.id, kind: 'highlight' });
  });

  it('a restore of an annotation still there (the undo of an edit) replaces it under its own id', async () => {
    const { call } = await setup();
    const made = await call('annotations:create', { kind: 'article-note', articleId: 1, note: 'before', tags: [] });
    await call('annotations:update', { id: made.id, changes: { note: 'after' } });
    const back = await call('annotations:restore', { annotation: made });
    expect(back).toMatchObject({ id: made.id, note: 'before' });
    expect((await call('annotations:list', { filter: { articleId: 1 } })).items).toHaveLength(1);
  });
});

describe('a passage note on a deleted article stays orphan (review 13, finding 6)', () => {
  it('re-importing its other article, changed, does not bring it back placed', async () => {
    const { call, dir, lib, passageNote } = await setup();
    const note = await passageNote();
    await call('articles:delete', { ids: [1] });
    expect(await call('annotations:get', { id: note.id })).toMatchObject({ state: 'orphan', orphanReason: 'deleted' });

    fs.writeFileSync(path.join(dir, 'b.txt'), B.replace('Officials confirmed it.', 'Officials confirmed it on Monday.'));
    await importPaths(lib.db, [path.join(dir, 'b.txt')]);
    const after = await call('annotations:get', { id: note.id });
    expect(after).toMatchObject({ state: 'orphan', orphanReason: 'deleted' });
    expect(after.passage?.map((s) => [s.articleId, s.state])).toEqual([
      [1, 'orphan'],
      [2, 'moved']
    ]);
  });

  it('undoing its delete after one of its articles was deleted meanwhile brings it back orphan', async () => {
    const { call, passageNote } = await setup();
    const note = await passageNote();
    const { deleted } = await call('annotations:delete', { id: note.id });
    await call('articles:delete', { ids: [2] });
    const restored = await call('annotations:restore', { annotation: deleted });
    expect(restored).toMatchObject({ state: 'orphan', orphanReason: 'deleted', note: 'same words' });
    expect(restored.passage?.map((s) => [s.articleId, s.state, s.current])).toEqual([
      [1, 'placed', expect.anything()],
      [2, 'orphan', null]
    ]);
  });
});
