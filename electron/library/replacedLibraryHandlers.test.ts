import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '@shared/contract/dispatch';
import { startEngine } from './engine';
import { backupLibrary } from './maintenance/backups';
import { restoreLibrary } from './maintenance/restoreLibrary';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('an engine whose library file is replaced under it', () => {
  it('refuses every call with a sentence instead of saving into the renamed file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-replaced-'));
    dirs.push(dir);
    const file = path.join(dir, 'library.sqlite');
    const engine = await startEngine({ file, host: { mode: 'browser' } });
    try {
      expect(await dispatch(engine.handlers, 'library:keepBackups', { keep: 3 })).toMatchObject({ ok: true });
      const backup = await backupLibrary(engine.library.db, { libraryFile: file, reason: 'manual', keep: 10 });
      // As an older Crosscheck or a user's `mv` would: this process's own records do not stop it.
      const restored = restoreLibrary(file, backup.file);
      expect(restored.setAside).toBeDefined();

      const saved = await dispatch(engine.handlers, 'library:keepBackups', { keep: 5 });
      expect(saved).toEqual({
        ok: false,
        error: {
          code: 'unavailable',
          message: `The library file ${file} was replaced while this Crosscheck had it open (a restore or a repair by another Crosscheck): nothing more is read from it or saved to it here. Quit and start Crosscheck again to open the library now in its place.`
        }
      });
      expect(await dispatch(engine.handlers, 'articles:list', {})).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    } finally {
      engine.close();
    }
  });
});
