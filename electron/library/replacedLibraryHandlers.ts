import fs from 'node:fs';
import path from 'node:path';
import type { Handlers } from '@shared/contract/dispatch';
import { AppFailure } from '@shared/contract/result';

/**
 * Handlers that stop once the library file they serve was renamed away or replaced (a restore or
 * a recovery by another process, a file moved by hand): each call first checks that the library's
 * path still names the file opened, and is refused with a sentence (code `unavailable`) when it does
 * not, instead of reading or saving into a file nobody will open again (docs/reliability.md,
 * "Another process has the library open"). A stat per call: microseconds.
 */
export function replacedLibraryHandlers<H extends Partial<Handlers>>(handlers: H, libraryFile: string): H {
  if (libraryFile === ':memory:') return handlers;
  const file = path.resolve(libraryFile);
  const opened = identity(file);
  if (opened === undefined) return handlers;
  const guarded: Record<string, (input: never) => unknown> = {};
  for (const [channel, handler] of Object.entries(handlers) as [string, (input: never) => unknown][]) {
    guarded[channel] = (input) => {
      if (identity(file) !== opened)
        throw new AppFailure(
          'unavailable',
          `The library file ${file} was replaced while this Crosscheck had it open (a restore or a repair by another Crosscheck): nothing more is read from it or saved to it here. Quit and start Crosscheck again to open the library now in its place.`
        );
      return handler(input);
    };
  }
  return guarded as unknown as H;
}

/** Which file a path names now (device and inode), or undefined when nothing is there. */
function identity(file: string): string | undefined {
  const stat = fs.statSync(file, { throwIfNoEntry: false, bigint: true });
  return stat ? `${stat.dev}:${stat.ino}` : undefined;
}
