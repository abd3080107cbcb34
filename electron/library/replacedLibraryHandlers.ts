import path from 'node:path';
import type { Handlers } from '@shared/contract/dispatch';
import { fileIdentity, libraryGoneFrom } from './libraryIdentity';

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
  const opened = fileIdentity(file);
  if (opened === undefined) return handlers;
  const guarded: Record<string, (input: never) => unknown> = {};
  for (const [channel, handler] of Object.entries(handlers) as [string, (input: never) => unknown][]) {
    guarded[channel] = (input) => {
      const gone = libraryGoneFrom(file, opened);
      if (gone) throw gone;
      return handler(input);
    };
  }
  return guarded as unknown as H;
}
