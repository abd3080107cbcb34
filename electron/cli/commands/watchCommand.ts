import { openLibrary, writableLibrary } from '../../library/library';
import { addWatchedFolder, listWatchedFolders, removeWatchedFolder } from '../../library/watch/watchedFolders';
import { UsageError, libraryFileFrom, parseCommandArgs } from '../args';
import { ExitCode, type CliCommand } from '../io';
import { positiveInt } from './listCommand';
import { terminalLine } from '../terminalText';

/**
 * `crosscheck watch`: manages the watched folders. The desktop app and `crosscheck serve` import
 * what changes in them while they run, and catch up at start.
 */
export const runWatch: CliCommand = async (argv, io) => {
  const { values, positionals } = parseCommandArgs(argv, {});
  const [action = 'list', arg] = positionals;
  const library = openLibrary(libraryFileFrom(values), { write: action !== 'list' });
  try {
    if (action === 'add') {
      if (!arg) throw new UsageError('name the folder to watch');
      const folder = addWatchedFolder(writableLibrary(library).db, arg);
      io.stdout(values.json ? JSON.stringify(folder) + '\n' : `Watching ${terminalLine(folder.path)} (id ${folder.id}).\n`);
    } else if (action === 'remove') {
      removeWatchedFolder(writableLibrary(library).db, positiveInt(arg, 'id'));
      if (!values.json) io.stdout('Stopped watching it; its articles stay in the library.\n');
      else io.stdout('{"ok":true}\n');
    } else if (action === 'list') {
      const folders = listWatchedFolders(library.db);
      if (values.json) io.stdout(JSON.stringify({ folders }) + '\n');
      else {
        for (const f of folders)
          io.stdout(`${String(f.id).padStart(4)}  ${terminalLine(f.path)}${f.exists ? '' : '  (not found)'}\n`);
        io.stderr(`${folders.length} watched ${folders.length === 1 ? 'folder' : 'folders'}\n`);
      }
    } else {
      throw new UsageError(`unknown action "${action}"`);
    }
    return ExitCode.ok;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    io.stderr(`crosscheck watch: ${terminalLine(error instanceof Error ? error.message : String(error))}\n`);
    return ExitCode.fatal;
  } finally {
    library.close();
  }
};
