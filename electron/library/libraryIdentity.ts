import fs from 'node:fs';
import path from 'node:path';
import { AppFailure } from '@shared/contract/result';

/**
 * Which file a library's path names, so a host can tell when the file it opened was moved,
 * deleted or replaced under it (a restore by another process, a file moved by hand): the path then
 * names another file or nothing, while the host's connections still hold the old one.
 */

/** The device and inode `file` names now, or undefined when nothing is there. A stat: microseconds. */
export function fileIdentity(file: string): string | undefined {
  const stat = fs.statSync(file, { throwIfNoEntry: false, bigint: true });
  return stat ? `${stat.dev}:${stat.ino}` : undefined;
}

/**
 * The refusal for a library whose path no longer names the file opened as `opened` (a
 * {@link fileIdentity}), or undefined while it still does. A path naming nothing was moved or
 * deleted: starting again on it would make a new, empty library there, so the sentence says where
 * to look instead (session 17 review, #4); a path naming another file was replaced.
 */
export function libraryGoneFrom(file: string, opened: string): AppFailure | undefined {
  const now = fileIdentity(file);
  if (now === opened) return undefined;
  if (now === undefined)
    return new AppFailure(
      'unavailable',
      `The library file ${file} was moved or deleted while this Crosscheck had it open: nothing more is read from it or saved to it here. Quit, then start Crosscheck on the library where it is now (starting it on ${file} would make a new, empty library there).`
    );
  return new AppFailure(
    'unavailable',
    `The library file ${file} was replaced while this Crosscheck had it open (a restore or a repair by another Crosscheck): nothing more is read from it or saved to it here. Quit and start Crosscheck again to open the library now in its place.`
  );
}

/**
 * Throws {@link libraryGoneFrom}'s refusal when `file` no longer names the file `opened`; nothing
 * when `opened` is undefined (an in-memory library, or a caller that opened nothing). For the jobs
 * that open the library again by its path (the import and stories workers): opening a path that
 * names nothing makes a new library there.
 */
export function refuseIfGone(file: string, opened: string | undefined): void {
  const gone = opened === undefined ? undefined : libraryGoneFrom(path.resolve(file), opened);
  if (gone) throw gone;
}
