import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '@shared/contract/dispatch';
import { startEngine } from '../engine';
import { importPaths } from '../import/importPaths';
import { openLibrary } from '../library';
import { SEEDS_DIR, makeTempLibrary } from '../testing/tempLibrary';
import type { BackupCopy } from '../maintenance/backupCopy';
import { setSetting } from '../settings';
import { type WriteProbe, isReadOnlyWrite, requireWritable } from './readOnly';

/**
 * The engine path of a read-only library on a real SQLite read-only (`immutable`) connection, with
 * the write probe standing in for a user who may not write to the folder (tests run as root, for
 * whom permissions stop nothing). The CLI suite's readOnly.test.ts does the same on a real
 * read-only mount.
 */
let lib: ReturnType<typeof makeTempLibrary>;
afterEach(() => lib?.dispose());

async function lockedFolder(): Promise<{ file: string; probe: WriteProbe }> {
  lib = makeTempLibrary();
  await importPaths(lib.db, [SEEDS_DIR]);
  lib.close();
  const folder = lib.dir;
  return { file: path.join(folder, 'library.sqlite'), probe: (p) => (p === folder ? 'EACCES' : undefined) };
}

describe('a library in a folder the user may not write to', () => {
  it('opens read-only: reads work, SQLite refuses writes, and nothing is created beside it', async () => {
    const { file, probe } = await lockedFolder();
    const library = openLibrary(file, { writeProbe: probe });
    try {
      expect(library.readOnly).toBe(`You may not write to the folder of the library ${file}`);
      expect(library.db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(5);
      expect(() => library.db.prepare("INSERT INTO settings (key, value) VALUES ('x', 'y')").run()).toThrow(/readonly/);
      expect(fs.readdirSync(path.dirname(file)).sort()).toEqual(['library.sqlite']);
    } finally {
      library.close();
    }
  });

  it('types its connection as readable only: a write must narrow it first, and the narrowing refuses', async () => {
    const { file, probe } = await lockedFolder();
    const library = openLibrary(file, { writeProbe: probe });
    try {
      expect(library.readOnly).toBeDefined();
      if (library.readOnly === undefined) return;
      // NB: this line is the test for tsc (npm run typecheck): it fails to compile if a read-only
      // library's connection becomes writable again.
      // @ts-expect-error a read-only library's db is a ReadableDb, not a WritableDb
      expect(() => setSetting(library.db, 'x', 'y')).toThrow(/readonly/);
      let refusal: unknown;
      try {
        requireWritable(library.db);
      } catch (error) {
        refusal = error;
      }
      expect(isReadOnlyWrite(refusal)).toBe(true);
    } finally {
      library.close();
    }
  });

  it('is refused with the reason when the caller means to write', async () => {
    const { file, probe } = await lockedFolder();
    expect(() => openLibrary(file, { writeProbe: probe, write: true })).toThrow(
      `You may not write to the folder of the library ${file}, so Crosscheck opened it read-only`
    );
  });

  it('serves searches (the query is not remembered as a recent search) and answers writes with code read-only', async () => {
    const { file, probe } = await lockedFolder();
    const engine = await startEngine({ file, writeProbe: probe, host: { mode: 'browser' } });
    try {
      const found = await dispatch(engine.handlers, 'search:query', { query: 'Daraa', record: true });
      expect(found).toMatchObject({ ok: true });
      expect((found as { value: { total: number } }).value.total).toBeGreaterThan(0);
      const saved = await dispatch(engine.handlers, 'search:saved:add', { name: 'Daraa', query: 'Daraa' });
      expect(saved).toMatchObject({ ok: false, error: { code: 'read-only' } });
      expect(await dispatch(engine.handlers, 'library:info', {})).toMatchObject({
        ok: true,
        value: { readOnly: `You may not write to the folder of the library ${file}` }
      });
      // A page never names a path to write to, and browser mode has no Save dialog to ask.
      expect(await dispatch(engine.handlers, 'library:backupTo', { out: os.tmpdir() })).toMatchObject({
        ok: false,
        error: { code: 'forbidden' }
      });
      expect(await dispatch(engine.handlers, 'library:backupTo', {})).toMatchObject({
        ok: false,
        error: { code: 'unavailable' }
      });
    } finally {
      engine.close();
    }
  });

  it('is backed up to another folder (the copy reads it), though not into the backups folder beside it', async () => {
    const { file, probe } = await lockedFolder();
    const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-backup-to-'));
    const engine = await startEngine({ file, writeProbe: probe, host: { mode: 'cli' } });
    try {
      const beside = await dispatch(engine.handlers, 'library:backup', {});
      expect(beside).toMatchObject({ ok: false, error: { code: 'read-only' } });
      expect((beside as { error: { message: string } }).error.message).toMatch(
        /keeps no backups beside it\. Back it up to another folder .*--out/
      );

      const copied = await dispatch(engine.handlers, 'library:backupTo', { out: elsewhere });
      if (!copied.ok) throw new Error(copied.error.message);
      const copy = copied.value as BackupCopy;
      expect(path.dirname(copy.path)).toBe(elsewhere);
      expect(fs.readdirSync(elsewhere)).toEqual([path.basename(copy.path)]);
      const opened = new Database(copy.path, { readonly: true });
      try {
        expect(opened.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(copy.articles).toBe(opened.prepare('SELECT count(*) FROM articles').pluck().get());
      } finally {
        opened.close();
      }
      expect(copy.articles).toBe(5);
      expect(copy.bytes).toBe(fs.statSync(copy.path).size);
      // Nothing was written beside the read-only library.
      expect(fs.readdirSync(path.dirname(file))).toEqual(['library.sqlite']);
    } finally {
      engine.close();
      fs.rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});
