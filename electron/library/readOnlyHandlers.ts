import type { Channel } from '@shared/contract/channels';
import type { Handlers } from '@shared/contract/dispatch';
import { DiskFullError, ReadOnlyLibraryError, backupRefusal, diskFullRefusal, isDiskFull, isReadOnlyWrite } from './db/readOnly';

/**
 * Channels refused before they start on a read-only library: each would do work (read files,
 * copy the library) before its first write, or write beside the library rather than in it.
 * NB: `library:backupTo` is not among them: it only reads the library and writes elsewhere.
 */
const REFUSED_UP_FRONT: readonly Channel[] = [
  'import:paths',
  'annotations:import',
  'watch:add',
  'watch:remove',
  'stories:regroup',
  'library:repair',
  'library:backup',
  'library:restore',
  'library:cancelRestore'
];

/**
 * The handlers of a library opened read-only (docs/reliability.md, "Read-only libraries"):
 * reads answer as usual and `library:info` says why the library is read-only; a write is refused
 * with a sentence (code `read-only`) instead of SQLite's "attempt to write a readonly database".
 * NB: SQLite itself refuses every write on the read-only connection; this only says so in words.
 */
export function readOnlyHandlers<H extends Partial<Handlers>>(handlers: H, reason: string): H {
  const guarded: Record<string, (input: never) => unknown> = {};
  for (const [channel, handler] of Object.entries(handlers) as [Channel, (input: never) => unknown][]) {
    guarded[channel] = REFUSED_UP_FRONT.includes(channel)
      ? () => {
          throw new ReadOnlyLibraryError(reason, channel === 'library:backup' ? backupRefusal : undefined);
        }
      : async (input) => {
          try {
            return await handler(input);
          } catch (error) {
            if (isReadOnlyWrite(error)) throw new ReadOnlyLibraryError(reason);
            throw error;
          }
        };
  }
  const info = handlers['library:info'];
  if (info) guarded['library:info'] = async (input: never) => ({ ...(await info(input)), readOnly: reason });
  return guarded as unknown as H;
}

/**
 * Handlers whose writes that run out of disk space answer with code `disk-full` and a sentence
 * naming the library (docs/reliability.md, "A full disk"), instead of "database or disk is full":
 * an annotation that cannot be written is never dropped silently.
 */
export function diskFullHandlers<H extends Partial<Handlers>>(handlers: H, libraryFile: string): H {
  const guarded: Record<string, (input: never) => unknown> = {};
  for (const [channel, handler] of Object.entries(handlers) as [string, (input: never) => unknown][]) {
    guarded[channel] = async (input) => {
      try {
        return await handler(input);
      } catch (error) {
        if (isDiskFull(error)) throw new DiskFullError(diskFullRefusal(libraryFile));
        throw error;
      }
    };
  }
  return guarded as unknown as H;
}
