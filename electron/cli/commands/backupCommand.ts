import { openLibrary, writableLibrary } from '../../library/library';
import { backupLibrary, backupsKept, listBackups } from '../../library/maintenance/backups';
import { setSetting } from '../../library/settings';
import { libraryFileFrom, parseCommandArgs } from '../args';
import { ExitCode, type CliCommand } from '../io';
import { positiveInt } from './listCommand';

/**
 * `crosscheck backup [--list] [--keep N]`: takes a verified backup of the library into the
 * `backups` folder beside it (docs/reliability.md), or lists the backups. `--keep N` changes how
 * many are kept from now on (the app's setting).
 */
export const runBackup: CliCommand = async (argv, io) => {
  const { values } = parseCommandArgs(argv, { list: { type: 'boolean', default: false }, keep: { type: 'string' } });
  const keep = values.keep === undefined ? undefined : positiveInt(values.keep, 'keep');
  const file = libraryFileFrom(values);
  const library = openLibrary(file, { write: !values.list || keep !== undefined });
  try {
    if (keep !== undefined) setSetting(writableLibrary(library).db, 'backups.keep', String(keep));
    if (!values.list) {
      const made = await backupLibrary(library.db, { libraryFile: file, reason: 'manual', keep: backupsKept(library.db) });
      if (values.json) io.stdout(JSON.stringify(made) + '\n');
      else io.stdout(`${made.file}\n`);
      io.stderr(`Backed up and checked; keeping the newest ${backupsKept(library.db)} backups.\n`);
      return ExitCode.ok;
    }
    const backups = listBackups(file);
    if (values.json) io.stdout(JSON.stringify(backups) + '\n');
    else for (const b of backups) io.stdout(`${b.createdAt}  ${b.reason.padEnd(24)} ${b.file}\n`);
    io.stderr(`${backups.length} backup${backups.length === 1 ? '' : 's'}\n`);
    return ExitCode.ok;
  } finally {
    library.close();
  }
};
