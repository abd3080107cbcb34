import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../handlers';
import { importPaths } from '../import/importPaths';
import { channelCaller } from '../testing/channelCaller';
import { makeTempLibrary, SEEDS_DIR } from '../testing/tempLibrary';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

/** The seeds, and every channel through `dispatch` with its checks on input and output, as the app, CLI and API call them. */
async function setup() {
  const lib = makeTempLibrary();
  cleanups.push(() => lib.dispose());
  await importPaths(lib.db, [SEEDS_DIR]);
  return { lib, ...channelCaller(createHandlers(lib, { mode: 'cli' })) };
}

describe('annotations:restore takes only ids the library handed out (review 14, finding 3)', () => {
  it('refuses a forged id of 2^53 − 1 with a sentence, and later notes are still made and listed', async () => {
    const { call, fail } = await setup();
    const made = await call('annotations:create', { kind: 'article-note', articleId: 1, note: 'my note', tags: [] });
    const { deleted } = await call('annotations:delete', { id: made.id });
    const error = await fail('annotations:restore', { annotation: { ...deleted, id: Number.MAX_SAFE_INTEGER } });
    expect(error.code).toBe('invalid-input');
    expect(error.message).toMatch(/was never in this library/);
    const second = await call('annotations:create', { kind: 'article-note', articleId: 2, note: 'second', tags: [] });
    const third = await call('annotations:create', { kind: 'article-note', articleId: 3, note: 'third', tags: [] });
    expect(second.id).toBeGreaterThan(made.id);
    expect(third.id).toBeGreaterThan(second.id);
    const listed = await call('annotations:list', {});
    expect(listed.items.map((a) => a.note).sort()).toEqual(['second', 'third']);
  });

  it('still restores a deleted note under its own id, and an undo of an edit over the note it replaces', async () => {
    const { call } = await setup();
    const made = await call('annotations:create', { kind: 'article-note', articleId: 1, note: 'kept', tags: [] });
    const { deleted } = await call('annotations:delete', { id: made.id });
    expect((await call('annotations:restore', { annotation: deleted })).id).toBe(made.id);
    const edited = await call('annotations:update', { id: made.id, changes: { note: 'edited' } });
    const undone = await call('annotations:restore', { annotation: { ...edited, note: 'kept' } });
    expect(undone.id).toBe(made.id);
    expect((await call('annotations:get', { id: made.id })).note).toBe('kept');
  });

  it('keeps making notes in a library a restore before this check left holding id 2^53 − 1', async () => {
    const { lib, call } = await setup();
    const made = await call('annotations:create', { kind: 'article-note', articleId: 1, note: 'first', tags: [] });
    // What the unchecked restore stored: a row at the largest id a JavaScript number holds exactly.
    lib.db
      .prepare('INSERT INTO annotations (id, kind, article_id, note, state, created_at, updated_at) SELECT ?, kind, article_id, ?, state, created_at, updated_at FROM annotations WHERE id = ?')
      .run(Number.MAX_SAFE_INTEGER, 'forged', made.id);
    const next = await call('annotations:create', { kind: 'article-note', articleId: 2, note: 'after', tags: [] });
    expect(next.id).toBeLessThan(Number.MAX_SAFE_INTEGER);
    expect(lib.db.prepare('SELECT count(*) FROM annotations WHERE note = ?').pluck().get('after')).toBe(1);
    // Deleted again, it raised the floor to 2^53 − 1: creates still work, and the list answers.
    await call('annotations:delete', { id: Number.MAX_SAFE_INTEGER });
    const again = await call('annotations:create', { kind: 'article-note', articleId: 3, note: 'again', tags: [] });
    expect(again.id).toBeGreaterThan(next.id);
    expect(again.id).toBeLessThan(Number.MAX_SAFE_INTEGER);
    expect((await call('annotations:list', {})).items.map((a) => a.note).sort()).toEqual(['after', 'again', 'first']);
  });
});
