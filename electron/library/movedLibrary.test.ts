import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { dispatch } from '@shared/contract/dispatch';
import { startEngine } from './engine';
import { createHandlers } from './handlers';
import { openLibrary } from './library';
import { importPaths } from './import/importPaths';
import { SEEDS_DIR, makeTempFolder, makeTempLibrary } from './testing/tempLibrary';

describe('a library file moved while a host has it open', () => {
  it('imports nothing from a watched folder into a new library at the old path, and every call says it was moved', async () => {
    const made = makeTempLibrary();
    made.close();
    onTestFinished(() => fs.rmSync(made.dir, { recursive: true, force: true }));
    const watched = makeTempFolder({});
    onTestFinished(() => fs.rmSync(watched, { recursive: true, force: true }));
    const cli = openLibrary(made.file, { write: true });
    expect((await dispatch(createHandlers(cli, { mode: 'cli' }), 'watch:add', { path: watched })).ok).toBe(true);
    cli.close();
    const watchErrors: unknown[] = [];
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void watchErrors.push(args.at(-1)));
    onTestFinished(() => void vi.restoreAllMocks());
    const engine = await startEngine({ file: made.file, host: { mode: 'browser', watchFolders: true } });
    onTestFinished(() => engine.close());

    // As a user's `mv` in a file manager would, while the app runs; then a file lands in the watched folder.
    const moved = path.join(made.dir, 'moved.sqlite');
    fs.renameSync(made.file, moved);
    fs.writeFileSync(
      path.join(watched, 'ferry.txt'),
      'Ferry resumes on the northern route\n\nThe ferry to the islands sails again on Monday after repairs to the harbour wall, the port said.\n'
    );

    await expect.poll(() => watchErrors.length > 0 || fs.existsSync(made.file), { timeout: 20_000 }).toBe(true);
    expect(fs.existsSync(made.file)).toBe(false);
    const said = `The library file ${made.file} was moved or deleted while this Crosscheck had it open`;
    expect(String((watchErrors[0] as Error | undefined)?.message)).toContain(said);
    expect(await dispatch(engine.handlers, 'articles:list', {})).toMatchObject({
      ok: false,
      error: { code: 'unavailable', message: expect.stringContaining(said) }
    });
  });

  it('keeps in the renamed file what was saved before the move, once the host closes (session 17 review, #9)', async () => {
    const made = makeTempLibrary();
    await importPaths(made.db, [SEEDS_DIR]);
    made.close();
    onTestFinished(() => fs.rmSync(made.dir, { recursive: true, force: true }));
    const engine = await startEngine({ file: made.file, host: { mode: 'browser' } });
    const note = await dispatch(engine.handlers, 'annotations:create', {
      kind: 'article-note',
      articleId: 1,
      note: 'Check the toll'
    });
    expect(note.ok).toBe(true);
    const moved = path.join(made.dir, 'moved.sqlite');
    fs.renameSync(made.file, moved);
    engine.close();

    const reopened = openLibrary(moved);
    onTestFinished(() => reopened.close());
    expect(reopened.db.prepare('SELECT note FROM annotations').pluck().all()).toEqual(['Check the toll']);
  });
});
