import path from 'node:path';
import type { Handlers } from '@shared/contract/dispatch';
import { AppFailure } from '@shared/contract/result';
import type { ReadableDb } from '../db/connection';
import { LibraryInUseError } from '../db/libraryHolders';
import { type Library, writableLibrary } from '../library';
import type { PickSavePath } from '../export/saveExport';
import { backupLibraryTo } from './backupCopy';
import { backupFileName, backupLibrary, backupsKept, listBackups } from './backups';
import { checkLibrary } from './checkLibrary';
import { RecoveryFailedError, scheduleRecovery } from './recoverLibrary';
import { repairLibrary } from './repairLibrary';
import { setSetting } from '../settings';
import { RestoreRefusedError, cancelRestore, scheduleRestore } from './restoreLibrary';

type MaintenanceChannel =
  | 'library:check'
  | 'library:repair'
  | 'library:backup'
  | 'library:backupTo'
  | 'library:backups'
  | 'library:keepBackups'
  | 'library:restore'
  | 'library:cancelRestore';

/** What the maintenance handlers take beside the library. */
export interface MaintenanceOptions {
  /**
   * Where the backups setting is read: the engine's read-only connection (issue 14); left out, the
   * library's own connection (the CLI, tests).
   */
  readonly reader?: ReadableDb;
  /** Called when a repair rebuilt something, so the host can tell the UI (`library:changed`). */
  readonly onRepaired?: () => void;
  /** The desktop app's Save dialog, where `library:backupTo` without `out` asks for a place. */
  readonly pickSavePath?: PickSavePath;
  /**
   * The caller may name a file to write (`library:backupTo`'s `out`): the command line, run by the
   * user. NB: never a page (browser mode, the window), which may not name a path on the disk.
   */
  readonly namesPaths?: boolean;
}

/**
 * The handlers of Settings → Check library / Backups / Restore (docs/reliability.md). A restore
 * is checked now and done at the next start, before the library is opened; so is the recovery of a
 * damaged library, whose copy is made now (the answer says what was lost).
 */
export function maintenanceHandlers(library: Library, options: MaintenanceOptions = {}): Pick<Handlers, MaintenanceChannel> {
  const { db, file } = library;
  const { reader = db, onRepaired, pickSavePath, namesPaths = false } = options;
  return {
    // NB: the check (and repair's) on the library's own connection, not the reader: FTS5's
    // integrity-check is spelled as an INSERT, which a read-only connection refuses (checkLibrary).
    'library:check': () => checkLibrary(db),
    'library:repair': async () => {
      const before = checkLibrary(db);
      if (before.problems.some((p) => p.kind === 'damage')) {
        // SQLite's own damage is not rebuilt from the articles: what can be read is copied out,
        // as `crosscheck doctor --repair` does, and put in place at the next start.
        try {
          const { tables, somethingLost } = await scheduleRecovery(file);
          return {
            before,
            after: before,
            rebuilt: [],
            recovery: { tables: tables.map((t) => ({ ...t, lost: [...t.lost] })), somethingLost, restartRequired: true as const }
          };
        } catch (error) {
          if (error instanceof RecoveryFailedError || error instanceof LibraryInUseError) throw new AppFailure('unavailable', error.message);
          throw error;
        }
      }
      const repair = await repairLibrary(writableLibrary(library).db);
      if (repair.rebuilt.length > 0) onRepaired?.();
      return repair;
    },
    'library:backup': () =>
      backupLibrary(writableLibrary(library).db, { libraryFile: file, reason: 'manual', keep: backupsKept(reader) }),
    // NB: on the reader, not the writer: a copy only reads, so a library open read-only is backed up too.
    'library:backupTo': async ({ out, force }) => {
      if (out !== undefined && !namesPaths)
        throw new AppFailure('forbidden', 'Only the command line names where a backup goes; in the app, choose the place in the Save dialog.');
      let target = out;
      if (target === undefined) {
        if (!pickSavePath)
          throw new AppFailure(
            'unavailable',
            'Backing up to a place you choose works in the desktop app and with `crosscheck backup --out`; here, Back up now keeps the backup beside the library.'
          );
        const picked = await pickSavePath(backupFileName(file, 'manual', new Date()), 'backup');
        if (picked === null) return null;
        target = picked;
      }
      // The Save dialog asked before replacing a file.
      return backupLibraryTo(reader, target, { libraryFile: file, force: out === undefined || force });
    },
    'library:backups': () => ({ backups: listBackups(file), keep: backupsKept(reader) }),
    'library:keepBackups': ({ keep }) => {
      setSetting(writableLibrary(library).db, 'backups.keep', String(keep));
      return { keep: backupsKept(reader) };
    },
    'library:restore': ({ file: wanted }) => {
      // NB: only a file among this library's backups: the caller (a page in browser mode) must
      // not name any file on the disk.
      const backup = listBackups(file).find((b) => path.resolve(b.file) === path.resolve(wanted));
      if (!backup) throw new AppFailure('not-found', 'That file is not one of this library’s backups. Choose one from the list.');
      try {
        scheduleRestore(file, backup.file);
      } catch (error) {
        if (error instanceof RestoreRefusedError) throw new AppFailure('invalid-input', error.message);
        throw error;
      }
      return { backup, restartRequired: true as const };
    },
    // NB: the request is only a marker file beside the library; nothing else was changed yet.
    'library:cancelRestore': () => ({ cancelled: cancelRestore(file) })
  };
}
