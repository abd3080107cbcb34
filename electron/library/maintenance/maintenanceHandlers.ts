import path from 'node:path';
import type { Handlers } from '../../../shared/contract/dispatch';
import { AppFailure } from '../../../shared/contract/result';
import type { Library } from '../library';
import { backupLibrary, backupsKept, listBackups } from './backups';
import { checkLibrary } from './checkLibrary';
import { repairLibrary } from './repairLibrary';
import { RestoreRefusedError, scheduleRestore } from './restoreLibrary';

type MaintenanceChannel = 'library:check' | 'library:repair' | 'library:backup' | 'library:backups' | 'library:restore';

/**
 * The handlers of Settings → Check library / Backups / Restore (docs/reliability.md). A restore
 * is checked now and done at the next start, before the library is opened.
 */
export function maintenanceHandlers(library: Library, onRepaired?: () => void): Pick<Handlers, MaintenanceChannel> {
  const { db, file } = library;
  return {
    'library:check': () => checkLibrary(db),
    'library:repair': async () => {
      const repair = await repairLibrary(db);
      if (repair.rebuilt.length > 0) onRepaired?.();
      return repair;
    },
    'library:backup': () => backupLibrary(db, { libraryFile: file, reason: 'manual', keep: backupsKept(db) }),
    'library:backups': () => ({ backups: listBackups(file), keep: backupsKept(db) }),
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
