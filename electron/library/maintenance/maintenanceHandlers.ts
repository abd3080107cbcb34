import path from 'node:path';
import type { Handlers } from '@shared/contract/dispatch';
import { AppFailure } from '@shared/contract/result';
import { type Library, writableLibrary } from '../library';
import { backupLibrary, backupsKept, listBackups } from './backups';
import { checkLibrary } from './checkLibrary';
import { RecoveryFailedError, scheduleRecovery } from './recoverLibrary';
import { repairLibrary } from './repairLibrary';
import { setSetting } from '../settings';
import { RestoreRefusedError, scheduleRestore } from './restoreLibrary';

type MaintenanceChannel =
  | 'library:check'
  | 'library:repair'
  | 'library:backup'
  | 'library:backups'
  | 'library:keepBackups'
  | 'library:restore';

/**
 * The handlers of Settings → Check library / Backups / Restore (docs/reliability.md). A restore
 * is checked now and done at the next start, before the library is opened; so is the recovery of a
 * damaged library, whose copy is made now (the answer says what was lost).
 */
export function maintenanceHandlers(library: Library, onRepaired?: () => void): Pick<Handlers, MaintenanceChannel> {
  const { db, file } = library;
  return {
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
          if (error instanceof RecoveryFailedError) throw new AppFailure('unavailable', error.message);
          throw error;
        }
      }
      const repair = await repairLibrary(writableLibrary(library).db);
      if (repair.rebuilt.length > 0) onRepaired?.();
      return repair;
    },
    'library:backup': () =>
      backupLibrary(writableLibrary(library).db, { libraryFile: file, reason: 'manual', keep: backupsKept(db) }),
    'library:backups': () => ({ backups: listBackups(file), keep: backupsKept(db) }),
    'library:keepBackups': ({ keep }) => {
      setSetting(writableLibrary(library).db, 'backups.keep', String(keep));
      return { keep: backupsKept(db) };
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
    }
  };
}
