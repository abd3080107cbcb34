import { UsageError, idFrom, parseCommandArgs } from '../args';
import { openCliEngine } from '../cliEngine';
import { CliFailure, failureCode } from '../failure';
import { ExitCode, type CliCommand } from '../io';
import { didYouMean } from '../suggest';
import { terminalLine } from '../terminalText';
import { watchableFolder } from '../../library/watch/watchedFolders';

/** What `crosscheck watch` does; `list` when none is named. */
const WATCH_ACTIONS: readonly string[] = ['list', 'add', 'remove'];

/**
 * `crosscheck watch`: manages the watched folders. The desktop app and `crosscheck serve` import
 * what changes in them while they run, and catch up at start; one that has the library open
 * follows a folder added or removed here within seconds (it sees this process's write and reads
 * the list again). Through the `watch:*` channels.
 */
export const runWatch: CliCommand = async (argv, io) => {
  const { values, positionals } = parseCommandArgs(argv, {});
  const [action = 'list', arg] = positionals;
  // Checked before the library is opened: a mistyped action or id is a usage mistake, not a write.
  if (!WATCH_ACTIONS.includes(action))
    throw new UsageError(`unknown action "${action}": say list, add or remove.${didYouMean(action, WATCH_ACTIONS)}`);
  if (action !== 'list' && arg === undefined)
    throw new UsageError(
      action === 'add' ? 'name the folder to watch' : 'give the id of the folder, as `crosscheck watch list` prints it'
    );
  const removeId = action === 'remove' ? idFrom(arg!, "a watched folder's id", 'crosscheck watch list') : undefined;
  if (action === 'add' && arg) {
    // A folder that cannot be watched is refused before the library is opened, so a mistyped path
    // does not leave a new, empty library behind. The engine checks again (the app's dialog).
    try {
      watchableFolder(arg);
    } catch (error) {
      throw new CliFailure(failureCode(error), error instanceof Error ? error.message : String(error));
    }
  }
  // Watching a folder is a way to begin a library, as importing is.
  const engine = openCliEngine(values, { write: action !== 'list', create: action === 'add' });
  try {
    if (action === 'add') {
      const folder = await engine.call('watch:add', { path: arg! });
      io.stdout(values.json ? JSON.stringify(folder) + '\n' : `Watching ${terminalLine(folder.path)} (id ${folder.id}).\n`);
    } else if (action === 'remove') {
      await engine.call('watch:remove', { id: removeId! });
      if (!values.json) io.stdout('Stopped watching it; its articles stay in the library.\n');
      else io.stdout('{"ok":true}\n');
    } else {
      const { folders } = await engine.call('watch:list', {});
      if (values.json) io.stdout(JSON.stringify({ folders }) + '\n');
      else {
        for (const f of folders)
          io.stdout(`${String(f.id).padStart(4)}  ${terminalLine(f.path)}${f.exists ? '' : '  (not found)'}\n`);
        io.stderr(`${folders.length} watched ${folders.length === 1 ? 'folder' : 'folders'}\n`);
      }
    }
    return ExitCode.ok;
  } finally {
    engine.close();
  }
};
