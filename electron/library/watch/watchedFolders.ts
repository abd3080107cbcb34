import fs from 'node:fs';
import type { WatchedFolder } from '@shared/contract/schemas';
import { AppFailure } from '@shared/contract/result';
import type { ReadableDb, WritableDb } from '../db/connection';
import { resolveImportPath } from '../import/importPath';

/** The watched folders, in the order they were added. */
export function listWatchedFolders(db: ReadableDb): WatchedFolder[] {
  const rows = db.prepare('SELECT id, path, added_at FROM watched_folders ORDER BY id').all() as Array<{ id: number; path: string; added_at: string }>;
  return rows.map((r) => ({ id: r.id, path: r.path, addedAt: r.added_at, exists: fs.existsSync(r.path) }));
}

/**
 * The absolute path of `folder` when it can be watched: an existing folder, `~` read as import
 * reads it ({@link resolveImportPath}). Otherwise an
 * `AppFailure` whose message tells the person what to do — the same sentence for the CLI and the
 * Watched folders dialog. `crosscheck watch add` asks before it opens (or makes) the library.
 */
export function watchableFolder(folder: string): string {
  // As import reads a path: `~/x` is the home folder's x (a quoted CLI path, browser mode's dialog).
  const absolute = resolveImportPath(folder);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM') {
      throw new AppFailure('invalid-input', `${absolute} cannot be opened (permission denied); check that your account may open it.`);
    }
    throw new AppFailure('not-found', `${absolute} does not exist; check the path.`);
  }
  if (!stat.isDirectory()) {
    throw new AppFailure('invalid-input', `${absolute} is a file, not a folder; watch the folder that holds it.`);
  }
  return absolute;
}

/** Starts watching a folder (an absolute path to an existing folder); watching it twice is a no-op. */
export function addWatchedFolder(db: WritableDb, folder: string): WatchedFolder {
  const absolute = watchableFolder(folder);
  db.prepare('INSERT INTO watched_folders (path, added_at) VALUES (?, ?) ON CONFLICT (path) DO NOTHING').run(absolute, new Date().toISOString());
  const row = listWatchedFolders(db).find((f) => f.path === absolute);
  if (!row) throw new Error('watched folder vanished');
  return row;
}

/** Stops watching a folder; articles imported from it stay. */
export function removeWatchedFolder(db: WritableDb, id: number): void {
  if (db.prepare('DELETE FROM watched_folders WHERE id = ?').run(id).changes === 0) {
    throw new AppFailure('not-found', 'That folder is no longer watched.');
  }
}
