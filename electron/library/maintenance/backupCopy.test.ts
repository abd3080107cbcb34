import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '@shared/contract/dispatch';
import { startEngine } from '../engine';
import { importPaths } from '../import/importPaths';
import { SEEDS_DIR, makeTempLibrary } from '../testing/tempLibrary';
import type { BackupCopy } from './backupCopy';

/**
 * Settings → Library → Back up to… in the desktop app: `library:backupTo` without `out` asks the
 * host's Save dialog (`pickSavePath`, standing in for Electron's here) and writes the checked copy
 * where it says. The command line's `--out` is tested through the built CLI (suite/backupOut.test.ts).
 */
let lib: ReturnType<typeof makeTempLibrary>;
let elsewhere: string;
afterEach(() => {
  lib?.dispose();
  if (elsewhere) fs.rmSync(elsewhere, { recursive: true, force: true });
});

async function desktopEngine(answer: (name: string) => string | null) {
  lib = makeTempLibrary();
  await importPaths(lib.db, [SEEDS_DIR]);
  lib.close();
  elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-backup-dialog-'));
  const asked: Array<{ name: string; purpose: string | undefined }> = [];
  const engine = await startEngine({
    file: lib.file,
    host: {
      mode: 'desktop',
      pickSavePath: async (name, purpose) => {
        asked.push({ name, purpose });
        return answer(name);
      }
    }
  });
  return { engine, asked };
}

describe('Back up to… (library:backupTo through the desktop Save dialog)', () => {
  it('asks with a dated backup name and writes a checked copy where the dialog says', async () => {
    const { engine, asked } = await desktopEngine((name) => path.join(elsewhere, name));
    try {
      const result = await dispatch(engine.handlers, 'library:backupTo', {});
      if (!result.ok) throw new Error(result.error.message);
      const copy = result.value as BackupCopy;
      expect(asked).toEqual([
        { name: expect.stringMatching(/^library\.sqlite@\d{8}-\d{6}-\d{3}-manual\.sqlite$/), purpose: 'backup' }
      ]);
      expect(copy.path).toBe(path.join(elsewhere, asked[0]!.name));
      const opened = new Database(copy.path, { readonly: true });
      try {
        expect(opened.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(opened.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(5);
      } finally {
        opened.close();
      }
      expect(copy).toMatchObject({ articles: 5, verified: true, bytes: fs.statSync(copy.path).size });
    } finally {
      engine.close();
    }
  });

  it('writes nothing when the dialog is cancelled, and never over the library even when the dialog confirmed it', async () => {
    let answer: string | null = null;
    const { engine } = await desktopEngine(() => answer);
    try {
      expect(await dispatch(engine.handlers, 'library:backupTo', {})).toEqual({ ok: true, value: null });
      expect(fs.readdirSync(elsewhere)).toEqual([]);

      answer = lib.file;
      const refused = await dispatch(engine.handlers, 'library:backupTo', {});
      expect(refused).toMatchObject({
        ok: false,
        error: { code: 'forbidden', message: expect.stringContaining('is the library itself') }
      });
      // NB: the open library's bytes may change meanwhile (its start-up work writes); what it holds may not.
      expect(await dispatch(engine.handlers, 'library:info', {})).toMatchObject({ ok: true, value: { articleCount: 5 } });
    } finally {
      engine.close();
    }
  });
});
