import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '@shared/contract/dispatch';
import { countArticles, getArticle } from '../articles';
import { createHandlers, createServices } from '../handlers';
import { makeTempFolder, makeTempLibrary } from '../testing/tempLibrary';
import { FolderWatcher } from './folderWatcher';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0).reverse()) c();
});
function folder(files: Record<string, string> = {}) {
  const dir = makeTempFolder(files);
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}
async function until(check: () => boolean, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('FolderWatcher', () => {
  it('imports new and changed supported files in one batch, ignoring hidden and unsupported ones', async () => {
    const dir = folder({ 'old.txt': 'Old\n\ntext', 'untouched.txt': 'Untouched\n\ntext' });
    const batches: string[][] = [];
    const watcher = new FolderWatcher({
      importFiles: async (p) => void batches.push(p.map((f) => path.relative(dir, f)).sort()),
      debounceMs: 100
    });
    cleanups.push(() => watcher.close());
    watcher.sync([dir]);
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.writeFileSync(path.join(dir, 'a.txt'), 'A\n\ntext');
    fs.writeFileSync(path.join(dir, 'sub', 'b.md'), '# B\n\ntext');
    fs.appendFileSync(path.join(dir, 'old.txt'), '\nA line added later.');
    fs.writeFileSync(path.join(dir, '.hidden.txt'), 'no');
    fs.writeFileSync(path.join(dir, 'photo.jpg'), 'no');
    await until(() => batches.length > 0);
    expect(batches).toEqual([['a.txt', 'old.txt', path.join('sub', 'b.md')]]);
  });
});

describe('watched folders through the contract', () => {
  it('imports what a folder holds when it is added, then each new or changed file', async () => {
    const lib = makeTempLibrary();
    cleanups.push(() => lib.dispose());
    const dir = folder({ 'first.txt': 'First story\n\nRebels said the talks in Daraa had failed.' });
    const events: string[] = [];
    const host = { mode: 'browser' as const, watchFolders: true, emit: (e: string) => void events.push(e) };
    const services = createServices(lib, host);
    cleanups.push(() => services.watcher?.close());
    const handlers = createHandlers(lib, host, services);

    // Imported once with an outlet for the whole import before the folder is watched (review 11).
    expect(await dispatch(handlers, 'import:paths', { paths: [dir], defaults: { outlet: 'Desk Files' } })).toMatchObject({
      ok: true
    });
    const added = await dispatch(handlers, 'watch:add', { path: dir });
    expect(added).toMatchObject({ ok: true, value: { path: dir, exists: true } });
    await until(() => countArticles(lib.db) === 1);
    fs.writeFileSync(path.join(dir, 'second.txt'), 'Second story\n\nAn aid convoy reached Quneitra on Thursday.');
    await until(() => countArticles(lib.db) === 2);
    await until(() => events.filter((e) => e === 'library:changed').length >= 2);

    // The first file is edited: its article takes the new text, no second copy is made.
    const firstId = lib.db.prepare("SELECT id FROM articles WHERE title = 'First story'").pluck().get() as number;
    fs.writeFileSync(
      path.join(dir, 'first.txt'),
      'First story\n\nRebels said the talks in Daraa had failed. Russian jets struck Tafas hours later.'
    );
    await until(() => getArticle(lib.db, firstId)?.body.includes('Tafas') === true);
    expect(countArticles(lib.db)).toBe(2);
    // The changed file's import gives no outlet: the one the first import gave is kept.
    expect(getArticle(lib.db, firstId)?.outlet).toBe('Desk Files');
    await until(() => events.filter((e) => e === 'library:changed').length >= 3);

    expect(await dispatch(handlers, 'watch:list', {})).toMatchObject({ ok: true, value: { folders: [{ path: dir }] } });
    // The Watched folders dialog shows these sentences as they are.
    expect(await dispatch(handlers, 'watch:add', { path: path.join(dir, 'first.txt') })).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-input',
        message: `${path.join(dir, 'first.txt')} is a file, not a folder; watch the folder that holds it.`
      }
    });
    expect(await dispatch(handlers, 'watch:add', { path: path.join(dir, 'nope') })).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: `${path.join(dir, 'nope')} does not exist; check the path.` }
    });
    expect(await dispatch(handlers, 'watch:list', {})).toMatchObject({ ok: true, value: { folders: [{ path: dir }] } });
    const id = (added as { value: { id: number } }).value.id;
    expect(await dispatch(handlers, 'watch:remove', { id })).toMatchObject({ ok: true });
    expect(await dispatch(handlers, 'watch:list', {})).toMatchObject({ ok: true, value: { folders: [] } });
  });
});
