import fs from 'node:fs';
import { ReadOnlyLibraryError, readOnlyReason } from '../../library/db/readOnly';
import { RestoreRefusedError, restoreLibrary } from '../../library/maintenance/restoreLibrary';
import { UsageError, libraryFileFrom, parseCommandArgs } from '../args';
import { CliFailure } from '../failure';
import { ExitCode, type CliCommand } from '../io';

/**
 * `crosscheck restore FILE`: replaces the library with a backup, keeping the library it replaces
 * beside it (docs/reliability.md). Refused, naming it, while another process (the app, a
 * `crosscheck serve`) has the library open (db/libraryHolders.ts).
 *
 * Not a contract call, unlike the other commands: the file is swapped before any engine opens it
 * (a library in need of a restore may not open at all), as the app's `library:restore` has it done
 * by the next `openLibrary`, with the same `restoreLibrary` and its checks. And any library file may
 * be named here, where the channel takes only one of the library's backups (a page must not name
 * files on the disk).
 */
export const runRestore: CliCommand = async (argv, io) => {
  const { values, positionals } = parseCommandArgs(argv, {});
  if (positionals.length !== 1) throw new UsageError('name the one backup file to restore (see `crosscheck backup --list`)');
  const file = libraryFileFrom(values);
  // Restoring renames the library aside: refused, as every write is, when its disk or folder is read-only.
  const readOnly = fs.existsSync(file) ? readOnlyReason(file) : undefined;
  if (readOnly !== undefined) throw new ReadOnlyLibraryError(readOnly);
  try {
    const result = restoreLibrary(file, positionals[0]!);
    if (values.json) io.stdout(JSON.stringify(result) + '\n');
    else {
      io.stdout(`${result.file}\n`);
      io.stderr(
        result.setAside
          ? `Restored. The library it replaced is kept at ${result.setAside}.\n`
          : 'Restored (there was no library to replace).\n'
      );
    }
    return ExitCode.ok;
  } catch (error) {
    // A backup that does not exist is "not found" (exit 4) to a script, as any file named.
    if (error instanceof RestoreRefusedError && !fs.existsSync(positionals[0]!)) throw new CliFailure('not-found', error.message);
    throw error;
  }
};
