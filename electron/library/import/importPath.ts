import os from 'node:os';
import path from 'node:path';

/**
 * The absolute path of a path given to an import. `~` and `~/…` (`~\…`) are the home folder of
 * the user running Crosscheck, as a terminal shows them: browser mode's Import dialog gets typed
 * paths no shell has expanded, and `~/Research` was read as a folder named `~` under wherever
 * `crosscheck serve` was started (review 12). Anything else is resolved as Node does, against the
 * working folder (the command line's, where a relative path means something).
 *
 * @example resolveImportPath('~/news', '/home/ana') // '/home/ana/news'
 */
export function resolveImportPath(given: string, home: string = os.homedir()): string {
  if (given === '~') return home;
  if (/^~[\\/]/.test(given)) return path.resolve(home, given.slice(2));
  return path.resolve(given);
}
